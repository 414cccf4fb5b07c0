package org.virtclass.quiz.domain;

import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes one answer with a single auto-committed INSERT: when {@link #insert} returns, the answer is
 * durable. This is the hot path of a live session (a whole class answers within a second), so it
 * skips the JPA persistence context; the unique key on (question, player) still refuses a second
 * answer with a {@link org.springframework.dao.DataIntegrityViolationException}.
 */
@Component
class AnswerWriter {

	private static final String INSERT = "INSERT INTO quiz_live_answer "
			+ "(session_id, question_id, player_id, option_index, correct, answered_at, elapsed_ms) "
			+ "VALUES (?, ?, ?, ?, ?, ?, ?)";

	private final JdbcTemplate jdbc;

	AnswerWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void insert(long sessionId, long questionId, long playerId, int optionIndex, boolean correct, Instant at,
			long elapsedMs) {
		this.jdbc.update(INSERT, sessionId, questionId, playerId, optionIndex, correct, at.atOffset(ZoneOffset.UTC),
				elapsedMs);
	}

}
