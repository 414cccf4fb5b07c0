package org.virtclass.quiz.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.virtclass.quiz.LiveState;

/** A live classroom session: its settings and where it stands. */
@Entity
@Table(name = "quiz_live_session")
public class LiveSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 6)
	private String code;

	@Column(nullable = false, length = 300)
	private String types;

	@Column(nullable = false, length = 10)
	private String difficulty;

	@Column(nullable = false, length = 10)
	private String lang;

	@Column(name = "option_count", nullable = false)
	private int optionCount;

	@Column(name = "question_count", nullable = false)
	private int questionCount;

	@Column(nullable = false)
	private long seed;

	@Column(name = "seconds_per_question")
	private Integer secondsPerQuestion;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private LiveState state;

	@Column(name = "current_index", nullable = false)
	private int currentIndex;

	@Column(name = "question_opened_at")
	private Instant questionOpenedAt;

	@Column(name = "created_by", nullable = false, length = 64)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "finished_at")
	private Instant finishedAt;

	@Version
	private long version;

	protected LiveSession() {
	}

	public LiveSession(String code, String types, String difficulty, String lang, int optionCount, int questionCount,
			long seed, Integer secondsPerQuestion, String createdBy, Instant createdAt) {
		this.code = code;
		this.types = types;
		this.difficulty = difficulty;
		this.lang = lang;
		this.optionCount = optionCount;
		this.questionCount = questionCount;
		this.seed = seed;
		this.secondsPerQuestion = secondsPerQuestion;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.state = LiveState.LOBBY;
		this.currentIndex = -1;
	}

	public void open(int index, Instant at) {
		this.state = LiveState.QUESTION;
		this.currentIndex = index;
		this.questionOpenedAt = at;
	}

	public void reveal() {
		this.state = LiveState.REVEALED;
	}

	public void finish(Instant at) {
		this.state = LiveState.FINISHED;
		this.finishedAt = at;
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public String getTypes() {
		return this.types;
	}

	public String getDifficulty() {
		return this.difficulty;
	}

	public String getLang() {
		return this.lang;
	}

	public int getOptionCount() {
		return this.optionCount;
	}

	public int getQuestionCount() {
		return this.questionCount;
	}

	public long getSeed() {
		return this.seed;
	}

	public Integer getSecondsPerQuestion() {
		return this.secondsPerQuestion;
	}

	public LiveState getState() {
		return this.state;
	}

	public int getCurrentIndex() {
		return this.currentIndex;
	}

	public Instant getQuestionOpenedAt() {
		return this.questionOpenedAt;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/** Moves with every committed change of the row; instances sharing the database compare it. */
	public long getVersion() {
		return this.version;
	}

	public Instant getFinishedAt() {
		return this.finishedAt;
	}

}
