import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills every lab slot of a running VirtClass and keeps each run burning CPU, so that another
 * benchmark (the live-quiz one) can be measured with the lab saturated. It asserts nothing.
 *
 *   java bench/lab/Saturate.java --url http://localhost:8080 [--burners 2] [--keepalive 60]
 *        [--interval 5] [--hold 300] [--vms N] [--containers N]
 *
 * One lab client per slot, as one browser each: it opens {@code /lab}, which hands out the
 * server-signed lab cookie, starts its run through {@code POST /api/lab/runs}, and opens the run's
 * console WebSocket ({@code /lab/ws/runs/<id>}) with that cookie, so that it is the run's interactive
 * terminal. Once every slot's run is RUNNING (or after --hold seconds), each types
 * {@code while :; do :; done &} (--burners times) and an {@code echo} whose output proves the shell
 * read those lines; all along it presses Enter every --keepalive seconds, well inside the server's
 * idle limit. A run that ends (the time limit, a crash)
 * is replaced by a new one. The slot counts come from the lab page (its limits sentence, in
 * English) unless --vms/--containers are given. On Ctrl-C or SIGTERM every active run is stopped with
 * {@code DELETE /api/lab/runs/<id>} and its owner's cookie.
 *
 * Every --interval seconds it prints what it holds (runs by kind and state, how many burn, the
 * queue), and "saturated" when every slot is RUNNING and burning. Only the JDK is needed (single-file
 * source launch, Java 17).
 */
public class Saturate {

	static final Pattern LIMITS = Pattern.compile("Up to (\\d+) VMs and (\\d+) containers");

	static final Pattern COOKIE = Pattern.compile("VIRTCLASS_LAB=([^;]+)");

	static final Pattern STRING_FIELD = Pattern.compile("\"%s\"\\s*:\\s*\"([^\"]*)\"");

	static final Pattern NUMBER_FIELD = Pattern.compile("\"%s\"\\s*:\\s*(\\d+)");

	/** The shell computes it, so the console shows it only once the shell has run the line. */
	static final String MARK_COMMAND = "echo saturate-$((6*7))-ok";

	static final String MARK_OUTPUT = "saturate-42-ok";

	static URI base;

	static int burners = 2;

	static long keepaliveSeconds = 60;

	static long intervalSeconds = 5;

	/** How long a ready run waits for the others before it burns anyway. */
	static long holdSeconds = 300;

	static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	static final List<Slot> slots = new ArrayList<>();

	static volatile boolean stopping;

	public static void main(String[] args) throws Exception {
		Integer vms = null;
		Integer containers = null;
		String url = "http://localhost:8080";
		for (int i = 0; i + 1 < args.length; i += 2) {
			switch (args[i]) {
				case "--url" -> url = args[i + 1].replaceAll("/$", "");
				case "--burners" -> burners = Integer.parseInt(args[i + 1]);
				case "--keepalive" -> keepaliveSeconds = Long.parseLong(args[i + 1]);
				case "--interval" -> intervalSeconds = Long.parseLong(args[i + 1]);
				case "--hold" -> holdSeconds = Long.parseLong(args[i + 1]);
				case "--vms" -> vms = Integer.parseInt(args[i + 1]);
				case "--containers" -> containers = Integer.parseInt(args[i + 1]);
				default -> throw new IllegalArgumentException("unknown option " + args[i]);
			}
		}
		if (args.length % 2 != 0) {
			throw new IllegalArgumentException("option without a value: " + args[args.length - 1]);
		}
		base = URI.create(url);

		String page = get("/lab", null).body();
		Matcher limits = LIMITS.matcher(page);
		if (limits.find()) {
			vms = (vms != null) ? vms : Integer.parseInt(limits.group(1));
			containers = (containers != null) ? containers : Integer.parseInt(limits.group(2));
		}
		else if (vms == null || containers == null) {
			throw new IllegalStateException("The lab page at " + base + "/lab does not state its limits; pass --vms and --containers");
		}
		log("the server offers %d VM slot(s) and %d container slot(s)", vms, containers);
		boolean vmOk = awaitAvailable("vm");
		boolean containerOk = awaitAvailable("container");
		for (int i = 0; vmOk && i < vms; i++) {
			slots.add(new Slot("VM", i + 1));
		}
		for (int i = 0; containerOk && i < containers; i++) {
			slots.add(new Slot("CONTAINER", i + 1));
		}
		if (slots.isEmpty()) {
			log("nothing to fill: neither kind is available on this server");
			return;
		}

		CountDownLatch done = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			stopping = true;
			stopAll();
			done.countDown();
		}, "saturate-stop"));
		for (Slot slot : slots) {
			Thread t = new Thread(slot::hold, "slot-" + slot.name());
			t.setDaemon(true);
			t.start();
		}
		boolean saturated = false;
		while (!stopping) {
			Thread.sleep(TimeUnit.SECONDS.toMillis(intervalSeconds));
			if (stopping) {
				break;
			}
			for (Slot slot : slots) {
				slot.refresh();
			}
			boolean now = slots.stream().allMatch(s -> "RUNNING".equals(s.state) && s.burning);
			System.out.println(status() + (now ? "  saturated" : ""));
			if (now && !saturated) {
				log("saturated: all %d slots RUNNING and burning (%d burner(s) each)", slots.size(), burners);
			}
			else if (!now && saturated) {
				log("no longer saturated");
			}
			saturated = now;
		}
		done.await();
	}

	/** Waits while the server is still checking its host (the VM accelerator canary can take a while). */
	static boolean awaitAvailable(String kind) throws Exception {
		Pattern section = Pattern.compile("\"" + kind + "\"\\s*:\\s*\\{\"available\"\\s*:\\s*(true|false)[^}]*?\"missing\"\\s*:\\s*\\[([^\\]]*)\\]");
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
		while (System.nanoTime() < deadline) {
			String caps = get("/api/lab/capabilities", null).body();
			Matcher m = section.matcher(caps);
			if (m.find()) {
				if (m.group(1).equals("true")) {
					return true;
				}
				if (!m.group(2).isBlank()) {
					log("%s runs are not available on this server (missing %s); their slots stay empty", kind, m.group(2));
					return false;
				}
			}
			log("waiting for the server to finish checking %s runs", kind);
			Thread.sleep(2000);
		}
		log("%s runs did not become available within 10 minutes", kind);
		return false;
	}

	static String status() {
		Map<String, Integer> counts = new TreeMap<>();
		int burning = 0;
		int queued = 0;
		int longest = 0;
		int restarts = 0;
		for (Slot s : slots) {
			counts.merge(s.kind + " " + s.state, 1, Integer::sum);
			burning += s.burning ? 1 : 0;
			if ("QUEUED".equals(s.state)) {
				queued++;
				longest = Math.max(longest, s.queuePosition);
			}
			restarts += s.restarts;
		}
		StringBuilder b = new StringBuilder(LocalTime.now().format(DateTimeFormatter.ISO_LOCAL_TIME).substring(0, 8));
		for (String kind : List.of("VM", "CONTAINER")) {
			b.append("  ").append(kind).append(':');
			counts.forEach((k, n) -> {
				if (k.startsWith(kind + " ")) {
					b.append(' ').append(n).append(' ').append(k.substring(kind.length() + 1));
				}
			});
		}
		b.append(String.format("  burning %d/%d  queued %d (last place %d)  restarts %d", burning, slots.size(), queued,
				longest, restarts));
		return b.toString();
	}

	static void stopAll() {
		log("stopping %d run(s)", slots.stream().filter(s -> s.runId != null).count());
		List<CompletableFuture<?>> stops = new ArrayList<>();
		for (Slot s : slots) {
			String id = s.runId;
			if (id != null && s.cookie != null) {
				HttpRequest req = request("/api/lab/runs/" + id, s.cookie).DELETE().build();
				stops.add(http.sendAsync(req, HttpResponse.BodyHandlers.ofString())
					.thenAccept(r -> log("%s: run %s stopped (%d, %s)", s.name(), id, r.statusCode(),
							field(r.body(), "state")))
					.exceptionally(ex -> {
						log("%s: could not stop run %s: %s", s.name(), id, ex);
						return null;
					}));
			}
			WebSocket ws = s.socket;
			if (ws != null) {
				ws.abort();
			}
		}
		try {
			CompletableFuture.allOf(stops.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			log("not every stop answered within 30 s: %s", ex);
		}
	}

	/** One lab slot, held by one client (one cookie) with one run at a time. */
	static final class Slot {

		final String kind;

		final int number;

		volatile String cookie;

		volatile String runId;

		volatile String state = "NONE";

		volatile int queuePosition;

		volatile boolean burning;

		volatile int restarts;

		volatile WebSocket socket;

		/** The console's recent output, to see the marker in. */
		final StringBuilder console = new StringBuilder();

		volatile CompletableFuture<String> ended = new CompletableFuture<>();

		Slot(String kind, int number) {
			this.kind = kind;
			this.number = number;
		}

		String name() {
			return kind.toLowerCase() + "-" + number;
		}

		void hold() {
			while (!stopping) {
				try {
					if (cookie == null) {
						cookie = labCookie();
					}
					runOnce();
				}
				catch (InterruptedException ex) {
					return;
				}
				catch (Exception ex) {
					if (!stopping) {
						log("%s: %s; trying again in 5 s", name(), ex.getMessage());
						sleep(5000);
					}
				}
			}
		}

		/** A browser's first visit to the lab page: the server issues the signed cookie. */
		String labCookie() throws Exception {
			HttpResponse<String> page = get("/lab", null);
			for (String header : page.headers().allValues("set-cookie")) {
				Matcher m = COOKIE.matcher(header);
				if (m.find()) {
					return "VIRTCLASS_LAB=" + m.group(1);
				}
			}
			throw new IOException("the lab page set no VIRTCLASS_LAB cookie (status " + page.statusCode() + ")");
		}

		void runOnce() throws Exception {
			HttpRequest start = request("/api/lab/runs", cookie).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"" + kind + "\"}"))
				.build();
			HttpResponse<String> created = http.send(start, HttpResponse.BodyHandlers.ofString());
			if (created.statusCode() != 201) {
				throw new IOException("POST /api/lab/runs answered " + created.statusCode() + ": "
						+ firstNonNull(field(created.body(), "detail"), created.body()));
			}
			burning = false;
			triedBurning = false;
			synchronized (console) {
				console.setLength(0);
			}
			ended = new CompletableFuture<>();
			runId = field(created.body(), "id");
			state = field(created.body(), "state");
			log("%s: run %s %s", name(), runId, state);
			if (stopping) {
				// created while the shutdown hook was stopping the others: it may have missed this one
				http.send(request("/api/lab/runs/" + runId, cookie).DELETE().build(), HttpResponse.BodyHandlers.discarding());
				return;
			}
			socket = connect();
			// Long polls until the guest is ready (or the run ends); a queued run waits here too.
			while (!stopping && !"RUNNING".equals(state) && !isFinal(state)) {
				refresh(20_000);
			}
			if ("RUNNING".equals(state)) {
				long ready = System.nanoTime();
				long typed = ready;
				while (!stopping && !ended.isDone()) {
					if (!burning && !triedBurning && (allRunning()
							|| System.nanoTime() - ready > TimeUnit.SECONDS.toNanos(holdSeconds))) {
						burn();
					}
					try {
						ended.get(1, TimeUnit.SECONDS);
					}
					catch (java.util.concurrent.TimeoutException ex) {
						if (System.nanoTime() - typed > TimeUnit.SECONDS.toNanos(keepaliveSeconds)) {
							type("\r"); // an empty line: harmless, and it counts as typing for the idle limit
							typed = System.nanoTime();
						}
					}
				}
			}
			if (stopping) {
				return;
			}
			refresh();
			log("%s: run %s ended %s (%s); starting another", name(), runId,
					ended.isDone() ? ended.getNow(state) : state, firstNonNull(lastEndReason, "?"));
			burning = false;
			WebSocket old = socket;
			socket = null;
			if (old != null) {
				old.abort();
			}
			runId = null;
			state = "NONE";
			restarts++;
		}

		volatile String lastEndReason;

		/** Burners are typed once per run. */
		volatile boolean triedBurning;

		void burn() throws Exception {
			triedBurning = true;
			for (int i = 0; i < burners; i++) {
				type("while :; do :; done &\r");
			}
			type(MARK_COMMAND + "\r");
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
			while (!stopping && !ended.isDone() && System.nanoTime() < deadline) {
				synchronized (console) {
					if (console.indexOf(MARK_OUTPUT) >= 0) {
						burning = true;
						log("%s: run %s burning (%d loop(s) in the background)", name(), runId, burners);
						return;
					}
				}
				Thread.sleep(200);
			}
			if (!ended.isDone() && !stopping) {
				log("%s: the shell did not answer within 60 s; the burners may not run", name());
			}
		}

		void type(String keys) {
			WebSocket ws = socket;
			if (ws != null && !ws.isOutputClosed()) {
				ws.sendText(keys, true).join();
			}
		}

		WebSocket connect() {
			String scheme = "https".equals(base.getScheme()) ? "wss" : "ws";
			URI uri = URI.create(scheme + "://" + base.getAuthority() + "/lab/ws/runs/" + runId);
			return http.newWebSocketBuilder()
				.header("Cookie", cookie)
				.header("Origin", base.getScheme() + "://" + base.getAuthority())
				.buildAsync(uri, new Listener())
				.join();
		}

		void refresh() {
			refresh(0);
		}

		void refresh(long waitMs) {
			String id = runId;
			if (id == null) {
				return;
			}
			try {
				HttpResponse<String> r = http.send(
						request("/api/lab/runs/" + id + (waitMs > 0 ? "?waitMs=" + waitMs : ""), cookie).GET().build(),
						HttpResponse.BodyHandlers.ofString());
				if (r.statusCode() == 200 && id.equals(runId)) {
					state = field(r.body(), "state");
					String pos = number(r.body(), "queuePosition");
					queuePosition = (pos != null) ? Integer.parseInt(pos) : 0;
					lastEndReason = field(r.body(), "endReason");
					if (isFinal(state)) {
						ended.complete(state);
					}
				}
				else if (r.statusCode() == 404 && id.equals(runId)) {
					state = "GONE";
					ended.complete(state);
				}
			}
			catch (IOException ex) {
				log("%s: %s", name(), ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

		/** The console socket: output is kept to look for the marker; the run's end completes {@link #ended}. */
		final class Listener implements WebSocket.Listener {

			final StringBuilder text = new StringBuilder();

			@Override
			public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
				byte[] bytes = new byte[data.remaining()];
				data.get(bytes);
				synchronized (console) {
					console.append(new String(bytes, StandardCharsets.UTF_8));
					if (console.length() > 8192) {
						console.delete(0, console.length() - 4096);
					}
				}
				ws.request(1);
				return null;
			}

			@Override
			public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
				text.append(data);
				if (last) {
					String frame = text.toString();
					text.setLength(0);
					if (frame.contains("\"interactive\":false")) {
						log("%s: the server made this terminal read-only; it cannot keep the run busy", name());
					}
					else if (frame.contains("\"input\":\"PAUSED\"")) {
						log("%s: the server paused input (the guest is not reading)", name());
					}
					String closed = field(frame, "closed");
					if (closed != null) {
						ended.complete(closed);
					}
				}
				ws.request(1);
				return null;
			}

			@Override
			public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
				if (!stopping && ws == socket) {
					refresh();
					if (!isFinal(state)) {
						log("%s: console socket closed (%d %s) while the run is %s; reconnecting", name(), status, reason,
								state);
						try {
							socket = connect();
						}
						catch (Exception ex) {
							ended.complete("SOCKET_LOST");
						}
					}
				}
				return null;
			}

			@Override
			public void onError(WebSocket ws, Throwable error) {
				if (!stopping && ws == socket) {
					log("%s: console socket failed: %s", name(), error);
					ended.complete("SOCKET_FAILED");
				}
			}

		}

	}

	/**
	 * Every slot's run is ready. Burners wait for it: the lab's runs share one CPU cap, and a VM that
	 * boots under TCG beside burning containers gets too little of it to be ready in time.
	 */
	static boolean allRunning() {
		return slots.stream().allMatch(s -> "RUNNING".equals(s.state));
	}

	static boolean isFinal(String state) {
		return "FINISHED".equals(state) || "FAILED".equals(state) || "TIMED_OUT".equals(state) || "GONE".equals(state);
	}

	static HttpRequest.Builder request(String path, String cookie) {
		HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path))
			.timeout(Duration.ofSeconds(60))
			.header("Accept", "application/json")
			.header("Accept-Language", "en");
		return (cookie != null) ? b.header("Cookie", cookie) : b;
	}

	static HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
		HttpRequest req = request(path, cookie).header("Accept", "text/html,application/json").GET().build();
		return http.send(req, HttpResponse.BodyHandlers.ofString());
	}

	static String field(String json, String name) {
		if (json == null) {
			return null;
		}
		Matcher m = Pattern.compile(String.format(STRING_FIELD.pattern(), Pattern.quote(name))).matcher(json);
		return m.find() ? m.group(1) : null;
	}

	static String number(String json, String name) {
		Matcher m = Pattern.compile(String.format(NUMBER_FIELD.pattern(), Pattern.quote(name))).matcher(json);
		return m.find() ? m.group(1) : null;
	}

	static String firstNonNull(String a, String b) {
		return (a != null) ? a : b;
	}

	static void sleep(long ms) {
		try {
			Thread.sleep(ms);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static void log(String format, Object... args) {
		System.out.println(LocalTime.now().format(DateTimeFormatter.ISO_LOCAL_TIME).substring(0, 8) + " "
				+ String.format(format, args));
	}

}
