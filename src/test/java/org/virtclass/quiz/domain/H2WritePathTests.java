package org.virtclass.quiz.domain;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.virtclass.AppTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the quiz's hot write path asks of H2: every commit reaches the file before an
 * answer's 201 ({@link H2Durability}), and the tables a class writes in bursts reserve
 * their ids a thousand at a time, so that a burst is not also a series of whole-file
 * stores for the identity sequences (V9_0).
 */
class H2WritePathTests extends AppTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyCommitIsWrittenAtOnce() {
		// H2 lists the setting twice, as a setting and as the database's current value
		assertThat(this.jdbc.queryForList(
				"SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'",
				String.class))
			.isNotEmpty()
			.containsOnly("0");
	}

	@Test
	void theTablesAClassWritesInBurstsReserveAThousandIdsAtATime() {
		Map<String, Long> caches = new java.util.TreeMap<>();
		this.jdbc.query("SELECT TABLE_NAME, IDENTITY_CACHE FROM INFORMATION_SCHEMA.COLUMNS WHERE IS_IDENTITY = 'YES'"
				+ " AND TABLE_NAME LIKE 'QUIZ_%'", (row) -> {
					caches.put(row.getString(1), row.getLong(2));
				});
		assertThat(caches).containsEntry("QUIZ_LIVE_ANSWER", 1000L)
			.containsEntry("QUIZ_LIVE_PLAYER", 1000L)
			.containsEntry("QUIZ_PRACTICE_ITEM", 1000L)
			.containsEntry("QUIZ_PRACTICE_ATTEMPT", 1000L)
			.as("a session or question row is written once per class: the default stays")
			.containsEntry("QUIZ_LIVE_SESSION", 32L);
	}

}
