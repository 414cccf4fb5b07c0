package org.virtclass.lab.web;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import org.springframework.http.HttpHeaders;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketExtension;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;

/**
 * A stand-in socket for the lab's socket handlers that records what is sent and how it
 * was closed. A stuck one blocks every send until {@link #release} is counted down, as a
 * peer that reads nothing.
 */
final class RecordingSocket implements WebSocketSession {

	final CountDownLatch release = new CountDownLatch(1);

	/** Counted down when a stuck socket's first send has begun (and waits). */
	final CountDownLatch holding = new CountDownLatch(1);

	volatile CloseStatus closedWith;

	/** Thrown by the next send, once, as a socket that breaks on one frame. */
	volatile RuntimeException failNext;

	private final String id;

	private final URI uri;

	private final boolean stuck;

	private final List<WebSocketMessage<?>> sent = new CopyOnWriteArrayList<>();

	private final Map<String, Object> attributes = new HashMap<>();

	RecordingSocket(String id, String uri, boolean stuck) {
		this.id = id;
		this.uri = URI.create(uri);
		this.stuck = stuck;
	}

	/** Every frame sent, in order. */
	List<WebSocketMessage<?>> sent() {
		return List.copyOf(this.sent);
	}

	/** The text frames sent, in order. */
	List<String> texts() {
		return this.sent.stream()
			.filter((m) -> m instanceof TextMessage)
			.map((m) -> ((TextMessage) m).getPayload())
			.toList();
	}

	/** The binary frames sent, in order, read as UTF-8. */
	List<String> binaries() {
		return this.sent.stream()
			.filter((m) -> m instanceof BinaryMessage)
			.map((m) -> StandardCharsets.UTF_8.decode(((BinaryMessage) m).getPayload().duplicate()).toString())
			.toList();
	}

	/** How many bytes of binary frames were sent. */
	long binaryBytes() {
		return this.sent.stream()
			.filter((m) -> !(m instanceof TextMessage))
			.mapToLong(WebSocketMessage::getPayloadLength)
			.sum();
	}

	@Override
	public void sendMessage(WebSocketMessage<?> message) {
		if (this.stuck) {
			this.holding.countDown();
			try {
				this.release.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		RuntimeException failure = this.failNext;
		if (failure != null) {
			this.failNext = null;
			throw failure;
		}
		this.sent.add(message);
	}

	@Override
	public void close(CloseStatus status) {
		this.closedWith = status;
	}

	@Override
	public void close() {
		close(CloseStatus.NORMAL);
	}

	@Override
	public boolean isOpen() {
		return this.closedWith == null;
	}

	@Override
	public String getId() {
		return this.id;
	}

	@Override
	public URI getUri() {
		return this.uri;
	}

	@Override
	public HttpHeaders getHandshakeHeaders() {
		return new HttpHeaders();
	}

	@Override
	public Map<String, Object> getAttributes() {
		return this.attributes;
	}

	@Override
	public Principal getPrincipal() {
		return null;
	}

	@Override
	public InetSocketAddress getLocalAddress() {
		return null;
	}

	@Override
	public InetSocketAddress getRemoteAddress() {
		return null;
	}

	@Override
	public String getAcceptedProtocol() {
		return null;
	}

	@Override
	public void setTextMessageSizeLimit(int messageSizeLimit) {
	}

	@Override
	public int getTextMessageSizeLimit() {
		return 0;
	}

	@Override
	public void setBinaryMessageSizeLimit(int messageSizeLimit) {
	}

	@Override
	public int getBinaryMessageSizeLimit() {
		return 0;
	}

	@Override
	public List<WebSocketExtension> getExtensions() {
		return List.of();
	}

}
