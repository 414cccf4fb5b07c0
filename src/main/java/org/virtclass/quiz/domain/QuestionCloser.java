package org.virtclass.quiz.domain;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Closes timed questions when their time is up. It asks the database, not this instance's
 * memory, which questions are due, so that a question opened by an instance that has
 * since died still closes (several instances may ask; the conditional update lets one of
 * them close it). One indexed query every {@value #PERIOD_MS} ms is the price.
 */
@Component
class QuestionCloser implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(QuestionCloser.class);

	static final long PERIOD_MS = 250;

	private final LiveSessions sessions;

	private ScheduledExecutorService timer;

	QuestionCloser(LiveSessions sessions) {
		this.sessions = sessions;
	}

	@Override
	public synchronized void start() {
		this.timer = Executors.newSingleThreadScheduledExecutor((r) -> {
			Thread t = new Thread(r, "quiz-question-closer");
			t.setDaemon(true);
			return t;
		});
		this.timer.scheduleWithFixedDelay(this::closeDue, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
	}

	private void closeDue() {
		try {
			this.sessions.closeDue();
		}
		catch (RuntimeException ex) {
			// the next round tries again; a database that is briefly away must not stop
			// the timer
			log.warn("Could not close the questions whose time is up", ex);
		}
	}

	@Override
	public synchronized void stop() {
		if (this.timer != null) {
			this.timer.shutdownNow();
			this.timer = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.timer != null;
	}

}
