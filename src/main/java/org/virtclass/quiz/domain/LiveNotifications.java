package org.virtclass.quiz.domain;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.PreDestroy;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Follows the other instances: one connection of its own (outside the pool, since it is
 * held for the life of the app) {@code LISTEN}s on {@link PostgresLiveChanges#CHANNEL}
 * and hands each notice to {@link LiveSessions#follow}. Notices that arrive together are
 * merged per session and kind, so a burst of answer batches costs one re-read. When the
 * connection drops, every loaded session is re-read after it is back, because notices
 * sent meanwhile are lost. Part of readiness: an instance that cannot follow the others
 * must not take traffic.
 */
@Component("liveNotifications")
@ConditionalOnProperty(name = "virtclass.quiz.live.shared", havingValue = "true")
class LiveNotifications implements HealthIndicator {

	private static final Logger log = LoggerFactory.getLogger(LiveNotifications.class);

	private static final int POLL_MS = 100;

	private final LiveSessions sessions;

	private final String instance;

	private final String url;

	private final String user;

	private final String password;

	private final Thread thread;

	private volatile boolean running = true;

	private volatile boolean listening;

	private volatile String problem = "not connected yet";

	LiveNotifications(LiveSessions sessions, PostgresLiveChanges changes, Environment env) {
		this.sessions = sessions;
		this.instance = changes.instance;
		this.url = env.getRequiredProperty("spring.datasource.url");
		this.user = env.getProperty("spring.datasource.username");
		this.password = env.getProperty("spring.datasource.password");
		this.thread = new Thread(this::run, "live-notifications");
		this.thread.setDaemon(true);
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		if (!this.thread.isAlive()) {
			this.thread.start();
		}
	}

	@Override
	public Health health() {
		return this.listening ? Health.up().withDetail("channel", PostgresLiveChanges.CHANNEL).build()
				: Health.down().withDetail("problem", this.problem).build();
	}

	/**
	 * Connects once, blocking; the app becomes ready only after the listener runs (see
	 * start()).
	 */
	private void run() {
		boolean first = true;
		while (this.running) {
			try (Connection connection = DriverManager.getConnection(this.url, this.user, this.password)) {
				try (Statement st = connection.createStatement()) {
					st.execute("LISTEN " + PostgresLiveChanges.CHANNEL);
				}
				this.listening = true;
				if (!first) {
					log.info("Live notifications: listening again; re-reading the loaded sessions");
					this.sessions.followAll();
				}
				first = false;
				PGConnection pg = connection.unwrap(PGConnection.class);
				while (this.running) {
					PGNotification[] notices = pg.getNotifications(POLL_MS);
					if (notices != null && notices.length > 0) {
						handle(notices);
					}
				}
			}
			catch (SQLException | RuntimeException ex) {
				if (this.listening || first) {
					log.warn("Live notifications: connection lost ({}); retrying", ex.getMessage());
				}
				this.problem = ex.getMessage();
				first = false;
			}
			finally {
				this.listening = false;
			}
			sleep(Duration.ofSeconds(1));
		}
	}

	private void handle(PGNotification[] notices) {
		Map<String, Long> merged = new LinkedHashMap<>();
		for (PGNotification n : notices) {
			String[] parts = n.getParameter().split(" ");
			if (parts.length != 4 || parts[0].equals(this.instance)) {
				continue;
			}
			try {
				merged.merge(parts[1] + " " + parts[2], Long.parseLong(parts[3]), Math::max);
			}
			catch (NumberFormatException ex) {
				log.debug("Ignored a malformed live notice: {}", n.getParameter());
			}
		}
		merged.forEach((key, version) -> {
			int space = key.indexOf(' ');
			String code = key.substring(0, space);
			LiveChanges.Kind kind = LiveChanges.Kind.valueOf(key.substring(space + 1).toUpperCase(Locale.ROOT));
			try {
				this.sessions.follow(code, kind, version);
			}
			catch (RuntimeException ex) {
				log.warn("Live notifications: could not follow {} of session {}", kind, code, ex);
			}
		});
	}

	private static void sleep(Duration d) {
		try {
			Thread.sleep(d.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@PreDestroy
	void stop() {
		this.running = false;
		this.thread.interrupt();
	}

}
