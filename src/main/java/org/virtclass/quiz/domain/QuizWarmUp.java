package org.virtclass.quiz.domain;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.virtclass.quiz.Difficulty;
import org.virtclass.quiz.QuestionType;
import org.virtclass.system.SelfRequests;

/**
 * The first class after a start used to answer at p99 of 300-700 ms, the tenth at 70 ms:
 * the JIT had not compiled the answer path yet. Before the app reports itself ready, this
 * plays one short class through the real HTTP endpoints (join, question, answer) on a
 * throw-away session, then deletes the session with its questions, players and answers,
 * so that nothing of it stays in the data. {@code virtclass.quiz.warm-up.answers=0} turns
 * it off; {@code warm-up.seconds} bounds its time. The players' requests are
 * {@link SelfRequests}.
 */
@Component
@Order(20)
class QuizWarmUp implements ApplicationRunner {

	static final String OWNER = "virtclass warm-up";

	private static final Logger log = LoggerFactory.getLogger(QuizWarmUp.class);

	private static final Pattern TOKEN = Pattern.compile("\"playerToken\"\\s*:\\s*\"([^\"]+)\"");

	private static final Pattern QUESTION = Pattern.compile("\"questionId\"\\s*:\\s*(\\d+)");

	private static final Pattern OPTION = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

	private static final int PLAYERS = 50;

	/**
	 * Requests in flight at once: as many as the JDK keeps idle connections to one server
	 * ({@code http.maxConnections}), so that every request reuses one.
	 */
	private static final int PARALLEL = 5;

	private static final int MIN_QUESTIONS = 5;

	private final LiveSessions live;

	private final LiveSessionRepository sessions;

	private final LiveQuestionRepository questions;

	private final LivePlayerRepository players;

	private final LiveAnswerRepository answers;

	private final TransactionTemplate tx;

	private final Environment environment;

	private final int targetAnswers;

	private final Duration budget;

	private final AtomicLong answered = new AtomicLong();

	QuizWarmUp(LiveSessions live, LiveSessionRepository sessions, LiveQuestionRepository questions,
			LivePlayerRepository players, LiveAnswerRepository answers, PlatformTransactionManager transactions,
			Environment environment, @Value("${virtclass.quiz.warm-up.answers:2500}") int targetAnswers,
			@Value("${virtclass.quiz.warm-up.seconds:4}") int seconds) {
		this.live = live;
		this.sessions = sessions;
		this.questions = questions;
		this.players = players;
		this.answers = answers;
		this.tx = new TransactionTemplate(transactions);
		this.environment = environment;
		this.targetAnswers = targetAnswers;
		this.budget = Duration.ofSeconds(seconds);
	}

	@Override
	public void run(ApplicationArguments args) {
		Integer port = this.environment.getProperty("local.server.port", Integer.class);
		if (this.targetAnswers <= 0 || port == null || port <= 0) {
			return;
		}
		long started = System.nanoTime();
		String code = null;
		ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
		try {
			int count = Math.min(50, Math.max(1, this.targetAnswers / PLAYERS));
			code = this.live.create(new LiveSessions.Setup(QuestionType.generated(), count, 4, Difficulty.EASY,
					Locale.ENGLISH, 1L, null), OWNER);
			play(code, count, URI.create("http://127.0.0.1:" + port), pool, started);
		}
		catch (Exception ex) {
			log.warn("Quiz warm-up stopped early; the first class may answer more slowly", ex);
		}
		finally {
			pool.shutdownNow();
			if (code != null) {
				erase(code);
			}
		}
		log.info("Quiz warm-up: {} answers through the live-session endpoints in {} ms, then erased", this.answered,
				(System.nanoTime() - started) / 1_000_000);
	}

	private void play(String code, int count, URI base, ExecutorService pool, long started) {
		List<String> tokens = new ArrayList<>();
		for (String body : all(base, pool, PLAYERS, (i) -> new Call("POST", "/api/sessions/" + code + "/players", null,
				"{\"nickname\":\"warm-up " + i + "\"}"))) {
			Matcher m = TOKEN.matcher(body);
			if (m.find()) {
				tokens.add(m.group(1));
			}
		}
		this.live.start(code);
		long deadline = started + this.budget.toNanos();
		// A few questions even on a machine so busy that the joins alone took the whole
		// budget.
		for (int q = 0; q < count && (q < MIN_QUESTIONS || System.nanoTime() < deadline); q++) {
			List<String> fetched = all(base, pool, tokens.size(),
					(i) -> new Call("GET", "/api/sessions/" + code + "/question", tokens.get(i), null));
			all(base, pool, tokens.size(), (i) -> {
				String question = fetched.get(i);
				Matcher id = QUESTION.matcher(question);
				Matcher option = OPTION.matcher(question);
				if (!id.find() || !option.find()) {
					return null;
				}
				return new Call("POST", "/api/sessions/" + code + "/answers", tokens.get(i),
						"{\"questionId\":" + id.group(1) + ",\"optionId\":\"" + option.group(1) + "\"}");
			});
			all(base, pool, tokens.size(),
					(i) -> new Call("GET", "/api/sessions/" + code + "/state", tokens.get(i), null));
			this.live.next(code);
		}
	}

	/**
	 * Sends the n calls on the pool and returns their bodies in order; a call that is
	 * null (nothing to send), fails or times out (a machine busy with other work) gives
	 * "" and only warms less.
	 */
	private List<String> all(URI base, ExecutorService pool, int n, IntFunction<Call> calls) {
		List<Future<String>> futures = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			Call call = calls.apply(i);
			futures.add((call == null) ? CompletableFuture.completedFuture("") : pool.submit(() -> send(base, call)));
		}
		List<String> bodies = new ArrayList<>();
		for (Future<String> future : futures) {
			bodies.add(bodyOf(future));
		}
		return bodies;
	}

	private static String bodyOf(Future<String> future) {
		try {
			return future.get();
		}
		catch (ExecutionException ex) {
			return "";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "";
		}
	}

	/** One call as a player's browser makes it. */
	private String send(URI base, Call call) throws IOException {
		HttpURLConnection connection = SelfRequests.open(base.resolve(call.path()));
		connection.setRequestMethod(call.method());
		connection.setRequestProperty("Accept", "application/json");
		if (call.token() != null) {
			connection.setRequestProperty("X-Player-Token", call.token());
		}
		if (call.json() != null) {
			byte[] json = call.json().getBytes(StandardCharsets.UTF_8);
			connection.setDoOutput(true);
			connection.setRequestProperty("Content-Type", "application/json");
			connection.setFixedLengthStreamingMode(json.length);
			try (OutputStream out = connection.getOutputStream()) {
				out.write(json);
			}
		}
		SelfRequests.Answer answer = SelfRequests.read(connection);
		if (answer.status() == 201 && call.path().endsWith("/answers")) {
			this.answered.incrementAndGet();
		}
		return answer.text();
	}

	/** A player's request: method, path, the player's token (if any) and a JSON body. */
	private record Call(String method, String path, String token, String json) {
	}

	/**
	 * Deletes the throw-away session and everything that hangs off it, in the database
	 * and in memory.
	 */
	private void erase(String code) {
		try {
			this.live.forget(code);
			this.tx.executeWithoutResult((status) -> this.sessions.findByCode(code).ifPresent((session) -> {
				this.answers.deleteAllInBatch(this.answers.findBySessionId(session.getId()));
				this.players.deleteAllInBatch(this.players.findBySessionIdOrderByJoinedAt(session.getId()));
				this.questions.deleteAllInBatch(this.questions.findBySessionIdOrderByPos(session.getId()));
				this.sessions.delete(session);
			}));
		}
		catch (RuntimeException ex) {
			log.warn("Could not erase the warm-up session {}", code, ex);
		}
	}

	long answered() {
		return this.answered.get();
	}

}
