package org.virtclass.lab;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A test client of the lab's API and console sockets, as one browser: it keeps the lab
 * cookie the server issues, like a browser does. It can also send a cookie it made up,
 * and claim an address with {@code X-Forwarded-For} (believed only when the server trusts
 * the connection as a proxy).
 */
final class LabClient {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * One client for every console socket of the tests: hundreds of sockets need not mean
	 * hundreds of threads.
	 */
	private static final HttpClient SOCKETS = HttpClient.newHttpClient();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final int port;

	private volatile String cookie;

	private final String forwardedFor;

	private final java.util.List<String> started = new java.util.concurrent.CopyOnWriteArrayList<>();

	LabClient(int port, String cookie, String forwardedFor) {
		this.port = port;
		this.cookie = cookie;
		this.forwardedFor = forwardedFor;
	}

	/**
	 * A client that has no lab cookie yet; it keeps the one the server issues with its
	 * first answer.
	 */
	static LabClient anonymous(int port) {
		return new LabClient(port, null, null);
	}

	/** A browser that opened the lab page and got its cookie there. */
	static LabClient browser(int port) {
		LabClient client = new LabClient(port, null, null);
		client.get("/lab");
		if (client.cookie == null) {
			throw new AssertionError("GET /lab issued no lab cookie");
		}
		return client;
	}

	/** A client that sends a lab cookie it made up. */
	static LabClient forged(int port, String cookie, String forwardedFor) {
		return new LabClient(port, cookie, forwardedFor);
	}

	/** A client without a cookie whose proxy forwards {@code address}. */
	static LabClient behindProxy(int port, String address) {
		return new LabClient(port, null, address);
	}

	String cookie() {
		return cookie;
	}

	/** Remembers a run this client started, for {@link #stopAll()}. */
	String track(String runId) {
		started.add(runId);
		return runId;
	}

	/** Stops every run this client started or tracked. */
	void stopAll() {
		started.forEach((id) -> delete("/api/lab/runs/" + id));
	}

	Response get(String path) {
		return send(request(path).GET());
	}

	Response post(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	Response delete(String path) {
		return send(request(path).DELETE());
	}

	JsonNode run(String id) {
		return get("/api/lab/runs/" + id).json();
	}

	String state(String id) {
		return run(id).get("state").asString();
	}

	/** Starts a run and returns its id, failing unless the API accepted it. */
	String start(String kind) {
		Response r = post("/api/lab/runs", "{\"kind\":\"" + kind + "\"}");
		if (r.status() != 201) {
			throw new AssertionError("POST /api/lab/runs " + kind + " answered " + r.status() + ": " + r.body());
		}
		return track(r.json().get("id").asString());
	}

	JsonNode awaitState(String id, String state, Duration timeout) {
		LabTestSupport.await(timeout, () -> state.equals(state(id)),
				"run " + id + " is " + state + " (now " + run(id) + ")");
		return run(id);
	}

	/** Opens the run's console socket; everything received is collected. */
	Console console(String id) throws Exception {
		Console console = new Console();
		WebSocket.Builder builder = SOCKETS.newWebSocketBuilder();
		if (cookie != null) {
			builder.header("Cookie", LabClientCookie.NAME + "=" + cookie);
		}
		builder.buildAsync(URI.create("ws://localhost:" + port + "/lab/ws/runs/" + id), console)
			.get(5, TimeUnit.SECONDS);
		return console;
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(30));
		if (cookie != null) {
			b.header("Cookie", LabClientCookie.NAME + "=" + cookie);
		}
		if (forwardedFor != null) {
			b.header("X-Forwarded-For", forwardedFor);
		}
		return b;
	}

	private Response send(HttpRequest.Builder builder) {
		try {
			HttpResponse<String> r = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
			for (String setCookie : r.headers().allValues("Set-Cookie")) {
				if (setCookie.startsWith(LabClientCookie.NAME + "=")) {
					cookie = setCookie.substring(LabClientCookie.NAME.length() + 1).split(";", 2)[0];
				}
			}
			return new Response(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	record Response(int status, String body, String contentType) {

		JsonNode json() {
			return JSON.readTree(body);
		}

	}

	/** A console socket that collects what the run prints. */
	static final class Console implements WebSocket.Listener {

		private final StringBuffer received = new StringBuffer();

		private volatile WebSocket socket;

		private volatile String closedState;

		private final StringBuffer notices = new StringBuffer();

		/** A text frame's parts so far; only the client's reading thread touches it. */
		private final StringBuilder partialText = new StringBuilder();

		private volatile boolean closedByServer;

		private volatile int closeCode;

		/** Why the connection broke without a closing handshake, if it did. */
		private volatile Throwable lost;

		@Override
		public void onOpen(WebSocket webSocket) {
			socket = webSocket;
			webSocket.request(Long.MAX_VALUE);
		}

		@Override
		public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
			received.append(StandardCharsets.UTF_8.decode(data));
			return null;
		}

		@Override
		public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			// A frame that straddles two reads from the network arrives in parts.
			partialText.append(data);
			if (!last) {
				return null;
			}
			String text = partialText.toString();
			partialText.setLength(0);
			notices.append(text).append('\n');
			if (text.contains("closed")) {
				closedState = text.replaceAll(".*\"closed\":\"([A-Z_]+)\".*", "$1");
			}
			return null;
		}

		@Override
		public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
			closeCode = statusCode;
			closedByServer = true;
			return null;
		}

		@Override
		public void onError(WebSocket webSocket, Throwable error) {
			lost = error;
		}

		void type(String keys) {
			socket.sendText(keys, true).join();
		}

		/**
		 * Tells the server this terminal's size, as the lab page does on connecting and
		 * resizing.
		 */
		void resize(int rows, int cols) {
			socket
				.sendBinary(
						ByteBuffer
							.wrap(("{\"rows\":" + rows + ",\"cols\":" + cols + "}").getBytes(StandardCharsets.UTF_8)),
						true)
				.join();
		}

		/** The JSON text frames the server sent, one a line. */
		String notices() {
			return notices.toString();
		}

		boolean closedByServer() {
			return closedByServer;
		}

		/**
		 * Whether the server ended this socket: with a closing handshake, or by dropping
		 * the connection (as Tomcat does when a send to it times out).
		 */
		boolean endedByServer() {
			return closedByServer || lost != null;
		}

		/** What became of this socket, for a failure message. */
		String describe() {
			String notices = notices().strip().replace('\n', ' ');
			return "notices [" + notices + "], " + received.length() + " characters of output"
					+ (closedByServer ? ", closed with " + closeCode : "") + ((lost != null) ? ", lost: " + lost : "");
		}

		int closeCode() {
			return closeCode;
		}

		String text() {
			return received.toString();
		}

		String closedState() {
			return closedState;
		}

		void close() {
			socket.sendClose(WebSocket.NORMAL_CLOSURE, "").join();
		}

	}

}
