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

/** A test client of the lab's API and console sockets, as one browser (one lab cookie) or none. */
final class LabClient {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final int port;

	private final String cookie;

	LabClient(int port, String cookie) {
		this.port = port;
		this.cookie = cookie;
	}

	static LabClient anonymous(int port) {
		return new LabClient(port, null);
	}

	static LabClient browser(int port) {
		return new LabClient(port, java.util.UUID.randomUUID().toString());
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
		return r.json().get("id").asString();
	}

	JsonNode awaitState(String id, String state, Duration timeout) {
		LabTestSupport.await(timeout, () -> state.equals(state(id)), "run " + id + " is " + state + " (now "
				+ run(id) + ")");
		return run(id);
	}

	/** Opens the run's console socket; everything received is collected. */
	Console console(String id) throws Exception {
		Console console = new Console();
		HttpClient.newHttpClient()
			.newWebSocketBuilder()
			.buildAsync(URI.create("ws://localhost:" + port + "/lab/ws/runs/" + id), console)
			.get(5, TimeUnit.SECONDS);
		return console;
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(30));
		if (cookie != null) {
			b.header("Cookie", "VIRTCLASS_LAB=" + cookie);
		}
		return b;
	}

	private Response send(HttpRequest.Builder builder) {
		try {
			HttpResponse<String> r = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
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
			String text = data.toString();
			if (text.contains("closed")) {
				closedState = text.replaceAll(".*\"closed\":\"([A-Z_]+)\".*", "$1");
			}
			return null;
		}

		void type(String keys) {
			socket.sendText(keys, true).join();
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
