package org.virtclass.quiz.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One answer of one player to one question; the database holds at most one per pair. */
@Entity
@Table(name = "quiz_live_answer")
public class LiveAnswer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "session_id", nullable = false)
	private Long sessionId;

	@Column(name = "question_id", nullable = false)
	private Long questionId;

	@Column(name = "player_id", nullable = false)
	private Long playerId;

	@Column(name = "option_index", nullable = false)
	private int optionIndex;

	@Column(nullable = false)
	private boolean correct;

	@Column(name = "answered_at", nullable = false)
	private Instant answeredAt;

	@Column(name = "elapsed_ms", nullable = false)
	private long elapsedMs;

	protected LiveAnswer() {
	}

	public LiveAnswer(Long sessionId, Long questionId, Long playerId, int optionIndex, boolean correct,
			Instant answeredAt, long elapsedMs) {
		this.sessionId = sessionId;
		this.questionId = questionId;
		this.playerId = playerId;
		this.optionIndex = optionIndex;
		this.correct = correct;
		this.answeredAt = answeredAt;
		this.elapsedMs = elapsedMs;
	}

	public Long getId() {
		return this.id;
	}

	public Long getSessionId() {
		return this.sessionId;
	}

	public Long getQuestionId() {
		return this.questionId;
	}

	public Long getPlayerId() {
		return this.playerId;
	}

	public int getOptionIndex() {
		return this.optionIndex;
	}

	public boolean isCorrect() {
		return this.correct;
	}

	public Instant getAnsweredAt() {
		return this.answeredAt;
	}

	public long getElapsedMs() {
		return this.elapsedMs;
	}

}
