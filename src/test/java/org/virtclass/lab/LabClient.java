package org.virtclass.lab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.CloseReason;
import jakarta.websocket.ContainerProvider;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import jakarta.websocket.WebSocketContainer;

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
	private static final WebSocketContainer SOCKETS = ContainerProvider.getWebSocketContainer();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final int port;

	private volatile String cookie;

	private final String forwardedFor;

	private final List<String> started = new java.util.concurrent.CopyOnWriteArrayList<>();

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
		String sent = this.cookie;
		ClientEndpointConfig config = ClientEndpointConfig.Builder.create()
			.configurator(new ClientEndpointConfig.Configurator() {

				@Override
				public void beforeRequest(Map<String, List<String>> headers) {
					if (sent != null) {
						headers.put("Cookie", List.of(LabClientCookie.NAME + "=" + sent));
					}
				}

			})
			.build();
		SOCKETS.connectToServer(console, config, URI.create("ws://localhost:" + this.port + "/lab/ws/runs/" + id));
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

	/**
	 * A console socket that collects what the run prints. It is Tomcat's WebSocket client
	 * (JSR 356), not the JDK's: under load, in a few runs of fifty, the JDK's client
	 * handed one of the flood test's hundred sockets its output but none of its text
	 * frames, while the server's outlet for that socket had sent them all
	 * (bench/README.md, "Session 13" and "Session 14").
	 */
	static final class Console extends Endpoint {

		private final StringBuffer received = new StringBuffer();

		private final StringBuffer notices = new StringBuffer();

		/** A text frame's parts so far; only the socket's reading thread touches it. */
		private final StringBuilder partialText = new StringBuilder();

		/**
		 * Decodes the output frames' UTF-8, keeping a character that straddles two parts
		 * for the next; only the socket's reading thread touches it.
		 */
		private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE);

		private ByteBuffer undecoded = ByteBuffer.allocate(0);

		private volatile Session session;

		private volatile String closedState;

		private volatile boolean closing;

		private volatile boolean closedByServer;

		private volatile int closeCode;

		/** Why the connection broke without a closing handshake, if it did. */
		private volatile Throwable lost;

		@Override
		public void onOpen(Session session, EndpointConfig config) {
			this.session = session;
			session.addMessageHandler(String.class, (MessageHandler.Partial<String>) this::onText);
			session.addMessageHandler(ByteBuffer.class, (MessageHandler.Partial<ByteBuffer>) this::onBinary);
		}

		private void onBinary(ByteBuffer part, boolean last) {
			ByteBuffer in = ByteBuffer.allocate(this.undecoded.remaining() + part.remaining());
			in.put(this.undecoded).put(part).flip();
			CharBuffer out = CharBuffer.allocate(in.remaining());
			this.decoder.decode(in, out, false);
			this.received.append(out.flip());
			this.undecoded = ByteBuffer.allocate(in.remaining()).put(in).flip();
		}

		private void onText(String part, boolean last) {
			this.partialText.append(part);
			if (!last) {
				return;
			}
			String text = this.partialText.toString();
			this.partialText.setLength(0);
			this.notices.append(text).append('\n');
			if (text.contains("closed")) {
				this.closedState = text.replaceAll(".*\"closed\":\"([A-Z_]+)\".*", "$1");
			}
		}

		@Override
		public void onClose(Session session, CloseReason reason) {
			this.closeCode = reason.getCloseCode().getCode();
			if (!this.closing && this.lost == null) {
				this.closedByServer = true;
			}
		}

		@Override
		public void onError(Session session, Throwable error) {
			this.lost = error;
		}

		synchronized void type(String keys) {
			try {
				this.session.getBasicRemote().sendText(keys);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		/**
		 * Tells the server this terminal's size, as the lab page does on connecting and
		 * resizing.
		 */
		synchronized void resize(int rows, int cols) {
			try {
				this.session.getBasicRemote()
					.sendBinary(ByteBuffer
						.wrap(("{\"rows\":" + rows + ",\"cols\":" + cols + "}").getBytes(StandardCharsets.UTF_8)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		/** The JSON text frames the server sent, one a line. */
		String notices() {
			return this.notices.toString();
		}

		/**
		 * Whether the server ended this socket: with a closing handshake, or by dropping
		 * the connection (as Tomcat does when a send to it times out).
		 */
		boolean endedByServer() {
			return this.closedByServer || this.lost != null;
		}

		/** What became of this socket, for a failure message. */
		String describe() {
			String notices = notices().strip().replace('\n', ' ');
			return "notices [" + notices + "], " + this.received.length() + " characters of output"
					+ (this.closedByServer ? ", closed with " + this.closeCode : "")
					+ ((this.lost != null) ? ", lost: " + this.lost : "");
		}

		int closeCode() {
			return this.closeCode;
		}

		String text() {
			return this.received.toString();
		}

		String closedState() {
			return this.closedState;
		}

		synchronized void close() {
			this.closing = true;
			try {
				this.session.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
