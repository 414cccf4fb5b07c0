package org.virtclass.quiz.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.virtclass.quiz.LiveState;
import org.virtclass.quiz.QuizSettings;

/** A live classroom session: its settings and where it stands. */
@Entity
@Table(name = "quiz_live_session")
public class LiveSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 6)
	private String code;

	@Embedded
	private QuizSettings settings;

	@Column(nullable = false)
	private long seed;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private LiveState state;

	@Column(name = "current_index", nullable = false)
	private int currentIndex;

	@Column(name = "question_opened_at")
	private Instant questionOpenedAt;

	/** When the open question's time runs out; null without a time limit. */
	@Column(name = "closes_at")
	private Instant closesAt;

	@Column(name = "auto_reveal", nullable = false)
	private boolean autoReveal;

	@Column(name = "speed_points", nullable = false)
	private boolean speedPoints;

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

	public LiveSession(String code, QuizSettings settings, long seed, boolean autoReveal, boolean speedPoints,
			String createdBy, Instant createdAt) {
		this.code = code;
		this.settings = settings;
		this.seed = seed;
		this.autoReveal = autoReveal;
		this.speedPoints = speedPoints;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.state = LiveState.LOBBY;
		this.currentIndex = -1;
	}

	public void open(int index, Instant at) {
		this.state = LiveState.QUESTION;
		this.currentIndex = index;
		this.questionOpenedAt = at;
		this.closesAt = (getSecondsPerQuestion() != null) ? at.plusSeconds(getSecondsPerQuestion()) : null;
	}

	public void reveal() {
		this.state = LiveState.REVEALED;
	}

	public void finish(Instant at) {
		this.state = LiveState.FINISHED;
		this.finishedAt = at;
	}

	/** The number of questions after an instructor added some before the start. */
	void questionsAdded(int questionCount) {
		this.settings = this.settings.withQuestionCount(questionCount);
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public QuizSettings getSettings() {
		return this.settings;
	}

	public String getDifficulty() {
		return this.settings.difficulty().name();
	}

	public String getLang() {
		return this.settings.lang();
	}

	public int getQuestionCount() {
		return this.settings.questionCount();
	}

	public long getSeed() {
		return this.seed;
	}

	public Integer getSecondsPerQuestion() {
		return this.settings.secondsPerQuestion();
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

	public Instant getClosesAt() {
		return this.closesAt;
	}

	public boolean isAutoReveal() {
		return this.autoReveal;
	}

	public boolean isSpeedPoints() {
		return this.speedPoints;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/**
	 * Moves with every committed change of the row; instances sharing the database
	 * compare it.
	 */
	public long getVersion() {
		return this.version;
	}

	public Instant getFinishedAt() {
		return this.finishedAt;
	}

}
