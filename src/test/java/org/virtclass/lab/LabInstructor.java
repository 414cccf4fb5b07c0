package org.virtclass.lab;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The instructor of the lab tests, signed in through the login form like a browser
 * (session cookie, CSRF tokens from the pages), and the class demo's screens: the
 * instructor's and viewers' sockets.
 */
final class LabInstructor {

	static final String NAME = "labteacher";

	static final String PASSWORD = "lab-teacher-password-1";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	/**
	 * One client for every demo socket of the tests: a hundred sockets need not mean a
	 * hundred threads.
	 */
	private static final HttpClient SOCKETS = HttpClient.newHttpClient();

	private final int port;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http;

	private LabInstructor(int port) {
		this.port = port;
		this.http = HttpClient.newBuilder()
			.cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	static LabInstructor signIn(int port) {
		LabInstructor teacher = new LabInstructor(port);
		HttpResponse<String> done = teacher.postForm("/login", "/login",
				Map.of("username", NAME, "password", PASSWORD));
		if (done.statusCode() != 302 || done.headers().firstValue("Location").orElse("").contains("error")) {
			throw new AssertionError(
					"The instructor could not sign in: " + done.statusCode() + " " + done.headers().map());
		}
		return teacher;
	}

	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET());
	}

	/**
	 * Posts a form of the page at {@code page} with that page's CSRF token, as the
	 * browser would.
	 */
	HttpResponse<String> postForm(String page, String action, Map<String, String> fields) {
		Matcher token = CSRF.matcher(get(page).body());
		if (!token.find()) {
			throw new AssertionError("No CSRF token on " + page);
		}
		String body = fields.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&", "_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8) + "&",
					""));
		return send(HttpRequest.newBuilder(uri(action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/**
	 * The instructor's screen of the demo: it carries the session cookie, so it may type.
	 */
	Screen screen(String code) throws Exception {
		String cookie = cookies.getCookieStore()
			.get(URI.create("http://localhost:" + port + "/"))
			.stream()
			.map(HttpCookie::toString)
			.collect(Collectors.joining("; "));
		return Screen.open(port, code, cookie);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * One screen of the class demo: it keeps each console's bytes apart, and the server's
	 * notices.
	 */
	static final class Screen implements WebSocket.Listener {

		private final ByteArrayOutputStream vm = new ByteArrayOutputStream();

		private final ByteArrayOutputStream container = new ByteArrayOutputStream();

		private final StringBuffer notices = new StringBuffer();

		/** A text frame's parts so far; only the client's reading thread touches it. */
		private final StringBuilder partialText = new StringBuilder();

		private ByteArrayOutputStream current;

		private volatile WebSocket socket;

		private volatile int closeCode;

		/** A viewer: no cookie. */
		static Screen viewer(int port, String code) throws Exception {
			return open(port, code, null);
		}

		static java.util.concurrent.CompletableFuture<Screen> viewerAsync(int port, String code) {
			Screen screen = new Screen();
			return SOCKETS.newWebSocketBuilder()
				.connectTimeout(Duration.ofSeconds(30))
				.buildAsync(URI.create("ws://localhost:" + port + "/lab/ws/demo/" + code), screen)
				.thenApply((ws) -> {
					screen.socket = ws;
					return screen;
				});
		}

		static Screen open(int port, String code, String cookie) throws Exception {
			Screen screen = new Screen();
			WebSocket.Builder builder = SOCKETS.newWebSocketBuilder();
			if (cookie != null && !cookie.isEmpty()) {
				builder.header("Cookie", cookie);
			}
			screen.socket = builder.buildAsync(URI.create("ws://localhost:" + port + "/lab/ws/demo/" + code), screen)
				.get(30, TimeUnit.SECONDS);
			return screen;
		}

		@Override
		public void onOpen(WebSocket webSocket) {
			socket = webSocket;
			webSocket.request(Long.MAX_VALUE);
		}

		@Override
		public synchronized CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
			if (current == null && data.hasRemaining()) {
				current = (data.get() == 0) ? vm : container;
			}
			byte[] bytes = new byte[data.remaining()];
			data.get(bytes);
			if (current != null) {
				current.write(bytes, 0, bytes.length);
			}
			if (last) {
				current = null;
			}
			return null;
		}

		@Override
		public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			// A frame that straddles two reads from the network arrives in parts.
			partialText.append(data);
			if (last) {
				notices.append(partialText).append('\n');
				partialText.setLength(0);
			}
			return null;
		}

		@Override
		public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
			closeCode = statusCode;
			return null;
		}

		/** Sends a text frame as it is: a letter naming the console, then the keys. */
		void send(String frame) {
			socket.sendText(frame, true).join();
		}

		synchronized String vm() {
			return vm.toString(StandardCharsets.UTF_8);
		}

		synchronized String container() {
			return container.toString(StandardCharsets.UTF_8);
		}

		String notices() {
			return notices.toString();
		}

		/** The last viewer count the server told this screen, or -1. */
		int lastViewerCount() {
			Matcher m = Pattern.compile("\\{\"viewers\":(\\d+)\\}").matcher(notices);
			int last = -1;
			while (m.find()) {
				last = Integer.parseInt(m.group(1));
			}
			return last;
		}

		int closeCode() {
			return closeCode;
		}

		void close() {
			WebSocket s = socket;
			if (s != null && !s.isOutputClosed()) {
				s.sendClose(WebSocket.NORMAL_CLOSURE, "").join();
			}
		}

	}

}
