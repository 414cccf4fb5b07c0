import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A simulated classroom against a running VirtClass: N players join one live session and answer Q
 * questions, all players at the same moment for each question. Prints answers per second, latency
 * percentiles, lost answers, and a baseline (a trivial endpoint hit the same way in the same run),
 * so that numbers compare across machines. It asserts nothing.
 *
 *   java bench/quiz/QuizBenchmark.java --url http://localhost:8080 --user admin --password secret \
 *        [--players 300] [--questions 10]
 *
 * Only the JDK is needed (single-file source launch, Java 17).
 */
public class QuizBenchmark {

	static String base = "http://localhost:8080";

	static String user = "admin";

	static String password = "";

	static int players = 300;

	static int questions = 10;

	static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	public static void main(String[] args) throws Exception {
		for (int i = 0; i + 1 < args.length; i += 2) {
			switch (args[i]) {
				case "--url" -> base = args[i + 1].replaceAll("/$", "");
				case "--user" -> user = args[i + 1];
				case "--password" -> password = args[i + 1];
				case "--players" -> players = Integer.parseInt(args[i + 1]);
				case "--questions" -> questions = Integer.parseInt(args[i + 1]);
				default -> throw new IllegalArgumentException("unknown option " + args[i]);
			}
		}
		System.out.printf("VirtClass live-session benchmark: %d players x %d questions against %s (%d CPUs here)%n",
				players, questions, base, Runtime.getRuntime().availableProcessors());

		// warm the server's code paths (JIT) a little, outside the measurements
		burst("warm-up", 50, (i) -> get("/actuator/health/liveness", null));

		String created = send(post("/api/sessions", "{\"type\":\"MIXED\",\"questionCount\":" + questions + "}", true)
			.build()).body();
		String code = field(created, "code");
		System.out.println("session " + code);

		String[] tokens = new String[players];
		Stats joins = burst("join", players, (i) -> post("/api/sessions/" + code + "/players",
				"{\"nickname\":\"player-" + i + "\"}", false), (i, response) -> tokens[i] = field(response.body(), "playerToken"));

		Stats answers = new Stats("answer");
		Stats fetches = new Stats("question");
		Stats baseline = new Stats("baseline");
		int sent = 0;
		int accepted = 0;
		String snapshot = send(post("/api/sessions/" + code + "/start", "", true).build()).body();
		for (int q = 0; q < questions; q++) {
			String questionId = field(snapshot, "questionId");
			fetches.add(burst("question", players, (i) -> get("/api/sessions/" + code + "/question", tokens[i])));
			String[] letters = { "A", "B", "C" };
			Stats round = burst("answer", players, (i) -> post("/api/sessions/" + code + "/answers",
					"{\"questionId\":" + questionId + ",\"optionId\":\"" + letters[i % 3] + "\"}", false)
				.header("X-Player-Token", tokens[i]));
			answers.add(round);
			sent += players;
			accepted += round.status(201);
			baseline.add(burst("baseline", players, (i) -> get("/actuator/health/liveness", null)));
			snapshot = send(post("/api/sessions/" + code + "/next", "", true).build()).body();
		}

		String results = send(get("/api/sessions/" + code + "/results", null).header("Authorization", basic()).build())
			.body();
		int stored = 0;
		Matcher m = Pattern.compile("\"answerCount\":(\\d+)").matcher(results);
		while (m.find()) {
			stored += Integer.parseInt(m.group(1));
		}

		System.out.println();
		System.out.println(Stats.header());
		System.out.println(joins.line());
		System.out.println(fetches.line());
		System.out.println(answers.line());
		System.out.println(baseline.line());
		System.out.println();
		System.out.printf("answers sent %d, 201 Created %d, other status %d%n", sent, accepted, sent - accepted);
		System.out.printf("answers stored (results endpoint) %d; lost answers (201 but not stored) %d%n", stored,
				Math.max(0, accepted - stored));
		System.out.printf("answers per second while answering: %.0f (all %d players answer at once, %d rounds)%n",
				answers.throughput(), players, questions);
		System.out.printf("answer p99 %.1f ms vs baseline p99 %.1f ms (ratio %.2f)%n", answers.percentile(99),
				baseline.percentile(99), answers.percentile(99) / Math.max(0.001, baseline.percentile(99)));
	}

	interface Builders {

		HttpRequest.Builder make(int i);

	}

	interface OnResponse {

		void accept(int i, HttpResponse<String> response);

	}

	static Stats burst(String name, int n, Builders builders) throws Exception {
		return burst(name, n, builders, (i, r) -> {
		});
	}

	static Stats burst(String name, int n, Builders builders, OnResponse onResponse) throws Exception {
		HttpRequest[] prepared = new HttpRequest[n];
		for (int i = 0; i < n; i++) {
			prepared[i] = builders.make(i).build();
		}
		Stats stats = new Stats(name);
		List<CompletableFuture<?>> all = new ArrayList<>(n);
		long start = System.nanoTime();
		for (int i = 0; i < n; i++) {
			int index = i;
			long sentAt = System.nanoTime();
			all.add(HTTP.sendAsync(prepared[i], HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
				.whenComplete((response, error) -> {
					long took = System.nanoTime() - sentAt;
					stats.record(took, (error != null) ? -1 : response.statusCode());
					if (response != null) {
						onResponse.accept(index, response);
					}
				}));
		}
		CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).exceptionally((e) -> null).join();
		stats.elapsed(System.nanoTime() - start);
		return stats;
	}

	static HttpRequest.Builder post(String path, String json, boolean instructor) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		return instructor ? b.header("Authorization", basic()) : b;
	}

	static HttpRequest.Builder get(String path, String token) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET();
		return (token != null) ? b.header("X-Player-Token", token) : b;
	}

	static String basic() {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	static HttpResponse<String> send(HttpRequest request) throws Exception {
		HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		if (response.statusCode() >= 400) {
			throw new IllegalStateException(request.uri() + " -> " + response.statusCode() + " " + response.body());
		}
		return response;
	}

	static String field(String json, String name) {
		Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
		if (!m.find()) {
			throw new IllegalStateException("no " + name + " in " + json);
		}
		return m.group(1);
	}

	/** Latencies of one kind of request, over one or more bursts. */
	static final class Stats {

		final String name;

		final ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();

		final ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();

		long elapsed;

		Stats(String name) {
			this.name = name;
		}

		void record(long took, int status) {
			this.nanos.add(took);
			this.statuses.add(status);
		}

		void elapsed(long nanos) {
			this.elapsed += nanos;
		}

		void add(Stats other) {
			this.nanos.addAll(other.nanos);
			this.statuses.addAll(other.statuses);
			this.elapsed += other.elapsed;
		}

		int status(int code) {
			return (int) this.statuses.stream().filter((s) -> s == code).count();
		}

		double throughput() {
			return this.nanos.size() / (this.elapsed / 1e9);
		}

		double percentile(double p) {
			long[] sorted = this.nanos.stream().mapToLong(Long::longValue).sorted().toArray();
			if (sorted.length == 0) {
				return 0;
			}
			int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
			return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
		}

		static String header() {
			return String.format("%-10s %8s %8s %10s %9s %9s %9s %9s", "endpoint", "requests", "errors", "req/s",
					"p50 ms", "p95 ms", "p99 ms", "max ms");
		}

		String line() {
			int errors = (int) this.statuses.stream().filter((s) -> s < 200 || s >= 300).count();
			return String.format("%-10s %8d %8d %10.0f %9.1f %9.1f %9.1f %9.1f", this.name, this.nanos.size(), errors,
					throughput(), percentile(50), percentile(95), percentile(99), percentile(100));
		}

	}

}
