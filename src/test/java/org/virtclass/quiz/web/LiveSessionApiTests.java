package org.virtclass.quiz.web;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.virtclass.AppTestSupport;
import org.virtclass.quiz.domain.LiveSessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/** The whole live flow through the JSON API, and every way a request can be refused. */
class LiveSessionApiTests extends AppTestSupport {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	java.util.List<SecurityFilterChain> chains;

	@Autowired
	LiveSessions sessions;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	String code;

	@BeforeEach
	void createSession() {
		this.code = create("{\"type\":\"NOT_VM_TOOL\",\"questionCount\":3,\"seed\":7}");
	}

	@Test
	void aWholeClassAnsweringAtOnceIsStoredOnceEach() throws Exception {
		int players = 40;
		List<String> tokens = new java.util.ArrayList<>();
		for (int i = 0; i < players; i++) {
			tokens.add(join("p" + i));
		}
		ok(instructor("/start"));
		Number questionId = JsonPath.read(contentOf(question(tokens.get(0))), "$.questionId");
		var pool = java.util.concurrent.Executors.newFixedThreadPool(16);
		try {
			var start = new java.util.concurrent.CountDownLatch(1);
			List<java.util.concurrent.Future<Integer>> statuses = new java.util.ArrayList<>();
			for (String token : tokens) {
				for (int twice = 0; twice < 2; twice++) {
					statuses.add(pool.submit(() -> {
						start.await();
						return answer(token, questionId, "A").getResponse().getStatus();
					}));
				}
			}
			start.countDown();
			List<Integer> codes = new java.util.ArrayList<>();
			for (var f : statuses) {
				codes.add(f.get());
			}
			assertThat(codes).filteredOn((c) -> c == 201).hasSize(players);
			assertThat(codes).filteredOn((c) -> c == 409).hasSize(players);
		}
		finally {
			pool.shutdownNow();
		}
		Integer stored = this.jdbc.queryForObject("SELECT count(*) FROM quiz_live_answer WHERE question_id = ?",
				Integer.class, questionId.longValue());
		assertThat(stored).isEqualTo(players);
	}

	@Test
	void aClassJoinsAnswersEveryQuestionAndGetsResults() {
		String ann = join("Ann");
		String bob = join("Bob");
		String cat = join("Cat");
		ok(instructor("/start"));
		for (int r = 0; r < 3; r++) {
			int round = r;
			String body = contentOf(question(ann));
			Number questionId = JsonPath.read(body, "$.questionId");
			assertThat((Integer) JsonPath.read(body, "$.index")).isEqualTo(round);
			assertThat(body).doesNotContain("answerIndex", "feedback", "explanation");
			List<String> options = JsonPath.read(body, "$.options[*].id");
			assertThat(options).containsExactly("A", "B", "C", "D");
			String key = key(round);
			String wrong = options.stream().filter((o) -> !o.equals(key)).findFirst().orElseThrow();
			assertThat(answer(ann, questionId, key)).hasStatus(HttpStatus.CREATED)
				.bodyJson()
				.extractingPath("$.recorded")
				.isEqualTo(true);
			assertThat(answer(bob, questionId, (round == 0) ? key : wrong)).hasStatus(HttpStatus.CREATED);
			assertThat(answer(cat, questionId, wrong)).hasStatus(HttpStatus.CREATED);
			ok(instructor("/reveal"));
			assertThat(this.mvc.get().uri("/api/sessions/{c}/state", this.code).header("X-Player-Token", ann))
				.bodyJson()
				.satisfies((json) -> {
					assertThat(json).extractingPath("$.state").isEqualTo("REVEALED");
					assertThat(json).extractingPath("$.correctOptionId").isEqualTo(key);
					assertThat(json).extractingPath("$.correct").isEqualTo(true);
					assertThat(json).extractingPath("$.score").isEqualTo(round + 1);
				});
			ok(instructor("/next"));
		}
		var results = assertThat(
				this.mvc.get().uri("/api/sessions/{c}/results", this.code).with(httpBasic(INSTRUCTOR, PASSWORD)))
			.hasStatusOk()
			.bodyJson();
		results.extractingPath("$.state").isEqualTo("FINISHED");
		results.extractingPath("$.questions.length()").isEqualTo(3);
		results.extractingPath("$.questions[0].answerCount").isEqualTo(3);
		results.extractingPath("$.questions[0].facility")
			.asNumber()
			.satisfies(
					(f) -> assertThat(f.doubleValue()).isCloseTo(2 / 3.0, org.assertj.core.data.Offset.offset(0.001)));
		results.extractingPath("$.questions[1].facility")
			.asNumber()
			.satisfies(
					(f) -> assertThat(f.doubleValue()).isCloseTo(1 / 3.0, org.assertj.core.data.Offset.offset(0.001)));
		results.extractingPath("$.questions[0].discrimination").isNotNull();
		results.extractingPath("$.questions[0].optionCounts").isNotNull();
		results.extractingPath("$.players[0].nickname").isEqualTo("Ann");
		results.extractingPath("$.players[0].score").isEqualTo(3);
		results.extractingPath("$.players[2].score").isEqualTo(0);
	}

	/**
	 * The player endpoints skip most of Spring Security's filters; the security headers
	 * stay, no session is opened, and made-up credentials are ignored rather than
	 * checked.
	 */
	@Test
	void playerEndpointsKeepTheSecurityHeadersAndOpenNoSession() {
		String ann = join("Ann");
		ok(instructor("/start"));
		MvcTestResult fetched = question(ann);
		Number q = JsonPath.read(contentOf(fetched), "$.questionId");
		MvcTestResult answered = Replies.replied(this.mvc.post()
			.uri("/api/sessions/{c}/answers", this.code)
			.header("X-Player-Token", ann)
			.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("admin:wrong".getBytes()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"questionId\":" + q + ",\"optionId\":\"A\"}"));
		assertThat(answered).hasStatus(HttpStatus.CREATED);
		MvcTestResult refused = answer(ann, q, "B");
		assertThat(refused).hasStatus(HttpStatus.CONFLICT);
		for (MvcTestResult result : java.util.List.of(fetched, answered, refused)) {
			assertThat(result).headers()
				.hasValue("X-Content-Type-Options", "nosniff")
				.hasValue("X-Frame-Options", "DENY")
				.hasValue("Referrer-Policy", "same-origin")
				.doesNotContainHeader("Set-Cookie");
			assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
			assertThat(result.getRequest().getSession(false)).isNull();
		}
	}

	/**
	 * A phone's event stream is written by the broadcaster's threads as soon as it is
	 * open: its security headers must already be on the response then, not be written by
	 * the request's thread on its way back through the filters, which raced with a sender
	 * thread committing the same response.
	 */
	@Test
	void theEventStreamsSecurityHeadersAreWrittenBeforeItOpens() {
		for (String path : java.util.List.of("/api/sessions/ABCDEF/player-events", "/api/sessions/ABCDEF/answers",
				"/api/sessions")) {
			org.springframework.mock.web.MockHttpServletRequest request = new org.springframework.mock.web.MockHttpServletRequest(
					"GET", path);
			request.setServletPath(path);
			SecurityFilterChain chain = this.chains.stream()
				.filter((c) -> c.matches(request))
				.findFirst()
				.orElseThrow();
			HeaderWriterFilter headers = chain.getFilters()
				.stream()
				.filter(HeaderWriterFilter.class::isInstance)
				.map(HeaderWriterFilter.class::cast)
				.findFirst()
				.orElseThrow();
			assertThat(ReflectionTestUtils.getField(headers, "shouldWriteHeadersEagerly")).as(path).isEqualTo(true);
		}
	}

	@Test
	void aPlayerWhoComesBackWithTheTokenKeepsTheScoreAndLateJoinersAreWelcome() {
		String ann = join("Ann");
		ok(instructor("/start"));
		Number q0 = JsonPath.read(contentOf(question(ann)), "$.questionId");
		assertThat(answer(ann, q0, key(0))).hasStatus(HttpStatus.CREATED);
		ok(instructor("/next"));
		String late = join("Late");
		Number q1 = JsonPath.read(contentOf(question(late)), "$.questionId");
		assertThat(answer(late, q1, key(1))).hasStatus(HttpStatus.CREATED);
		this.sessions.evictAll();
		assertThat(this.mvc.get().uri("/api/sessions/{c}/state", this.code).header("X-Player-Token", ann)).bodyJson()
			.extractingPath("$.score")
			.isEqualTo(1);
		assertThat(answer(late, q1, key(1))).hasStatus(HttpStatus.CONFLICT);
		assertThat(answer(ann, q1, key(1))).hasStatus(HttpStatus.CREATED);
	}

	@Test
	void anAnswerTheDatabaseAlreadyHoldsIs409EvenWhenTheServerDidNotKnowOfIt() {
		String bo = join("Bo");
		ok(instructor("/start"));
		Number q0 = JsonPath.read(contentOf(question(bo)), "$.questionId");
		Map<String, Object> ids = this.jdbc.queryForMap(
				"SELECT s.id AS session_id, p.id AS player_id FROM quiz_live_player p "
						+ "JOIN quiz_live_session s ON s.id = p.session_id WHERE s.code = ? AND p.nickname = ?",
				this.code, "Bo");
		// written behind the server's back, as by another instance: only the database's
		// unique key knows
		this.jdbc.update(
				"INSERT INTO quiz_live_answer (session_id, question_id, player_id, option_index, correct, "
						+ "answered_at, elapsed_ms) VALUES (?, ?, ?, 1, FALSE, CURRENT_TIMESTAMP, 0)",
				ids.get("SESSION_ID"), q0.longValue(), ids.get("PLAYER_ID"));
		MvcTestResult refused = answer(bo, q0, "A");
		assertThat(refused).hasStatus(HttpStatus.CONFLICT);
		assertThat(refused).bodyJson().extractingPath("$.error").isEqualTo("ALREADY_ANSWERED");
		assertThat(this.jdbc.queryForObject("SELECT option_index FROM quiz_live_answer WHERE question_id = ?",
				Integer.class, q0.longValue()))
			.isEqualTo(1);
		// Bo has answered (the database says so), once
		assertThat(this.sessions.console(this.code).snapshot().answerCount()).isEqualTo(1);
		assertThat(answer(bo, q0, "B")).hasStatus(HttpStatus.CONFLICT);
	}

	@Test
	void theSampleEndpointGivesTheKeyAndTheExplanationToInstructors() {
		var json = assertThat(this.mvc.get()
			.uri("/api/questions/sample?type=VM_TOOL&count=3&seed=5&lang=zh")
			.with(httpBasic(INSTRUCTOR, PASSWORD))).hasStatusOk().bodyJson();
		json.extractingPath("$.length()").isEqualTo(3);
		json.extractingPath("$[0].type").isEqualTo("VM_TOOL");
		json.extractingPath("$[0].stem").asString().contains("虚拟机");
		json.extractingPath("$[0].options.length()").isEqualTo(4);
		json.extractingPath("$[0].options[0].slug").isNotNull();
		json.extractingPath("$[0].answerIndex").isNotNull();
		json.extractingPath("$[0].explanation").asString().isNotBlank();
		String first = contentOf(this.mvc.get()
			.uri("/api/questions/sample?type=VM_TOOL&count=3&seed=5&lang=zh")
			.with(httpBasic(INSTRUCTOR, PASSWORD))
			.exchange());
		String second = contentOf(this.mvc.get()
			.uri("/api/questions/sample?type=VM_TOOL&count=3&seed=5&lang=zh")
			.with(httpBasic(INSTRUCTOR, PASSWORD))
			.exchange());
		assertThat(first).isEqualTo(second);
	}

	@Nested
	class Refusals {

		@Test
		void anUnknownCodeIs404() {
			assertThat(mvc.post()
				.uri("/api/sessions/ZZZZZZ/players")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"nickname\":\"Ann\"}")).hasStatus(HttpStatus.NOT_FOUND)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyJson()
				.extractingPath("$.error")
				.isEqualTo("UNKNOWN_CODE");
			assertThat(mvc.get().uri("/api/sessions/nope/question").header("X-Player-Token", "x"))
				.hasStatus(HttpStatus.NOT_FOUND);
		}

		@Test
		void aMissingTokenIs401AndATokenOfAnotherSessionIs403() {
			String ann = join("Ann");
			ok(instructor("/start"));
			assertThat(mvc.get().uri("/api/sessions/{c}/question", code)).hasStatus(HttpStatus.UNAUTHORIZED)
				.bodyJson()
				.extractingPath("$.error")
				.isEqualTo("NO_TOKEN");
			assertThat(mvc.get().uri("/api/sessions/{c}/question", code).header("X-Player-Token", "forged"))
				.hasStatus(HttpStatus.FORBIDDEN)
				.bodyJson()
				.extractingPath("$.error")
				.isEqualTo("BAD_TOKEN");
			String other = create("{\"type\":\"VM_TOOL\",\"questionCount\":1}");
			assertThat(mvc.get().uri("/api/sessions/{c}/question", other).header("X-Player-Token", ann))
				.hasStatus(HttpStatus.FORBIDDEN);
		}

		@Test
		void aTakenNicknameIs409WhateverItsCase() {
			join("Ann");
			assertThat(joinResult(" ann ")).hasStatus(HttpStatus.CONFLICT)
				.bodyJson()
				.extractingPath("$.error")
				.isEqualTo("NICKNAME_TAKEN");
			assertThat(joinResult("")).hasStatus(HttpStatus.BAD_REQUEST);
			assertThat(joinResult("x".repeat(25))).hasStatus(HttpStatus.BAD_REQUEST);
		}

		@Test
		void aSecondAnswerIs409AndKeepsTheFirst() {
			String ann = join("Ann");
			ok(instructor("/start"));
			Number q = JsonPath.read(contentOf(question(ann)), "$.questionId");
			String key = key(0);
			assertThat(answer(ann, q, key)).hasStatus(HttpStatus.CREATED);
			String other = key.equals("A") ? "B" : "A";
			assertThat(answer(ann, q, other)).hasStatus(HttpStatus.CONFLICT)
				.bodyJson()
				.extractingPath("$.error")
				.isEqualTo("ALREADY_ANSWERED");
			assertThat(mvc.get().uri("/api/sessions/{c}/state", code).header("X-Player-Token", ann)).bodyJson()
				.extractingPath("$.yourOptionId")
				.isEqualTo(key);
		}

		@Test
		void anAnswerToAQuestionThatIsNotOpenIs409() {
			String ann = join("Ann");
			ok(instructor("/start"));
			Number q0 = JsonPath.read(contentOf(question(ann)), "$.questionId");
			assertThat(answer(ann, q0.longValue() + 1, "A")).hasStatus(HttpStatus.CONFLICT)
				.bodyJson()
				.extractingPath("$.error")
				.isEqualTo("NOT_CURRENT");
			ok(instructor("/reveal"));
			assertThat(answer(ann, q0, "A")).hasStatus(HttpStatus.CONFLICT);
			ok(instructor("/next"));
			assertThat(answer(ann, q0, "A")).hasStatus(HttpStatus.CONFLICT);
		}

		@Test
		void anUnknownOptionIs400() {
			String ann = join("Ann");
			ok(instructor("/start"));
			Number q0 = JsonPath.read(contentOf(question(ann)), "$.questionId");
			assertThat(answer(ann, q0, "Z")).hasStatus(HttpStatus.BAD_REQUEST);
		}

		@Test
		void beforeTheStartThereIsNoQuestion() {
			String ann = join("Ann");
			assertThat(question(ann)).hasStatus(HttpStatus.CONFLICT)
				.bodyJson()
				.extractingPath("$.error")
				.isEqualTo("NOT_STARTED");
			assertThat(instructor("/next")).hasStatus(HttpStatus.CONFLICT);
		}

		@Test
		void aFinishedSessionRefusesJoinsAnswersAndQuestions() {
			String ann = join("Ann");
			ok(instructor("/start"));
			Number q0 = JsonPath.read(contentOf(question(ann)), "$.questionId");
			ok(instructor("/finish"));
			assertThat(joinResult("Bob")).hasStatus(HttpStatus.CONFLICT)
				.bodyJson()
				.extractingPath("$.error")
				.isEqualTo("FINISHED");
			assertThat(answer(ann, q0, "A")).hasStatus(HttpStatus.CONFLICT)
				.bodyJson()
				.extractingPath("$.error")
				.isEqualTo("FINISHED");
			assertThat(question(ann)).hasStatus(HttpStatus.CONFLICT);
			assertThat(instructor("/next")).hasStatus(HttpStatus.CONFLICT);
			assertThat(instructor("/start")).hasStatus(HttpStatus.CONFLICT);
		}

		@Test
		void instructorEndpointsNeedAnInstructor() {
			assertThat(mvc.post()
				.uri("/api/sessions")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"type\":\"VM_TOOL\",\"questionCount\":2}")).hasStatus(HttpStatus.UNAUTHORIZED);
			assertThat(mvc.post().uri("/api/sessions/{c}/start", code)).hasStatus(HttpStatus.UNAUTHORIZED);
			assertThat(mvc.get().uri("/api/sessions/{c}/results", code)).hasStatus(HttpStatus.UNAUTHORIZED);
			assertThat(mvc.get().uri("/api/questions/sample")).hasStatus(HttpStatus.UNAUTHORIZED);
		}

		@Test
		void badSessionSettingsAre400() {
			assertThat(mvc.post()
				.uri("/api/sessions")
				.with(httpBasic(INSTRUCTOR, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"type\":\"NO_SUCH\",\"questionCount\":2}")).hasStatus(HttpStatus.BAD_REQUEST);
			assertThat(mvc.post()
				.uri("/api/sessions")
				.with(httpBasic(INSTRUCTOR, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"type\":\"VM_TOOL\",\"questionCount\":0}")).hasStatus(HttpStatus.BAD_REQUEST);
			assertThat(
					mvc.get().uri("/api/questions/sample?type=VM_TOOL&count=500").with(httpBasic(INSTRUCTOR, PASSWORD)))
				.hasStatus(HttpStatus.BAD_REQUEST);
		}

	}

	private String create(String json) {
		MvcTestResult result = this.mvc.post()
			.uri("/api/sessions")
			.with(httpBasic(INSTRUCTOR, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
		assertThat(result).hasStatus(HttpStatus.CREATED);
		String code = JsonPath.read(contentOf(result), "$.code");
		assertThat(code).matches("[A-Z0-9]{6}");
		return code;
	}

	private String join(String nickname) {
		MvcTestResult result = joinResult(nickname);
		assertThat(result).hasStatus(HttpStatus.CREATED);
		return JsonPath.read(contentOf(result), "$.playerToken");
	}

	private static final java.util.concurrent.atomic.AtomicInteger phones = new java.util.concurrent.atomic.AtomicInteger();

	/**
	 * Each join comes from a phone of its own, as in class, so no per-address join limit
	 * is reached.
	 */
	private MvcTestResult joinResult(String nickname) {
		int phone = phones.incrementAndGet();
		return this.mvc.post()
			.uri("/api/sessions/{c}/players", this.code)
			.contentType(MediaType.APPLICATION_JSON)
			.content(JsonPath.parse(Map.of("nickname", nickname)).jsonString())
			.with((r) -> {
				r.setRemoteAddr("10.77." + ((phone >> 8) & 255) + "." + (phone & 255));
				return r;
			})
			.exchange();
	}

	private MvcTestResult instructor(String action) {
		return this.mvc.post()
			.uri("/api/sessions/{c}" + action, this.code)
			.with(httpBasic(INSTRUCTOR, PASSWORD))
			.exchange();
	}

	private void ok(MvcTestResult result) {
		assertThat(result).hasStatusOk();
	}

	private MvcTestResult question(String token) {
		return this.mvc.get().uri("/api/sessions/{c}/question", this.code).header("X-Player-Token", token).exchange();
	}

	private MvcTestResult answer(String token, Number questionId, String optionId) {
		return Replies.replied(this.mvc.post()
			.uri("/api/sessions/{c}/answers", this.code)
			.header("X-Player-Token", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"questionId\":" + questionId + ",\"optionId\":\"" + optionId + "\"}"));
	}

	/**
	 * The key of a question, from the instructor's console (the player API never shows
	 * it).
	 */
	private String key(int index) {
		var console = this.sessions.console(this.code);
		assertThat(console.snapshot().index()).isEqualTo(index);
		return console.letter(console.question().answerIndex());
	}

	private static String contentOf(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
