package org.virtclass.quiz;

/** How the generator picks distractors: far from the key, or near misses. */
public enum Difficulty {

	/** Distractors from far away: WinRAR next to VMware. */
	EASY,
	/**
	 * Near misses: sandboxed containers, WSL 2, emulators, compatibility layers, VM
	 * managers.
	 */
	HARD;

	public String messageKey() {
		return "quiz.difficulty." + name();
	}

}
