package org.virtclass.quiz.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A question of a live session, stored as generated. Its id is the {@code questionId} of
 * the API.
 */
@Entity
@Table(name = "quiz_live_question")
public class LiveQuestion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "session_id", nullable = false)
	private Long sessionId;

	@Column(nullable = false)
	private int pos;

	@Column(nullable = false, length = 20000)
	private String body;

	@Column(name = "answer_index", nullable = false)
	private int answerIndex;

	protected LiveQuestion() {
	}

	public LiveQuestion(Long sessionId, int pos, String body, int answerIndex) {
		this.sessionId = sessionId;
		this.pos = pos;
		this.body = body;
		this.answerIndex = answerIndex;
	}

	/** A new place in the session's order, for questions added before the start. */
	void moveTo(int pos) {
		this.pos = pos;
	}

	public Long getId() {
		return this.id;
	}

	public Long getSessionId() {
		return this.sessionId;
	}

	public int getPos() {
		return this.pos;
	}

	public String getBody() {
		return this.body;
	}

	public int getAnswerIndex() {
		return this.answerIndex;
	}

}
