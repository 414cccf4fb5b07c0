package org.virtclass.quiz.domain;

/**
 * Where {@link LiveSessions} announces a committed change of a live session, so that
 * other instances sharing the database can follow it. One instance on its own database
 * announces to nobody ({@link LocalLiveChanges}); instances sharing PostgreSQL announce
 * with {@code NOTIFY} ({@link PostgresLiveChanges}) and follow each other
 * ({@link LiveNotifications}).
 */
interface LiveChanges {

	/** What changed; a follower re-reads just that. */
	enum Kind {

		/** State, question or deadline: the session row (its version moves). */
		STATE,
		/** A player joined or was removed. */
		PLAYERS,
		/** Answers to the open question were stored. */
		ANSWERS

	}

	/**
	 * Announces a change. Called inside the transaction that stores it (PostgreSQL
	 * delivers a {@code NOTIFY} only when that transaction commits), or on its own right
	 * after the commit.
	 * @param version the session row's version after the change
	 * ({@code quiz_live_session.version})
	 */
	void publish(String code, Kind kind, long version);

	/**
	 * Whether other instances write to the same database. Then the in-memory copy of a
	 * session is a cache: decisions that count (a reveal's counts, a state change) read
	 * the database.
	 */
	boolean shared();

}
