package org.virtclass.quiz.domain;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A 201 for an answer promises that the answer survives a restart, even a crash. H2 by
 * default writes committed transactions to its file up to half a second later; with a
 * write delay of 0 every commit reaches the file (the operating system) before the commit
 * returns, so killing the process loses nothing that was acknowledged. PostgreSQL needs
 * nothing: it commits to its WAL.
 */
@Component
class H2Durability {

	private static final Logger log = LoggerFactory.getLogger(H2Durability.class);

	private final DataSource dataSource;

	H2Durability(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@EventListener(ApplicationReadyEvent.class)
	void writeEveryCommit() {
		try (Connection connection = this.dataSource.getConnection()) {
			if (!"H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName())) {
				return;
			}
			try (Statement statement = connection.createStatement()) {
				statement.execute("SET WRITE_DELAY 0");
			}
		}
		catch (SQLException ex) {
			log.warn("Could not set H2's write delay to 0; a crash could lose the last half second of commits", ex);
		}
	}

}
