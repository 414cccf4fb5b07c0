package org.virtclass.quiz.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.virtclass.quiz.QuizSettings;

/**
 * One student's practice run: its settings, its questions as generated, and how far it
 * got.
 */
@Entity
@Table(name = "quiz_practice_attempt")
public class PracticeAttempt {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "public_id", nullable = false, length = 36)
	private String publicId;

	@Column(name = "visitor_id", nullable = false, length = 36)
	private String visitorId;

	@Embedded
	private QuizSettings settings;

	@Column(nullable = false)
	private long seed;

	@Column(nullable = false)
	private int position;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "finished_at")
	private Instant finishedAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "attempt", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("pos")
	private List<PracticeItem> items = new ArrayList<>();

	protected PracticeAttempt() {
	}

	public PracticeAttempt(String publicId, String visitorId, QuizSettings settings, long seed, Instant createdAt) {
		this.publicId = publicId;
		this.visitorId = visitorId;
		this.settings = settings.withQuestionCount(0);
		this.seed = seed;
		this.createdAt = createdAt;
	}

	public void addItem(String body, int answerIndex) {
		this.items.add(new PracticeItem(this, this.items.size(), body, answerIndex));
		this.settings = this.settings.withQuestionCount(this.items.size());
	}

	/** Moves on after the current question was answered; finishes after the last one. */
	public void advance(Instant now) {
		if (this.position < this.settings.questionCount() - 1) {
			this.position++;
		}
		else {
			this.finishedAt = now;
		}
	}

	public boolean isFinished() {
		return this.finishedAt != null;
	}

	public PracticeItem current() {
		return this.items.get(this.position);
	}

	public int score() {
		return (int) this.items.stream().filter(PracticeItem::isCorrect).count();
	}

	public Long getId() {
		return this.id;
	}

	public String getPublicId() {
		return this.publicId;
	}

	public String getVisitorId() {
		return this.visitorId;
	}

	public QuizSettings getSettings() {
		return this.settings;
	}

	public long getSeed() {
		return this.seed;
	}

	public int getPosition() {
		return this.position;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getFinishedAt() {
		return this.finishedAt;
	}

	public List<PracticeItem> getItems() {
		return this.items;
	}

}
