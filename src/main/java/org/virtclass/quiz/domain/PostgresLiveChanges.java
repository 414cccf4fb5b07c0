package org.virtclass.quiz.domain;

import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Announces changes with PostgreSQL's {@code pg_notify} on the connection of the current
 * transaction, so the notification leaves exactly when the change commits, and never for
 * a change rolled back. The payload is {@code <instance> <code> <kind> <version>}; an
 * instance skips its own.
 */
@Component
@ConditionalOnProperty(name = "virtclass.quiz.live.shared", havingValue = "true")
class PostgresLiveChanges implements LiveChanges {

	static final String CHANNEL = "virtclass_live";

	/** Tells this process's notifications from the others'. */
	final String instance = UUID.randomUUID().toString().substring(0, 8);

	private final JdbcTemplate jdbc;

	PostgresLiveChanges(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
	}

	@Override
	public void publish(String code, Kind kind, long version) {
		String payload = this.instance + " " + code + " " + kind.name().toLowerCase(Locale.ROOT) + " " + version;
		this.jdbc.execute("SELECT pg_notify(?, ?)", (java.sql.PreparedStatement ps) -> {
			ps.setString(1, CHANNEL);
			ps.setString(2, payload);
			return ps.execute();
		});
	}

	@Override
	public boolean shared() {
		return true;
	}

}
