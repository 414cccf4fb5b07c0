package org.virtclass.quiz.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.StampedLock;

import org.virtclass.quiz.LiveState;
import org.virtclass.quiz.Question;

/**
 * The in-memory copy of a live session that the player endpoints read, so that an answer
 * costs one insert and no query. It is rebuilt from the database on first use (after a
 * restart, too); every change is written to the database first. An answer holds a read
 * stamp from its checks until its insert has committed (the stamp is released on the
 * writer's thread, which a {@link StampedLock} allows); state changes take the write
 * lock, so no answer slips in after a reveal and a reveal counts every answer that was
 * acknowledged.
 */
final class HotSession {

	final long id;

	final String code;

	final Integer secondsPerQuestion;

	final boolean autoReveal;

	final boolean speedPoints;

	/** Replaced (never changed) when an instructor adds questions before the start. */
	volatile List<Long> questionIds;

	volatile List<Question> questions;

	final StampedLock lock = new StampedLock();

	final Map<String, Player> byToken = new ConcurrentHashMap<>();

	final Map<String, Boolean> nicknameKeys = new ConcurrentHashMap<>();

	/**
	 * Joins take it, so that the player cap and the nickname check see one join at a
	 * time.
	 */
	final Object joinLock = new Object();

	volatile LiveState state;

	volatile int index;

	volatile Instant openedAt;

	/**
	 * The open question's deadline, as stored in the session's row; null without a time
	 * limit.
	 */
	volatile Instant closesAt;

	/** The session row's version this copy reflects. */
	volatile long version;

	/** Answers to the open (or just revealed) question: player id to option index. */
	volatile Map<Long, Integer> currentAnswers = new ConcurrentHashMap<>();

	volatile AtomicIntegerArray currentCounts = new AtomicIntegerArray(5);

	HotSession(long id, String code, Integer secondsPerQuestion, boolean autoReveal, boolean speedPoints,
			List<Long> questionIds, List<Question> questions) {
		this.id = id;
		this.code = code;
		this.secondsPerQuestion = secondsPerQuestion;
		this.autoReveal = autoReveal;
		this.speedPoints = speedPoints;
		this.questionIds = List.copyOf(questionIds);
		this.questions = List.copyOf(questions);
	}

	Question currentQuestion() {
		return (this.index >= 0 && this.index < this.questions.size()) ? this.questions.get(this.index) : null;
	}

	Long currentQuestionId() {
		return (this.index >= 0 && this.index < this.questionIds.size()) ? this.questionIds.get(this.index) : null;
	}

	Instant deadline() {
		return this.closesAt;
	}

	void resetCurrent() {
		this.currentAnswers = new ConcurrentHashMap<>();
		this.currentCounts = new AtomicIntegerArray(5);
	}

	/** A player and their running totals. */
	static final class Player {

		final long id;

		final String nickname;

		final AtomicInteger correct = new AtomicInteger();

		final AtomicInteger answered = new AtomicInteger();

		final AtomicInteger points = new AtomicInteger();

		/**
		 * The question of this player's latest answer and what it earned, to keep it back
		 * until its reveal.
		 */
		volatile Long lastQuestionId;

		volatile int lastPoints;

		Player(long id, String nickname) {
			this.id = id;
			this.nickname = nickname;
		}

	}

}
