package org.virtclass.lab.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.adapter.NativeWebSocketSession;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;

import org.virtclass.lab.LabService.Input;

/**
 * What one terminal's socket still has to send. The run's reader thread (and a request
 * thread, for a reply) only queue here and return; one task at a time on the shared
 * sender pool writes to the socket. A viewer whose unsent output passes
 * {@link #MAX_BUFFERED} bytes is dropped with {@link #TOO_SLOW}: one slow network never
 * holds up the run or the other viewers. Output that queued up while the socket was busy
 * leaves as one frame (up to {@link #MAX_FRAME} bytes), not as many small ones: a console
 * that echoes key by key costs a watcher one write per batch, not one per key. Where each
 * frame's first byte names the console it comes from ({@link Framing#TAGGED}, the class
 * demo's two consoles on one socket), only frames of the same console are joined, under
 * that one byte. A reply to typed keys ({@link #replyTo}) leaves ahead of the output
 * still waiting: a student typing into a terminal that only watches learns it at once,
 * not after the backlog of a busy console.
 */
final class ConsoleOutlet {

	static final int MAX_BUFFERED = 256 * 1024;

	/** The most output bytes joined into one frame. */
	static final int MAX_FRAME = 32 * 1024;

	static final CloseStatus TOO_SLOW = new CloseStatus(4408, "Too slow for the console");

	private static final Logger log = LoggerFactory.getLogger(ConsoleOutlet.class);

	/** What a binary frame is, which decides which queued frames may become one. */
	enum Framing {

		/** A piece of one console's output: any run of them is one piece. */
		STREAM(0),

		/** One byte naming the console, then a piece of its output. */
		TAGGED(1);

		private final int tagBytes;

		Framing(int tagBytes) {
			this.tagBytes = tagBytes;
		}

	}

	private final WebSocketSession session;

	private final Executor sender;

	private final int tagBytes;

	private final Deque<WebSocketMessage<?>> queue = new ArrayDeque<>();

	/**
	 * Replies to typed keys ({@link #replyTo}), sent before anything in {@link #queue}.
	 */
	private final Deque<TextMessage> replies = new ArrayDeque<>();

	private int buffered;

	private boolean draining;

	private boolean dropped;

	private int textsSent;

	private int repliesSent;

	private int outputSent;

	private int failedSends;

	private String lastFailure;

	/** The last refusal told to the browser; typed keys come one frame at a time. */
	private volatile Input lastRefusal;

	/** How long Tomcat may block one send to a socket that takes nothing. */
	private static final long SEND_TIMEOUT_MS = 5000;

	/** The threads that write to the sockets of one kind of console, named after it. */
	static ExecutorService senders(String name) {
		AtomicInteger counter = new AtomicInteger();
		return Executors.newCachedThreadPool((r) -> {
			Thread t = new Thread(r, name + "-" + counter.incrementAndGet());
			t.setDaemon(true);
			return t;
		});
	}

	/**
	 * An outlet for a newly opened socket, whose blocking sends Tomcat gives up after a
	 * while.
	 */
	static ConsoleOutlet open(WebSocketSession session, Executor sender, Framing framing) {
		jakarta.websocket.Session nativeSession = (session instanceof NativeWebSocketSession n)
				? n.getNativeSession(jakarta.websocket.Session.class) : null;
		if (nativeSession != null) {
			nativeSession.getUserProperties().put("org.apache.tomcat.websocket.BLOCKING_SEND_TIMEOUT", SEND_TIMEOUT_MS);
		}
		return new ConsoleOutlet(session, sender, framing);
	}

	ConsoleOutlet(WebSocketSession session, Executor sender, Framing framing) {
		this.session = session;
		this.sender = sender;
		this.tagBytes = framing.tagBytes;
	}

	/** Queues a frame behind everything queued before it. Never blocks. */
	void send(WebSocketMessage<?> message) {
		enqueue(message, queue);
	}

	/**
	 * Tells the browser what became of the keys it sent, when that changed: the first
	 * refusal of a kind ({@code {"input":"PAUSED"}} or {@code "READ_ONLY"}), and
	 * {@code "ACCEPTED"} once keys go through again after one, so that a flood gets one
	 * notice, not one per frame. The reply is queued ahead of the output still waiting,
	 * behind earlier replies only. Never blocks.
	 */
	void replyTo(Input result) {
		Input before = lastRefusal;
		if (result == Input.PAUSED || result == Input.READ_ONLY) {
			lastRefusal = result;
			if (before == result) {
				return;
			}
		}
		else if (result == Input.ACCEPTED && before != null) {
			lastRefusal = null;
		}
		else {
			return;
		}
		enqueue(new TextMessage("{\"input\":\"" + result + "\"}"), replies);
	}

	private <M extends WebSocketMessage<?>> void enqueue(M message, Deque<M> into) {
		synchronized (this) {
			if (dropped) {
				return;
			}
			if (buffered + message.getPayloadLength() > MAX_BUFFERED) {
				dropped = true;
				queue.clear();
				replies.clear();
				sender.execute(this::closeTooSlow);
				return;
			}
			into.addLast(message);
			buffered += message.getPayloadLength();
			if (draining) {
				return;
			}
			draining = true;
		}
		sender.execute(this::drain);
	}

	synchronized boolean isDropped() {
		return dropped;
	}

	private void drain() {
		while (true) {
			WebSocketMessage<?> next;
			boolean reply;
			synchronized (this) {
				reply = !replies.isEmpty();
				next = reply ? replies.pollFirst() : queue.pollFirst();
				if (next == null || dropped) {
					draining = false;
					return;
				}
				buffered -= next.getPayloadLength();
				if (next instanceof BinaryMessage first && queue.peekFirst() instanceof BinaryMessage) {
					next = joinOutput(first);
				}
			}
			sendNow(next, reply);
		}
	}

	/**
	 * Sends one frame and counts it. A frame that cannot be sent is lost, never the
	 * outlet: whatever the socket throws, the frames behind it still go (a thread that
	 * died here would leave this terminal silent for good).
	 */
	private void sendNow(WebSocketMessage<?> message, boolean reply) {
		String failure = null;
		try {
			if (session.isOpen()) {
				session.sendMessage(message);
			}
			else {
				failure = "the socket is closed";
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the connection went away or is closing: expected now and then
			failure = ex.toString();
		}
		catch (RuntimeException ex) {
			failure = ex.toString();
			log.warn("A console frame could not be sent; the frames behind it still go", ex);
		}
		synchronized (this) {
			if (failure == null) {
				if (message instanceof TextMessage) {
					textsSent++;
					repliesSent += reply ? 1 : 0;
				}
				else {
					outputSent++;
				}
				return;
			}
			failedSends++;
			lastFailure = failure;
		}
		log.debug("Console frame not delivered: {}", failure);
	}

	/** What this outlet has sent and what waits, for diagnostics and tests. */
	synchronized Report report() {
		return new Report(textsSent, repliesSent, outputSent, failedSends, lastFailure, queue.size() + replies.size(),
				buffered, draining, dropped);
	}

	/**
	 * An outlet's counts: text frames sent (of them, replies to typed keys), output
	 * frames sent, frames that could not be sent and the last reason, and what still
	 * waits.
	 */
	record Report(int textsSent, int repliesSent, int outputSent, int failedSends, String lastFailure, int queued,
			int bufferedBytes, boolean draining, boolean dropped) {

		@Override
		public String toString() {
			return "texts sent " + textsSent + " (replies " + repliesSent + "), output frames " + outputSent
					+ ", not delivered " + failedSends + ((lastFailure != null) ? " (last: " + lastFailure + ")" : "")
					+ ", waiting " + queued + " (" + bufferedBytes + " bytes)" + (draining ? ", sending" : "")
					+ (dropped ? ", dropped" : "");
		}

	}

	/**
	 * The first output frame and the output frames of the same console queued right
	 * behind it, as one frame of at most {@link #MAX_FRAME} bytes; the first frame itself
	 * when none can join it. Called holding this outlet's lock.
	 */
	private BinaryMessage joinOutput(BinaryMessage first) {
		ByteBuffer tag = tag(first);
		ByteArrayOutputStream joined = null;
		int size = first.getPayloadLength();
		while (queue.peekFirst() instanceof BinaryMessage more && tag != null && tag.equals(tag(more))
				&& size + more.getPayloadLength() - tagBytes <= MAX_FRAME) {
			queue.pollFirst();
			buffered -= more.getPayloadLength();
			if (joined == null) {
				joined = new ByteArrayOutputStream();
				append(joined, first, 0);
			}
			append(joined, more, tagBytes);
			size = joined.size();
		}
		return (joined == null) ? first : new BinaryMessage(joined.toByteArray());
	}

	/**
	 * The bytes that name a frame's console (none for a stream), or null if it is
	 * shorter.
	 */
	private ByteBuffer tag(BinaryMessage message) {
		ByteBuffer payload = message.getPayload().duplicate();
		return (payload.remaining() < tagBytes) ? null : payload.limit(payload.position() + tagBytes);
	}

	private static void append(ByteArrayOutputStream out, BinaryMessage message, int skip) {
		ByteBuffer payload = message.getPayload().duplicate();
		payload.position(payload.position() + skip);
		byte[] bytes = new byte[payload.remaining()];
		payload.get(bytes);
		out.writeBytes(bytes);
	}

	private void closeTooSlow() {
		log.info("Dropping a console viewer that fell {} bytes behind", MAX_BUFFERED);
		try {
			session.close(TOO_SLOW);
		}
		catch (IOException | IllegalStateException ex) {
			log.debug("Closing a slow console viewer: {}", ex.getMessage());
		}
	}

}
