package org.virtclass.system;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Requests the app makes to its own HTTP port while it starts: the quiz's warm-up class
 * and the training start's tour of the pages. They are plain {@link HttpURLConnection}s:
 * {@code java.net.http.HttpClient} initialises the JVM's TLS context (and parses its
 * trust store) even for a loopback address, and whatever such a start loads goes into the
 * ahead-of-time cache that {@code scripts/run} records from it, to be loaded on every
 * later start (about 550 classes; bench/README.md, "Session 13").
 */
public final class SelfRequests {

	private static final int CONNECT_TIMEOUT_MS = (int) Duration.ofSeconds(10).toMillis();

	private static final int READ_TIMEOUT_MS = (int) Duration.ofSeconds(30).toMillis();

	private SelfRequests() {
	}

	/** A connection to the URI, not yet sent: 10 s to connect, 30 s for each read. */
	public static HttpURLConnection open(URI uri) throws IOException {
		HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
		connection.setConnectTimeout(CONNECT_TIMEOUT_MS);
		connection.setReadTimeout(READ_TIMEOUT_MS);
		return connection;
	}

	/**
	 * Sends the request if it is not sent yet and reads the answer whole, an error's too,
	 * so that the connection goes back to the JDK's keep-alive cache for the next
	 * request.
	 */
	public static Answer read(HttpURLConnection connection) throws IOException {
		int status = connection.getResponseCode();
		try (InputStream in = (status >= 400) ? connection.getErrorStream() : connection.getInputStream()) {
			return new Answer(status, (in != null) ? in.readAllBytes() : new byte[0]);
		}
	}

	/** An answer's status and its body as sent (compressed, if it was). */
	public record Answer(int status, byte[] body) {

		/** The body as UTF-8 text. */
		public String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

	}

}
