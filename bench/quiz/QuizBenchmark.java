import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 *        [--players 300] [--questions 10] [--warmup 5] [--push on|off]
 *
 * With --push on (the default) every player also holds its push connection open for the whole class
 * (GET /api/sessions/{code}/player-events, server-sent events), as the phones of a real class do, and
 * fetches a question once its stream announced it, as quiz-player.js does; the run then prints how
 * long the push took to reach the phones (row "push"), how many connections were held and whether
 * every phone heard of every question.
 *
 * Only the JDK is needed (single-file source launch, Java 17).
 */
public class QuizBenchmark {

	static String base = "http://localhost:8080";

	static String user = "admin";

	static String password = "";

	static int players = 300;

	static int questions = 10;

	static Phone[] phones;

	static Phone admin;

	static ExecutorService PHONES_POOL;

	static int warmups = 5;

	static boolean push = true;

	/** One HTTP client for all push connections: they are read asynchronously, no thread each. */
	static java.net.http.HttpClient PUSH_CLIENT;

	public static void main(String[] args) throws Exception {
		for (int i = 0; i + 1 < args.length; i += 2) {
			switch (args[i]) {
				case "--url" -> base = args[i + 1].replaceAll("/$", "");
				case "--user" -> user = args[i + 1];
				case "--password" -> password = args[i + 1];
				case "--players" -> players = Integer.parseInt(args[i + 1]);
				case "--questions" -> questions = Integer.parseInt(args[i + 1]);
				case "--warmup" -> warmups = Integer.parseInt(args[i + 1]);
				case "--push" -> push = !args[i + 1].equalsIgnoreCase("off");
				default -> throw new IllegalArgumentException("unknown option " + args[i]);
			}
		}
		System.out.printf("VirtClass live-session benchmark: %d players x %d questions against %s (%d CPUs here), "
				+ "after %d unmeasured warm-up class(es)%n", players, questions, base,
				Runtime.getRuntime().availableProcessors(), warmups);
		System.out.printf("push connections: %s%n", push ? "every player holds one open (--push on)" : "none (--push off)");
		if (push) {
			PUSH_CLIENT = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
		}

		URI uri = URI.create(base);
		phones = new Phone[players];
		for (int i = 0; i < players; i++) {
			phones[i] = new Phone(uri);
		}
		admin = new Phone(uri);
		PHONES_POOL = Executors.newFixedThreadPool(players);

		// Warm up outside the measurements: one keep-alive connection per player, as a class of phones has
		// after joining (otherwise the first round times TCP handshakes of the benchmark's own making), and
		// the server's JIT, with whole classes of the same shape, as a server that has been up all morning.
		for (int round = 0; round < 5; round++) {
			burst("warm-up", players, (i) -> get("/actuator/health/liveness", null));
		}
		for (int w = 1; w <= warmups; w++) {
			Classroom warm = classroom();
			System.out.printf("warm-up class %d of %d: answer p99 %.1f ms, baseline p99 %.1f ms%n", w, warmups,
					warm.answers.percentile(99), warm.baseline.percentile(99));
		}

		Classroom measured = classroom();
		System.out.println();
		System.out.println(Stats.header());
		System.out.println(measured.joins.line());
		System.out.println(measured.fetches.line());
		System.out.println(measured.answers.line());
		System.out.println(measured.baseline.line());
		if (push) {
			System.out.println(measured.pushed.line());
		}
		System.out.println();
		System.out.printf("answers sent %d, 201 Created %d, other status %d%n", measured.sent, measured.accepted,
				measured.sent - measured.accepted);
		System.out.printf("answers stored (results endpoint) %d; lost answers (201 but not stored) %d%n",
				measured.stored, Math.max(0, measured.accepted - measured.stored));
		System.out.printf("answers per second while answering: %.0f (all %d players answer at once, %d rounds)%n",
				measured.answers.throughput(), players, questions);
		System.out.printf("answer p99 %.1f ms vs baseline p99 %.1f ms (ratio %.2f)%n", measured.answers.percentile(99),
				measured.baseline.percentile(99),
				measured.answers.percentile(99) / Math.max(0.001, measured.baseline.percentile(99)));
		if (push) {
			System.out.printf("push connections held open %d of %d; state events received %d; phones that heard of "
					+ "every question %d of %d%n", measured.pushOpen, players, measured.pushEvents, measured.pushComplete,
					players);
		}
		PHONES_POOL.shutdownNow();
		for (Phone phone : phones) {
			phone.close();
		}
		admin.close();
	}

	/** What one simulated class measured. */
	record Classroom(Stats joins, Stats fetches, Stats answers, Stats baseline, Stats pushed, int sent, int accepted,
			int stored, int pushOpen, int pushEvents, int pushComplete) {
	}

	/**
	 * A player's push connection: counts the state events and the questions it heard of. Read by the
	 * HTTP client's own threads as lines arrive; nothing here blocks per connection.
	 */
	static final class PushStream implements java.util.concurrent.Flow.Subscriber<String> {

		final AtomicInteger events = new AtomicInteger();

		/** The questions this phone heard of, and when it first did (System.nanoTime). */
		final java.util.Map<String, Long> questions = new java.util.concurrent.ConcurrentHashMap<>();

		volatile boolean open;

		volatile java.util.concurrent.Flow.Subscription subscription;

		@Override
		public void onSubscribe(java.util.concurrent.Flow.Subscription subscription) {
			this.subscription = subscription;
			this.open = true;
			subscription.request(Long.MAX_VALUE);
		}

		@Override
		public void onNext(String line) {
			if (line.startsWith("data:")) {
				this.events.incrementAndGet();
				if (line.contains("\"state\":\"QUESTION\"") && line.contains("\"questionId\":")) {
					this.questions.putIfAbsent(field(line.substring(5), "questionId"), System.nanoTime());
				}
			}
		}

		@Override
		public void onError(Throwable throwable) {
			this.open = false;
		}

		@Override
		public void onComplete() {
			this.open = false;
		}

		void close() {
			if (this.subscription != null) {
				this.subscription.cancel();
			}
		}

	}

	static PushStream openPush(String code, String token) {
		PushStream stream = new PushStream();
		java.net.http.HttpRequest request = java.net.http.HttpRequest
			.newBuilder(URI.create(base + "/api/sessions/" + code + "/player-events"))
			.header("X-Player-Token", token)
			.header("Accept", "text/event-stream")
			.build();
		PUSH_CLIENT.sendAsync(request, java.net.http.HttpResponse.BodyHandlers.fromLineSubscriber(stream));
		return stream;
	}

	/**
	 * One class: the instructor opens a session, every player joins at once, then for each question all
	 * players fetch it at once and answer at once, and the trivial baseline endpoint is hit the same way.
	 */
	static Classroom classroom() throws Exception {
		String created = send(post("/api/sessions", "{\"type\":\"MIXED\",\"questionCount\":" + questions + "}", true))
			.body();
		String code = field(created, "code");

		String[] tokens = new String[players];
		Stats joins = burst("join", players, (i) -> post("/api/sessions/" + code + "/players",
				"{\"nickname\":\"player-" + i + "\"}", false), (i, response) -> tokens[i] = field(response.body(), "playerToken"));

		PushStream[] streams = new PushStream[push ? players : 0];
		for (int i = 0; i < streams.length; i++) {
			streams[i] = openPush(code, tokens[i]);
		}
		long connecting = System.nanoTime() + 10_000_000_000L;
		while (push && java.util.Arrays.stream(streams).anyMatch((s) -> s.events.get() == 0)
				&& System.nanoTime() < connecting) {
			Thread.sleep(20);
		}

		Stats answers = new Stats("answer");
		Stats fetches = new Stats("question");
		Stats baseline = new Stats("baseline");
		Stats pushed = new Stats("push");
		int sent = 0;
		int accepted = 0;
		long clicked = System.nanoTime();
		String snapshot = send(post("/api/sessions/" + code + "/start", null, true)).body();
		for (int q = 0; q < questions; q++) {
			String questionId = field(snapshot, "questionId");
			if (push) {
				// a phone fetches the question when its stream says that it opened
				heard(streams, questionId, clicked, pushed);
			}
			fetches.add(burst("question", players, (i) -> get("/api/sessions/" + code + "/question", tokens[i])));
			String[] letters = { "A", "B", "C" };
			Stats round = burst("answer", players, (i) -> withToken(post("/api/sessions/" + code + "/answers",
					"{\"questionId\":" + questionId + ",\"optionId\":\"" + letters[i % 3] + "\"}", false), tokens[i]));
			answers.add(round);
			sent += players;
			accepted += round.status(201);
			baseline.add(burst("baseline", players, (i) -> get("/actuator/health/liveness", null)));
			clicked = System.nanoTime();
			snapshot = send(post("/api/sessions/" + code + "/next", null, true)).body();
		}

		// the last pushes (the end of the class) travel for up to a broadcaster period
		Thread.sleep(push ? 500 : 0);
		int pushOpen = 0;
		int pushEvents = 0;
		int pushComplete = 0;
		for (PushStream stream : streams) {
			pushOpen += stream.open ? 1 : 0;
			pushEvents += stream.events.get();
			pushComplete += (stream.questions.size() == questions) ? 1 : 0;
			stream.close();
		}
		String results = send(new Req("GET", "/api/sessions/" + code + "/results", null, null, true)).body();
		int stored = 0;
		Matcher m = Pattern.compile("\"answerCount\":(\\d+)").matcher(results);
		while (m.find()) {
			stored += Integer.parseInt(m.group(1));
		}
		return new Classroom(joins, fetches, answers, baseline, pushed, sent, accepted, stored, pushOpen, pushEvents,
				pushComplete);
	}

	/**
	 * Waits (at most 10 s) until every stream has announced the question, and records for each phone the
	 * time from the teacher's click to its stream announcing it; a phone that never heard counts as an
	 * error.
	 */
	static void heard(PushStream[] streams, String questionId, long clicked, Stats pushed) throws InterruptedException {
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (Arrays.stream(streams).anyMatch((s) -> !s.questions.containsKey(questionId))
				&& System.nanoTime() < deadline) {
			Thread.sleep(1);
		}
		for (PushStream stream : streams) {
			Long at = stream.questions.get(questionId);
			pushed.record((at != null) ? at - clicked : System.nanoTime() - clicked, (at != null) ? 200 : -1);
		}
		pushed.elapsed(System.nanoTime() - clicked);
	}

	/** One request, as a phone (or the instructor's laptop) would send it. */
	record Req(String method, String path, String json, String token, boolean instructor) {
	}

	/** What came back: the status and the body. */
	record Resp(int status, String body) {
	}

	interface Requests {

		Req make(int i);

	}

	interface OnResponse {

		void accept(int i, Resp response);

	}

	static Stats burst(String name, int n, Requests requests) throws Exception {
		return burst(name, n, requests, (i, r) -> {
		});
	}

	/**
	 * All n players send at the same moment, each on its own thread and its own keep-alive connection,
	 * like n phones: a request's latency is its own round trip, never a queue inside the benchmark.
	 */
	static Stats burst(String name, int n, Requests requests, OnResponse onResponse) throws Exception {
		Req[] prepared = new Req[n];
		for (int i = 0; i < n; i++) {
			prepared[i] = requests.make(i);
		}
		Stats stats = new Stats(name);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<?>> all = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			int index = i;
			all.add(PHONES_POOL.submit(() -> {
				go.await();
				long sentAt = System.nanoTime();
				Resp response;
				try {
					response = phones[index].exchange(prepared[index]);
				}
				catch (IOException ex) {
					stats.record(System.nanoTime() - sentAt, -1);
					return null;
				}
				stats.record(System.nanoTime() - sentAt, response.status());
				onResponse.accept(index, response);
				return null;
			}));
		}
		long start = System.nanoTime();
		go.countDown();
		for (Future<?> f : all) {
			f.get();
		}
		stats.elapsed(System.nanoTime() - start);
		return stats;
	}

	static Req post(String path, String json, boolean instructor) {
		return new Req("POST", path, json, null, instructor);
	}

	static Req get(String path, String token) {
		return new Req("GET", path, null, token, false);
	}

	static Req withToken(Req req, String token) {
		return new Req(req.method(), req.path(), req.json(), token, req.instructor());
	}

	static String basic() {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	static Resp send(Req request) throws Exception {
		Resp response = admin.exchange(request);
		if (response.status() >= 400) {
			throw new IllegalStateException(request.path() + " -> " + response.status() + " " + response.body());
		}
		return response;
	}

	/** A minimal HTTP/1.1 client on one keep-alive socket: little CPU, so the server gets the cores. */
	static final class Phone {

		private final String host;

		private final int port;

		private Socket socket;

		private BufferedInputStream in;

		private OutputStream out;

		Phone(URI base) {
			this.host = base.getHost();
			this.port = (base.getPort() > 0) ? base.getPort() : 80;
		}

		Resp exchange(Req req) throws IOException {
			try {
				return once(req);
			}
			catch (IOException ex) {
				close();
				return once(req);
			}
		}

		private Resp once(Req req) throws IOException {
			if (this.socket == null) {
				this.socket = new Socket(this.host, this.port);
				this.socket.setTcpNoDelay(true);
				this.socket.setSoTimeout(30_000);
				this.in = new BufferedInputStream(this.socket.getInputStream(), 8192);
				this.out = this.socket.getOutputStream();
			}
			byte[] body = (req.json() != null) ? req.json().getBytes(StandardCharsets.UTF_8) : new byte[0];
			StringBuilder head = new StringBuilder(256).append(req.method()).append(' ').append(req.path())
				.append(" HTTP/1.1\r\nHost: ").append(this.host).append(':').append(this.port)
				.append("\r\nAccept: application/json\r\n");
			if (req.json() != null) {
				head.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
			}
			else if ("POST".equals(req.method())) {
				head.append("Content-Length: 0\r\n");
			}
			if (req.token() != null) {
				head.append("X-Player-Token: ").append(req.token()).append("\r\n");
			}
			if (req.instructor()) {
				head.append("Authorization: ").append(basic()).append("\r\n");
			}
			head.append("\r\n");
			// One write, so head and body leave in one segment, as a phone's HTTP stack sends a small POST.
			byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
			byte[] request = Arrays.copyOf(headBytes, headBytes.length + body.length);
			System.arraycopy(body, 0, request, headBytes.length, body.length);
			this.out.write(request);
			this.out.flush();
			String status = line();
			if (status == null) {
				throw new IOException("connection closed");
			}
			int code = Integer.parseInt(status.split(" ")[1]);
			int length = -1;
			boolean chunked = false;
			boolean close = false;
			for (String h = line(); h != null && !h.isEmpty(); h = line()) {
				String lower = h.toLowerCase(java.util.Locale.ROOT);
				if (lower.startsWith("content-length:")) {
					length = Integer.parseInt(h.substring(15).strip());
				}
				else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
					chunked = true;
				}
				else if (lower.startsWith("connection:") && lower.contains("close")) {
					close = true;
				}
			}
			ByteArrayOutputStream content = new ByteArrayOutputStream();
			if (chunked) {
				for (int size = Integer.parseInt(line().split(";")[0].strip(), 16); size > 0;
						size = Integer.parseInt(line().split(";")[0].strip(), 16)) {
					content.write(this.in.readNBytes(size));
					line();
				}
				line();
			}
			else if (length >= 0) {
				content.write(this.in.readNBytes(length));
			}
			if (close) {
				close();
			}
			return new Resp(code, content.toString(StandardCharsets.UTF_8));
		}

		private String line() throws IOException {
			StringBuilder sb = new StringBuilder();
			int c;
			while ((c = this.in.read()) != -1) {
				if (c == '\n') {
					int len = sb.length();
					return (len > 0 && sb.charAt(len - 1) == '\r') ? sb.substring(0, len - 1) : sb.toString();
				}
				sb.append((char) c);
			}
			return (sb.length() > 0) ? sb.toString() : null;
		}

		void close() {
			try {
				if (this.socket != null) {
					this.socket.close();
				}
			}
			catch (IOException ex) {
				// already gone
			}
			this.socket = null;
		}

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
