package org.virtclass.quiz.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A question an instructor pasted and keyed. The body is the question as students get it;
 * sessions and practice attempts take a copy, so deleting it here never changes a class
 * that used it.
 */
@Entity
@Table(name = "quiz_own_question")
public class OwnQuestion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 64)
	private String owner;

	@Column(nullable = false, length = 10)
	private String lang;

	@Column(nullable = false, length = 20000)
	private String body;

	@Column(name = "answer_index", nullable = false)
	private int answerIndex;

	@Column(name = "checker_index")
	private Integer checkerIndex;

	@Column(name = "in_practice", nullable = false)
	private boolean inPractice;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected OwnQuestion() {
	}

	OwnQuestion(String owner, String lang, String body, int answerIndex, Integer checkerIndex, boolean inPractice,
			Instant createdAt) {
		this.owner = owner;
		this.lang = lang;
		this.body = body;
		this.answerIndex = answerIndex;
		this.checkerIndex = checkerIndex;
		this.inPractice = inPractice;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public String getOwner() {
		return this.owner;
	}

	public String getLang() {
		return this.lang;
	}

	public String getBody() {
		return this.body;
	}

	public int getAnswerIndex() {
		return this.answerIndex;
	}

	public Integer getCheckerIndex() {
		return this.checkerIndex;
	}

	public boolean isInPractice() {
		return this.inPractice;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
