package org.virtclass.quiz.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One question of a practice attempt, stored as generated, and the student's answer to
 * it.
 */
@Entity
@Table(name = "quiz_practice_item")
public class PracticeItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "attempt_id")
	private PracticeAttempt attempt;

	@Column(nullable = false)
	private int pos;

	@Column(nullable = false, length = 20000)
	private String body;

	@Column(name = "answer_index", nullable = false)
	private int answerIndex;

	@Column(name = "chosen_index")
	private Integer chosenIndex;

	@Column(name = "answered_at")
	private Instant answeredAt;

	protected PracticeItem() {
	}

	PracticeItem(PracticeAttempt attempt, int pos, String body, int answerIndex) {
		this.attempt = attempt;
		this.pos = pos;
		this.body = body;
		this.answerIndex = answerIndex;
	}

	public void answer(int index, Instant at) {
		this.chosenIndex = index;
		this.answeredAt = at;
	}

	public boolean isAnswered() {
		return this.chosenIndex != null;
	}

	public boolean isCorrect() {
		return this.chosenIndex != null && this.chosenIndex == this.answerIndex;
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

	public Integer getChosenIndex() {
		return this.chosenIndex;
	}

	public Instant getAnsweredAt() {
		return this.answeredAt;
	}

}
