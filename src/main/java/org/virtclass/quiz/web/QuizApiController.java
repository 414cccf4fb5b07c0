package org.virtclass.quiz.web;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.virtclass.quiz.Difficulty;
import org.virtclass.quiz.Question;
import org.virtclass.quiz.QuestionType;
import org.virtclass.quiz.QuizGenerator;
import org.virtclass.quiz.QuizSettings;
import org.virtclass.quiz.QuizSpec;
import org.virtclass.quiz.LiveSessionException;
import org.virtclass.quiz.domain.LiveSessions;
import org.virtclass.quiz.domain.SessionResults;
import org.virtclass.system.ApiProblem;
import org.virtclass.system.Languages;

/**
 * The quiz's JSON API: sample questions for instructors, and live sessions. The player
 * endpoints (join, question, answers, state) need no account: they check the
 * {@code X-Player-Token} header. Errors are problem details: 404 for an unknown join
 * code, 401 without a token, 403 for a token of another session, 409 for a taken
 * nickname, a finished session, a second answer, a question that is not open
 * ({@code TIME_UP} when its time ran out) or an operation the session's state does not
 * allow, and 400 for malformed input.
 */
@RestController
@Tag(name = "Quiz", description = "Generated questions and live classroom sessions")
class QuizApiController {

	static final String TOKEN_HEADER = "X-Player-Token";

	private static final SecureRandom SEEDS = new SecureRandom();

	/** The sample endpoint's names for the settings it takes as parameters. */
	private static final Map<String, String> SAMPLE_FIELDS = Map.of("questionCount", "count", "optionCount", "options");

	private final QuizGenerator generator;

	private final LiveSessions sessions;

	private final SessionResults results;

	private final AddressLimits limits;

	private final SettingsCheck settings;

	private final LiveBroadcaster broadcaster;

	private final AnswerReplies replies;

	QuizApiController(QuizGenerator generator, LiveSessions sessions, SessionResults results, AddressLimits limits,
			SettingsCheck settings, LiveBroadcaster broadcaster, AnswerReplies replies) {
		this.generator = generator;
		this.sessions = sessions;
		this.results = results;
		this.limits = limits;
		this.settings = settings;
		this.broadcaster = broadcaster;
		this.replies = replies;
	}

	@GetMapping("/api/questions/sample")
	@Operation(summary = "Generated questions with their key and explanation (instructors)")
	List<SampleQuestion> sample(@RequestParam(required = false) String type,
			@RequestParam(defaultValue = "5") int count, @RequestParam(required = false) Long seed,
			@RequestParam(defaultValue = "en") String lang, @RequestParam(required = false) String difficulty,
			@RequestParam(defaultValue = "4") int options) {
		QuizSettings settings = new QuizSettings(types(type), difficulty(difficulty), lang, options, count, null);
		this.settings.requireValid(settings, SAMPLE_FIELDS);
		QuizSpec spec = settings.spec();
		long s = (seed != null) ? seed : SEEDS.nextLong();
		return this.generator.generate(spec, s).stream().map(SampleQuestion::of).toList();
	}

	@PostMapping("/api/sessions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a live session (instructors); returns its join code")
	Map<String, String> create(@RequestBody CreateSession body, Authentication user) {
		QuizSettings settings = new QuizSettings(types(body.type()), difficulty(body.difficulty()),
				Languages.isChinese(Languages.parse(body.lang())) ? "zh-CN" : "en",
				(body.optionCount() != null) ? body.optionCount() : QuizSpec.DEFAULT_OPTIONS,
				(body.questionCount() != null) ? body.questionCount() : 10, body.secondsPerQuestion());
		this.settings.requireValid(settings, Map.of());
		String code = this.sessions.create(new LiveSessions.Setup(settings, body.seed(),
				body.secondsPerQuestion() != null && Boolean.TRUE.equals(body.autoReveal()),
				Boolean.TRUE.equals(body.speedPoints())), user.getName());
		return Map.of("code", code);
	}

	@PostMapping("/api/sessions/{code}/players")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Join a session with a nickname; returns the player token (409 when the nickname is taken)")
	Map<String, String> join(@PathVariable String code, @RequestBody Join body, HttpServletRequest request) {
		this.limits.beforeLookup(request.getRemoteAddr());
		this.limits.join(request.getRemoteAddr());
		return Map.of("playerToken", this.sessions.join(code, (body != null) ? body.nickname() : null));
	}

	@DeleteMapping("/api/sessions/{code}/players/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a player: off the projector and the results, token refused (instructors)")
	void removePlayer(@PathVariable String code, @PathVariable long id) {
		this.sessions.remove(code, id);
	}

	@PostMapping("/api/sessions/{code}/start")
	@Operation(summary = "Open the first question (instructors)")
	LiveSessions.Snapshot start(@PathVariable String code) {
		return this.sessions.start(code);
	}

	@PostMapping("/api/sessions/{code}/reveal")
	@Operation(summary = "Close the open question and show its answer (instructors)")
	LiveSessions.Snapshot reveal(@PathVariable String code) {
		return this.sessions.reveal(code);
	}

	@PostMapping("/api/sessions/{code}/next")
	@Operation(summary = "Open the next question; after the last one the session finishes (instructors)")
	LiveSessions.Snapshot next(@PathVariable String code) {
		return this.sessions.next(code);
	}

	@PostMapping("/api/sessions/{code}/finish")
	@Operation(summary = "End the session (instructors)")
	LiveSessions.Snapshot finish(@PathVariable String code) {
		return this.sessions.finish(code);
	}

	@GetMapping("/api/sessions/{code}/question")
	@Operation(summary = "The open question for a player, never its key")
	LiveSessions.PlayerQuestion question(@PathVariable String code,
			@RequestHeader(name = TOKEN_HEADER, required = false) String token) {
		return this.sessions.question(code, token);
	}

	@PostMapping("/api/sessions/{code}/answers")
	@Operation(summary = "Answer the open question once; 201 after the answer is committed")
	@ApiResponse(responseCode = "201", description = "Committed; the body is {\"recorded\": true}",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(example = "{\"recorded\": true}")))
	void answer(@PathVariable String code, @RequestHeader(name = TOKEN_HEADER, required = false) String token,
			@RequestBody Answer body, HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (body == null || body.questionId() == null || body.optionId() == null) {
			throw ApiProblem.badRequest("Send questionId and optionId.", Map.of());
		}
		this.replies.send(this.sessions.answer(code, token, body.questionId(), body.optionId()), request, response);
	}

	@GetMapping("/api/sessions/{code}/state")
	@Operation(summary = "The session's state; with a player token also the player's own standing")
	LiveSessions.PlayerState state(@PathVariable String code,
			@RequestHeader(name = TOKEN_HEADER, required = false) String token, HttpServletRequest request) {
		if (token == null || token.isBlank()) {
			this.limits.beforeLookup(request.getRemoteAddr());
		}
		return this.sessions.state(code, token);
	}

	/**
	 * The player's state pushed over server-sent events: an event {@code state} (the body
	 * of {@code GET state}) now and whenever a question opens, closes or is revealed, and
	 * at the end; an event {@code gone} when the teacher removed the player. The token
	 * comes in the header or, for a browser's EventSource that cannot set headers, in the
	 * cookie the join page set.
	 */
	@GetMapping(path = "/api/sessions/{code}/player-events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Operation(summary = "The player's state pushed as server-sent events (polling state is the fallback)")
	SseEmitter playerEvents(@PathVariable String code,
			@RequestHeader(name = TOKEN_HEADER, required = false) String token, HttpServletRequest request) {
		String player = (token != null && !token.isBlank()) ? token
				: Visitor.playerToken(request, code.strip().toUpperCase(java.util.Locale.ROOT));
		if (player == null) {
			throw new LiveSessionException(LiveSessionException.Error.NO_TOKEN);
		}
		return this.broadcaster.player(code, player);
	}

	@GetMapping("/api/sessions/{code}/results")
	@Operation(
			summary = "Per question: answers per option, facility and discrimination; per player: score (instructors)")
	ResultsJson results(@PathVariable String code) {
		return ResultsJson.of(this.results.results(code));
	}

	static List<QuestionType> types(String type) {
		if (type == null || type.isBlank() || type.equalsIgnoreCase("MIXED")) {
			return QuestionType.generated();
		}
		try {
			List<QuestionType> types = java.util.Arrays.stream(type.split(","))
				.map((t) -> QuestionType.valueOf(t.strip().toUpperCase(java.util.Locale.ROOT)))
				.distinct()
				.toList();
			if (types.contains(QuestionType.TEACHER)) {
				throw new IllegalArgumentException("not generated");
			}
			return types;
		}
		catch (IllegalArgumentException ex) {
			throw ApiProblem.badRequest(
					"Unknown question type: " + type + ". Use one of " + QuestionType.generated() + " or MIXED.",
					Map.of("field", "type"));
		}
	}

	static Difficulty difficulty(String difficulty) {
		if (difficulty == null || difficulty.isBlank()) {
			return Difficulty.EASY;
		}
		try {
			return Difficulty.valueOf(difficulty.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw ApiProblem.badRequest("difficulty is EASY or HARD", Map.of("field", "difficulty"));
		}
	}

	/**
	 * A new session. {@code autoReveal} (with a time limit) shows the answer by itself at
	 * 0 s; {@code speedPoints} makes a right answer earn more the sooner it comes. Both
	 * default to false.
	 */
	record CreateSession(String type, Integer questionCount, Long seed, String lang, String difficulty,
			Integer optionCount, Integer secondsPerQuestion, Boolean autoReveal, Boolean speedPoints) {
	}

	record Join(String nickname) {
	}

	record Answer(Long questionId, String optionId) {
	}

	record SampleOption(String text, String slug, String feedback) {
	}

	record SampleQuestion(QuestionType type, String stem, List<SampleOption> options, int answerIndex,
			String explanation) {

		static SampleQuestion of(Question q) {
			return new SampleQuestion(q.type(), q.stem(),
					q.options().stream().map((o) -> new SampleOption(o.text(), o.slug(), o.feedback())).toList(),
					q.answerIndex(), q.explanation());
		}

	}

	record QuestionJson(Long questionId, int index, QuestionType type, int answerCount, Double facility,
			Double discrimination, Map<String, Integer> optionCounts, String correctOptionId, boolean flagged) {
	}

	record PlayerJson(String nickname, int score, int answered) {
	}

	record ResultsJson(String code, String state, List<QuestionJson> questions, List<PlayerJson> players) {

		static ResultsJson of(SessionResults.Results r) {
			return new ResultsJson(r.code(), r.state().name(),
					r.questions()
						.stream()
						.map((q) -> new QuestionJson(q.questionId(), q.index(), q.question().type(), q.answerCount(),
								q.facility(), q.discrimination(), q.optionCounts(), q.correctOptionId(), q.flagged()))
						.toList(),
					r.players().stream().map((p) -> new PlayerJson(p.nickname(), p.score(), p.answered())).toList());
		}

	}

}
