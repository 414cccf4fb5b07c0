package org.virtclass.quiz.domain;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Pushes a session's snapshot to its projectors over server-sent events. Three hundred answers in a
 * second must not become three hundred pushes, so a change only marks the session; a single thread
 * sends each marked session's snapshot at most every {@value #PERIOD_MS} ms, and a comment every
 * fifteen seconds keeps idle connections open.
 */
@Component
public class LiveBroadcaster implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(LiveBroadcaster.class);

	static final long PERIOD_MS = 200;

	private static final long HEARTBEAT_MS = 15_000;

	private static final long TIMEOUT_MS = 60 * 60 * 1000;

	private final Map<String, List<SseEmitter>> emitters = new ConcurrentHashMap<>();

	private final Map<String, Boolean> dirty = new ConcurrentHashMap<>();

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor((r) -> {
		Thread t = new Thread(r, "quiz-broadcaster");
		t.setDaemon(true);
		return t;
	});

	private volatile Function<String, Object> snapshots = (code) -> null;

	private volatile long lastHeartbeat = System.currentTimeMillis();

	LiveBroadcaster() {
		this.timer.scheduleWithFixedDelay(this::flush, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
	}

	void snapshots(Function<String, Object> snapshots) {
		this.snapshots = snapshots;
	}

	/** A new projector connection; it gets the current snapshot at once. */
	public SseEmitter subscribe(String sessionCode) {
		String code = sessionCode.strip().toUpperCase(java.util.Locale.ROOT);
		Object first = this.snapshots.apply(code);
		SseEmitter emitter = new SseEmitter(TIMEOUT_MS);
		List<SseEmitter> list = this.emitters.computeIfAbsent(code, (c) -> new CopyOnWriteArrayList<>());
		list.add(emitter);
		Runnable remove = () -> list.remove(emitter);
		emitter.onCompletion(remove);
		emitter.onTimeout(remove);
		emitter.onError((ex) -> remove.run());
		send(code, emitter, first);
		return emitter;
	}

	/** Marks a session as changed; its projectors hear of it within one period. */
	public void changed(String code) {
		if (this.emitters.containsKey(code)) {
			this.dirty.put(code, Boolean.TRUE);
		}
	}

	private void flush() {
		try {
			for (String code : this.dirty.keySet()) {
				this.dirty.remove(code);
				List<SseEmitter> list = this.emitters.get(code);
				if (list == null || list.isEmpty()) {
					continue;
				}
				Object snapshot = this.snapshots.apply(code);
				for (SseEmitter emitter : list) {
					send(code, emitter, snapshot);
				}
			}
			long now = System.currentTimeMillis();
			if (now - this.lastHeartbeat > HEARTBEAT_MS) {
				this.lastHeartbeat = now;
				this.emitters.forEach((code, list) -> list.forEach((e) -> {
					try {
						e.send(SseEmitter.event().comment("keep-alive"));
					}
					catch (IOException | IllegalStateException ex) {
						list.remove(e);
					}
				}));
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not push a live-session snapshot", ex);
		}
	}

	private void send(String code, SseEmitter emitter, Object snapshot) {
		try {
			emitter.send(SseEmitter.event().name("snapshot").data(snapshot, MediaType.APPLICATION_JSON));
		}
		catch (IOException | IllegalStateException ex) {
			List<SseEmitter> list = this.emitters.get(code);
			if (list != null) {
				list.remove(emitter);
			}
		}
	}

	@Override
	public void destroy() {
		this.timer.shutdownNow();
		this.emitters.values().forEach((list) -> list.forEach(SseEmitter::complete));
	}

}
