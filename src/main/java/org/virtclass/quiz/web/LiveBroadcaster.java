package org.virtclass.quiz.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter.DataWithMediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.virtclass.quiz.LiveSessionException;
import org.virtclass.quiz.domain.LiveSessionChanged;
import org.virtclass.quiz.domain.LiveSessions;

/**
 * Pushes live sessions over server-sent events: the snapshot to projectors, and to each
 * phone its own player state. Phones hear only of phase changes (a question opens, closes
 * or is revealed; the end; their removal), never of an answer, so a class answering costs
 * the class no push traffic; a phone learns that its own answer counted from the answer's
 * 201.
 * <p>
 * A phase change goes out at once, not at the next tick: phones switch when the teacher
 * clicks or the time runs out, and the fan-out to the whole class is over before the
 * class reacts to it. Measured with 300 phones, a fan-out that waited up to a tick landed
 * in the middle of the class fetching the question and answering it, and made most of the
 * push-on answer p99 (bench/README.md). Answers and joins only move the projector's
 * count, so they mark the session and one thread sends each marked projector at most
 * every {@value #PERIOD_MS} ms: three hundred answers in a second are five pushes.
 * <p>
 * Each message is serialised once, off the socket path: a projector snapshot once for all
 * the session's projectors, a phone's state once per phone. No thread waits per
 * connection: the emitters are async requests. Each connection has a one-slot mailbox
 * that keeps only the newest message (a state supersedes the one before it), and a small
 * pool of sender threads writes the mailboxes out, holding no lock of ours, so a phone
 * that reads slowly holds back no other phone and no queue grows for it; a write that
 * fails drops the connection and the phone reconnects or polls.
 */
@Component
class LiveBroadcaster implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(LiveBroadcaster.class);

	static final long PERIOD_MS = 200;

	private static final long HEARTBEAT_MS = 15_000;

	private static final long TIMEOUT_MS = 60 * 60 * 1000;

	private static final int SENDERS = 2;

	/** SseEmitter's own type for the text of an event. */
	private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

	private static final String KEEP_ALIVE = ":keep-alive\n\n";

	private final LiveSessions sessions;

	private final JsonMapper json;

	private final Map<String, Channel> channels = new ConcurrentHashMap<>();

	/** Sessions whose projectors wait for the next tick (an answer or a join). */
	private final Map<String, Boolean> dirty = new ConcurrentHashMap<>();

	/** Sessions with a phase fan-out queued and not yet begun. */
	private final Map<String, Boolean> phaseDirty = new ConcurrentHashMap<>();

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor((r) -> {
		Thread t = new Thread(r, "quiz-broadcaster");
		t.setDaemon(true);
		return t;
	});

	private final ExecutorService senders;

	private volatile long lastHeartbeat = System.currentTimeMillis();

	LiveBroadcaster(LiveSessions sessions, JsonMapper json) {
		this.sessions = sessions;
		this.json = json;
		AtomicInteger n = new AtomicInteger();
		this.senders = Executors.newFixedThreadPool(SENDERS, (r) -> {
			Thread t = new Thread(r, "quiz-push-" + n.incrementAndGet());
			t.setDaemon(true);
			return t;
		});
		this.timer.scheduleWithFixedDelay(this::flush, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
	}

	/** A new projector connection; it gets the current snapshot at once. */
	SseEmitter projector(String sessionCode) {
		String code = normalize(sessionCode);
		Object first = this.sessions.snapshot(code);
		Connection connection = new Connection(new SseEmitter(TIMEOUT_MS), null);
		Channel channel = channel(code);
		channel.projectors.add(connection);
		connection.onEnd(() -> channel.projectors.remove(connection));
		offer(connection, frame("snapshot", first));
		return connection.emitter;
	}

	/**
	 * A new phone connection for a player token; it gets the player's state at once. A
	 * token has one connection: a newer one (the phone reconnected) ends the older, so a
	 * session holds at most one connection per player.
	 */
	SseEmitter player(String sessionCode, String token) {
		String code = normalize(sessionCode);
		Object first = this.sessions.state(code, token); // refuses a token that is not a
															// player of this session
		Connection connection = new Connection(new SseEmitter(TIMEOUT_MS), token.strip());
		Channel channel = channel(code);
		Connection before = channel.phones.put(connection.token, connection);
		if (before != null) {
			before.end();
		}
		connection.onEnd(() -> channel.phones.remove(connection.token, connection));
		offer(connection, frame("state", first));
		return connection.emitter;
	}

	/**
	 * Connections held open now, projectors and phones together (for tests and the
	 * benchmark's check).
	 */
	int connections(String sessionCode) {
		Channel channel = this.channels.get(normalize(sessionCode));
		return (channel != null) ? channel.projectors.size() + channel.phones.size() : 0;
	}

	@EventListener
	void changed(LiveSessionChanged event) {
		String code = event.code();
		if (!this.channels.containsKey(code)) {
			return;
		}
		if (!event.phase()) {
			this.dirty.put(code, Boolean.TRUE);
		}
		else if (this.phaseDirty.putIfAbsent(code, Boolean.TRUE) == null) {
			// one fan-out queued per session: changes that come before it begins ride
			// along
			try {
				this.senders.execute(() -> fanOut(code));
			}
			catch (RejectedExecutionException ex) {
				this.phaseDirty.remove(code);
			}
		}
	}

	private Channel channel(String code) {
		return this.channels.computeIfAbsent(code, (c) -> new Channel());
	}

	/**
	 * A phase change: every connection of the session gets the state read now. The mark
	 * drops before the read, so a change after the read queues another fan-out.
	 */
	private void fanOut(String code) {
		try {
			this.phaseDirty.remove(code);
			this.dirty.remove(code);
			Channel channel = this.channels.get(code);
			if (channel == null) {
				return;
			}
			sendProjectors(code, channel);
			channel.phones.values().forEach((c) -> offer(c, playerFrame(code, c)));
		}
		catch (RuntimeException ex) {
			log.warn("Could not push a live-session change", ex);
		}
	}

	private void sendProjectors(String code, Channel channel) {
		if (!channel.projectors.isEmpty()) {
			String frame = frame("snapshot", this.sessions.snapshot(code));
			channel.projectors.forEach((c) -> offer(c, frame));
		}
	}

	private void flush() {
		try {
			for (String code : this.dirty.keySet()) {
				this.dirty.remove(code);
				Channel channel = this.channels.get(code);
				if (channel != null) {
					sendProjectors(code, channel);
				}
			}
			long now = System.currentTimeMillis();
			if (now - this.lastHeartbeat > HEARTBEAT_MS) {
				this.lastHeartbeat = now;
				this.channels.forEach((code, channel) -> {
					channel.projectors.forEach(this::heartbeat);
					channel.phones.values().forEach(this::heartbeat);
					if (channel.projectors.isEmpty() && channel.phones.isEmpty()) {
						this.channels.remove(code, channel);
					}
				});
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not push a live-session update", ex);
		}
	}

	private String playerFrame(String code, Connection connection) {
		try {
			return frame("state", this.sessions.state(code, connection.token));
		}
		catch (LiveSessionException ex) {
			// the teacher removed this player: the phone reloads and lands on the join
			// page
			return "event:gone\ndata:" + ex.error().name() + "\n\n";
		}
	}

	/**
	 * One whole event as the stream carries it. Compact JSON holds no line break, so it
	 * is one data line.
	 */
	private String frame(String name, Object payload) {
		return "event:" + name + "\ndata:" + this.json.writeValueAsString(payload) + "\n\n";
	}

	private void heartbeat(Connection connection) {
		// only into an empty mailbox: a comment must never replace a state the phone has
		// not had yet
		if (connection.pending.compareAndSet(null, KEEP_ALIVE)) {
			schedule(connection);
		}
	}

	private void offer(Connection connection, String frame) {
		connection.pending.set(frame);
		schedule(connection);
	}

	private void schedule(Connection connection) {
		if (connection.scheduled.compareAndSet(false, true)) {
			try {
				this.senders.execute(() -> drain(connection));
			}
			catch (RejectedExecutionException ex) {
				connection.scheduled.set(false);
			}
		}
	}

	private void drain(Connection connection) {
		while (true) {
			String frame = connection.pending.getAndSet(null);
			if (frame == null) {
				connection.scheduled.set(false);
				// a message that arrived after the last look and before the flag dropped
				if (connection.pending.get() == null || !connection.scheduled.compareAndSet(false, true)) {
					return;
				}
				continue;
			}
			if (connection.ended.get()) {
				continue;
			}
			try {
				connection.emitter.send(Set.of(new DataWithMediaType(frame, TEXT)));
			}
			catch (IOException | IllegalStateException ex) {
				connection.dropped();
			}
		}
	}

	private static String normalize(String code) {
		return code.strip().toUpperCase(Locale.ROOT);
	}

	@Override
	public void destroy() {
		this.timer.shutdownNow();
		this.senders.shutdownNow();
		this.channels.values().forEach((channel) -> {
			channel.projectors.forEach(Connection::end);
			channel.phones.values().forEach(Connection::end);
		});
	}

	/** The connections of one session. */
	private static final class Channel {

		final List<Connection> projectors = new CopyOnWriteArrayList<>();

		final Map<String, Connection> phones = new ConcurrentHashMap<>();

	}

	/** One open event stream and its one-slot mailbox. */
	private static final class Connection {

		final SseEmitter emitter;

		final String token;

		final AtomicReference<String> pending = new AtomicReference<>();

		final AtomicBoolean scheduled = new AtomicBoolean();

		final AtomicBoolean ended = new AtomicBoolean();

		/**
		 * Marks the connection ended and forgets it; {@link #onEnd} adds the forgetting.
		 */
		private volatile Runnable forget = () -> this.ended.set(true);

		Connection(SseEmitter emitter, String token) {
			this.emitter = emitter;
			this.token = token;
		}

		void onEnd(Runnable cleanup) {
			Runnable once = () -> {
				this.ended.set(true);
				cleanup.run();
			};
			this.forget = once;
			this.emitter.onCompletion(once);
			this.emitter.onTimeout(once);
			this.emitter.onError((ex) -> once.run());
		}

		/**
		 * A send failed: the stream is broken and the container reports that to Spring on
		 * its own thread. Completing the emitter from this thread as well raced with that
		 * report (Tomcat refuses it, or two threads wrote the response's headers at once
		 * and killed a sender thread), so the connection is only forgotten here.
		 */
		void dropped() {
			this.forget.run();
		}

		void end() {
			if (this.ended.compareAndSet(false, true)) {
				this.emitter.complete();
			}
		}

	}

}
