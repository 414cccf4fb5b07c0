package org.virtclass.quiz.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.virtclass.quiz.LiveSessionException;

/**
 * Live classes on {@code /actuator/prometheus}: answers accepted and refused (by reason)
 * on this instance, and the sessions and players of the whole cluster, read from the
 * database at each scrape so that instances sharing one database report the same figure.
 * A session counts until it finishes, or for at most {@link #LIVE_FOR} after it was
 * created (a class nobody finished).
 */
@Component
class LiveMetrics implements MeterBinder {

	static final Duration LIVE_FOR = Duration.ofHours(12);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Map<String, Counter> refused = new ConcurrentHashMap<>();

	private volatile MeterRegistry registry;

	private volatile Counter accepted;

	LiveMetrics(DataSource dataSource, Clock clock) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		this.accepted = Counter.builder("virtclass.quiz.answers")
			.description("Live-session answers, accepted (stored) or refused")
			.tag("outcome", "accepted")
			.tag("reason", "none")
			.register(registry);
		this.registry = registry;
		Gauge
			.builder("virtclass.quiz.live.sessions", this,
					(m) -> m.count("SELECT count(*) FROM quiz_live_session s "
							+ "WHERE s.state <> 'FINISHED' AND s.created_at > ?"))
			.description("Live sessions not finished yet")
			.register(registry);
		Gauge
			.builder("virtclass.quiz.live.players", this,
					(m) -> m.count("SELECT count(*) FROM quiz_live_player p "
							+ "JOIN quiz_live_session s ON s.id = p.session_id "
							+ "WHERE s.state <> 'FINISHED' AND s.created_at > ? AND p.removed_at IS NULL"))
			.description("Players in live sessions not finished yet")
			.register(registry);
	}

	private double count(String sql) {
		Long n = this.jdbc.queryForObject(sql, Long.class, Timestamp.from(this.clock.instant().minus(LIVE_FOR)));
		return (n != null) ? n : 0;
	}

	void accepted() {
		Counter counter = this.accepted;
		if (counter != null) {
			counter.increment();
		}
	}

	void refused(LiveSessionException.Error reason) {
		MeterRegistry meters = this.registry;
		if (meters == null) {
			return;
		}
		this.refused
			.computeIfAbsent(reason.name().toLowerCase(Locale.ROOT),
					(tag) -> Counter.builder("virtclass.quiz.answers")
						.description("Live-session answers, accepted (stored) or refused")
						.tag("outcome", "refused")
						.tag("reason", tag)
						.register(meters))
			.increment();
	}

}
