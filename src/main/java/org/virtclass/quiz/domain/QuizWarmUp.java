package org.virtclass.quiz.domain;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
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

/**
 * The first class after a start used to answer at p99 of 300-700 ms, the tenth at 70 ms:
 * the JIT had not compiled the answer path yet. Before the app reports itself ready, this
 * plays one short class through the real HTTP endpoints (join, question, answer) on a
 * throw-away session, then deletes the session with its questions, players and answers,
 * so that nothing of it stays in the data. {@code virtclass.quiz.warm-up.answers=0} turns
 * it off; {@code warm-up.seconds} bounds its time.
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
		ExecutorService pool = Executors.newFixedThreadPool(8);
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

	private void play(String code, int count, URI base, ExecutorService pool, long started) throws Exception {
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(pool).build();
		List<String> tokens = new ArrayList<>();
		for (String body : all(http, PLAYERS, (i) -> post(base, "/api/sessions/" + code + "/players", null,
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
			List<String> fetched = all(http, tokens.size(),
					(i) -> get(base, "/api/sessions/" + code + "/question", tokens.get(i)));
			all(http, tokens.size(), (i) -> {
				String question = fetched.get(i);
				Matcher id = QUESTION.matcher(question);
				Matcher option = OPTION.matcher(question);
				if (!id.find() || !option.find()) {
					return null;
				}
				return post(base, "/api/sessions/" + code + "/answers", tokens.get(i),
						"{\"questionId\":" + id.group(1) + ",\"optionId\":\"" + option.group(1) + "\"}");
			});
			all(http, tokens.size(), (i) -> get(base, "/api/sessions/" + code + "/state", tokens.get(i)));
			this.live.next(code);
		}
	}

	private List<String> all(HttpClient http, int n, java.util.function.IntFunction<HttpRequest> requests) {
		List<CompletableFuture<String>> futures = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			HttpRequest request = requests.apply(i);
			if (request == null) {
				futures.add(CompletableFuture.completedFuture(""));
				continue;
			}
			boolean answer = request.uri().getPath().endsWith("/answers");
			// A request that fails or times out (a machine busy with other work) only
			// warms less.
			futures.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply((r) -> {
				if (answer && r.statusCode() == 201) {
					this.answered.incrementAndGet();
				}
				return r.body();
			}).exceptionally((failure) -> ""));
		}
		return futures.stream().map(CompletableFuture::join).toList();
	}

	private static HttpRequest get(URI base, String path, String token) {
		return HttpRequest.newBuilder(base.resolve(path))
			.header("Accept", "application/json")
			.header("X-Player-Token", token)
			.timeout(Duration.ofSeconds(30))
			.GET()
			.build();
	}

	private static HttpRequest post(URI base, String path, String token, String json) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path))
			.header("Accept", "application/json")
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (token != null) {
			builder.header("X-Player-Token", token);
		}
		return builder.build();
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
