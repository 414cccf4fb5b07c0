package org.virtclass.quiz.web;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.virtclass.AppTestSupport;
import org.virtclass.accounts.MutableClock;
import org.virtclass.quiz.Difficulty;
import org.virtclass.quiz.LiveState;
import org.virtclass.quiz.Question;
import org.virtclass.quiz.QuestionType;
import org.virtclass.quiz.domain.LiveSessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Issue 11, timers that hold: the server owns the deadline (in the session's row), closes
 * the question by itself, refuses a late answer with a problem the phone can put in
 * words, pushes the change to the phones, and ranks players by points. Time passes on the
 * context's {@link MutableClock}: the tests move it past a deadline instead of waiting it
 * out, and the app's own closer (a real timer that reads that clock) does the closing.
 */
class LiveDeadlineTests extends AppTestSupport {

	@Autowired
	LiveSessions sessions;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@LocalServerPort
	int port;

	@Test
	void aTimedQuestionClosesByItselfAndALateAnswerIsTimeUp() throws Exception {
		String code = create(5, false, false);
		String ann = this.sessions.join(code, "Ann");
		String bob = this.sessions.join(code, "Bob");
		Instant opened = this.clock.instant();
		LiveSessions.Snapshot open = this.sessions.start(code);
		assertThat(open.secondsPerQuestion()).isEqualTo(5);
		assertThat(open.millisLeft()).isBetween(4000L, 5000L);
		Question q = this.sessions.console(code).question();
		this.sessions.answer(code, ann, open.questionId(), Question.letter(q.answerIndex())).join();
		Instant closesAt = this.jdbc
			.queryForObject("SELECT closes_at FROM quiz_live_session WHERE code = ?", java.sql.Timestamp.class, code)
			.toInstant();
		assertThat(Duration.between(opened, closesAt).toMillis()).isBetween(4000L, 6000L);
		assertThat(this.sessions.snapshot(code).state()).as("open before its deadline").isEqualTo(LiveState.QUESTION);

		this.clock.advance(Duration.ofSeconds(6));
		waitUntil(() -> this.sessions.snapshot(code).state() == LiveState.CLOSED, 10);
		assertThat(this.clock.instant()).isAfterOrEqualTo(closesAt);
		assertThat(this.jdbc.queryForObject("SELECT state FROM quiz_live_session WHERE code = ?", String.class, code))
			.isEqualTo("CLOSED");
		// closed, not revealed: the counts stay back until the teacher's key
		assertThat(this.sessions.snapshot(code).optionCounts()).isEmpty();

		MvcTestResult late = answer(code, bob, open.questionId(), "A");
		assertThat(late).hasStatus(HttpStatus.CONFLICT);
		assertThat(late).bodyJson().extractingPath("$.error").isEqualTo("TIME_UP");
		LiveSessions.PlayerState bobState = this.sessions.state(code, bob);
		assertThat(bobState.state()).isEqualTo(LiveState.CLOSED);
		assertThat(bobState.answered()).isFalse();

		LiveSessions.Snapshot revealed = this.sessions.reveal(code);
		assertThat(revealed.state()).isEqualTo(LiveState.REVEALED);
		assertThat(revealed.optionCounts().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1);
		assertThat(revealed.optionCounts().get(q.answerIndex())).isEqualTo(1);
		LiveSessions.PlayerState annState = this.sessions.state(code, ann);
		assertThat(annState.correct()).isTrue();
		assertThat(annState.rank()).isEqualTo(1);
		assertThat(annState.gained()).isEqualTo(1000);
		assertThat(annState.correctOptionText()).isEqualTo(q.answer().text());
		assertThat(annState.explanation()).isNotBlank();
		assertThat(this.sessions.state(code, bob).rank()).isEqualTo(2);
	}

	@Test
	void withAutoRevealTheAnswerShowsAtZeroAndThePhonesArePushedEachChange() throws Exception {
		String code = create(5, true, false);
		String ann = this.sessions.join(code, "Ann");
		HttpClient client = HttpClient.newHttpClient();
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/sessions/" + code + "/player-events"))
			.header("X-Player-Token", ann)
			.header("Accept", "text/event-stream")
			.build();
		HttpResponse<java.io.InputStream> stream = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
		assertThat(stream.statusCode()).isEqualTo(200);
		assertThat(stream.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
		List<String> states = new ArrayList<>();
		CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> {
			try (BufferedReader in = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = in.readLine()) != null) {
					if (line.startsWith("data:")) {
						synchronized (states) {
							states.add(JsonPath.read(line.substring(5), "$.state"));
						}
						if (line.contains("\"REVEALED\"")) {
							return;
						}
					}
				}
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
		try {
			waitUntil(() -> copy(states).contains("LOBBY"), 5);
			this.sessions.start(code);
			waitUntil(() -> copy(states).contains("QUESTION"), 5);
			this.clock.advance(Duration.ofSeconds(6));
			reading.get(12, TimeUnit.SECONDS);
			// straight from the question to its answer, with no stop at "closed"
			assertThat(copy(states)).containsSubsequence("LOBBY", "QUESTION", "REVEALED").doesNotContain("CLOSED");
			assertThat(this.sessions.snapshot(code).optionCounts()).isNotEmpty();
		}
		finally {
			reading.cancel(true);
			stream.body().close();
		}
	}

	@Test
	void aQuestionOpenedByAnInstanceThatIsGoneStillCloses() throws Exception {
		String code = create(600, false, false);
		this.sessions.join(code, "Ann");
		this.sessions.start(code);
		// as if the instance that opened it died: nothing in memory here knows of it, and
		// its time ran out
		this.sessions.evictAll();
		this.jdbc.update("UPDATE quiz_live_session SET closes_at = ? WHERE code = ?",
				java.sql.Timestamp.from(this.clock.instant().minusSeconds(5)), code);
		waitUntil(() -> "CLOSED"
			.equals(this.jdbc.queryForObject("SELECT state FROM quiz_live_session WHERE code = ?", String.class, code)),
				5);
		assertThat(this.sessions.snapshot(code).state()).isEqualTo(LiveState.CLOSED);
	}

	@Test
	void theTeachersKeyBeforeTheDeadlineLeavesNothingForTheSchedulerToClose() throws Exception {
		String code = create(5, false, false);
		this.sessions.join(code, "Ann");
		this.sessions.start(code);
		this.sessions.reveal(code);
		this.clock.advance(Duration.ofSeconds(6));
		// past the deadline, the closer has its rounds (one every 250 ms) and leaves the
		// answer shown
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(5))
			.until(() -> this.sessions.snapshot(code).state() == LiveState.REVEALED);
		assertThat(this.sessions.snapshot(code).state()).isEqualTo(LiveState.REVEALED);
		assertThat(this.sessions.closeDue()).isZero();
	}

	@Test
	void withSpeedPointsTheFasterRightAnswerRanksFirst() throws Exception {
		String code = create(null, false, true);
		String slow = this.sessions.join(code, "Slow");
		String fast = this.sessions.join(code, "Fast");
		LiveSessions.Snapshot open = this.sessions.start(code);
		String right = Question.letter(this.sessions.console(code).question().answerIndex());
		this.sessions.answer(code, fast, open.questionId(), right).join();
		this.clock.advance(Duration.ofMillis(1500));
		this.sessions.answer(code, slow, open.questionId(), right).join();
		// before the reveal neither total nor rank gives the answer away
		assertThat(this.sessions.state(code, fast).points()).isZero();
		assertThat(this.sessions.state(code, fast).rank()).isNull();
		this.sessions.reveal(code);
		LiveSessions.PlayerState f = this.sessions.state(code, fast);
		LiveSessions.PlayerState s = this.sessions.state(code, slow);
		assertThat(f.points()).isGreaterThan(s.points()).isLessThanOrEqualTo(1000);
		assertThat(s.points()).isGreaterThanOrEqualTo(500);
		assertThat(f.rank()).isEqualTo(1);
		assertThat(s.rank()).isEqualTo(2);
		assertThat(this.sessions.snapshot(code).leaders()).extracting(LiveSessions.Leader::nickname)
			.containsExactly("Fast", "Slow");
		// the hot copy rebuilt from the database gives the same points
		this.sessions.evictAll();
		assertThat(this.sessions.state(code, fast).points()).isEqualTo(f.points());
	}

	@Test
	void thePushStreamNeedsAPlayerOfTheSession() {
		String code = create(null, false, false);
		MvcTestResult none = this.mvc.get()
			.uri("/api/sessions/{c}/player-events", code)
			.accept(MediaType.TEXT_EVENT_STREAM, MediaType.APPLICATION_JSON)
			.exchange();
		assertThat(none).hasStatus(HttpStatus.UNAUTHORIZED);
		MvcTestResult stranger = this.mvc.get()
			.uri("/api/sessions/{c}/player-events", code)
			.header("X-Player-Token", "00000000-0000-0000-0000-000000000000")
			.accept(MediaType.TEXT_EVENT_STREAM, MediaType.APPLICATION_JSON)
			.exchange();
		assertThat(stranger).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void theTeacherChoosesAutoRevealAndSpeedPointsWhenCreatingTheSession() {
		MvcTestResult created = this.mvc.post()
			.uri("/instructor/sessions")
			.with(csrf())
			.with(user(INSTRUCTOR).roles("INSTRUCTOR"))
			.param("types", "VM_TOOL")
			.param("count", "2")
			.param("options", "4")
			.param("difficulty", "EASY")
			.param("lang", "en")
			.param("timed", "true")
			.param("seconds", "20")
			.param("autoReveal", "true")
			.param("speedPoints", "true")
			.exchange();
		assertThat(created).hasStatus(HttpStatus.FOUND);
		String code = created.getResponse().getRedirectedUrl().replaceAll(".*/", "");
		assertThat(this.jdbc.queryForMap(
				"SELECT seconds_per_question, auto_reveal, speed_points FROM quiz_live_session WHERE code = ?", code))
			.containsEntry("SECONDS_PER_QUESTION", 20)
			.containsEntry("AUTO_REVEAL", true)
			.containsEntry("SPEED_POINTS", true);
		LiveSessions.Snapshot s = this.sessions.snapshot(code);
		assertThat(s.autoReveal()).isTrue();
		assertThat(s.speedPoints()).isTrue();

		// by default: no speed points, and without a timer nothing to reveal by itself
		MvcTestResult plain = this.mvc.post()
			.uri("/instructor/sessions")
			.with(csrf())
			.with(user(INSTRUCTOR).roles("INSTRUCTOR"))
			.param("types", "VM_TOOL")
			.param("count", "2")
			.param("options", "4")
			.param("difficulty", "EASY")
			.param("lang", "en")
			.param("autoReveal", "true")
			.exchange();
		String other = plain.getResponse().getRedirectedUrl().replaceAll(".*/", "");
		assertThat(this.sessions.snapshot(other).speedPoints()).isFalse();
		assertThat(this.sessions.snapshot(other).autoReveal()).isFalse();
	}

	private String create(Integer seconds, boolean autoReveal, boolean speedPoints) {
		return this.sessions.create(new LiveSessions.Setup(List.of(QuestionType.VM_TOOL), 2, 4, Difficulty.EASY,
				Locale.ENGLISH, 5L, seconds, autoReveal, speedPoints), INSTRUCTOR);
	}

	private MvcTestResult answer(String code, String token, Number questionId, String optionId) {
		return Replies.replied(this.mvc.post()
			.uri("/api/sessions/{c}/answers", code)
			.header("X-Player-Token", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"questionId\":" + questionId + ",\"optionId\":\"" + optionId + "\"}"));
	}

	private static List<String> copy(List<String> states) {
		synchronized (states) {
			return new ArrayList<>(states);
		}
	}

	private static void waitUntil(BooleanSupplier condition, int seconds) {
		await().atMost(Duration.ofSeconds(seconds)).pollInterval(Duration.ofMillis(20)).until(condition::getAsBoolean);
	}

}
