package org.virtclass.quiz.domain;

/**
 * What a right answer earns. Without speed points every right answer earns
 * {@value #FULL}; with them (Kahoot style) an answer earns less the later it comes, down
 * to half at the end of the time limit (or of {@value #UNTIMED_WINDOW_SECONDS} s when the
 * question has none), so a slow right answer still beats a fast wrong one.
 */
final class Points {

	static final int FULL = 1000;

	static final int UNTIMED_WINDOW_SECONDS = 20;

	private Points() {
	}

	static int of(boolean correct, boolean speed, long elapsedMs, Integer secondsPerQuestion) {
		if (!correct) {
			return 0;
		}
		if (!speed) {
			return FULL;
		}
		long window = 1000L * ((secondsPerQuestion != null) ? secondsPerQuestion : UNTIMED_WINDOW_SECONDS);
		double late = Math.min(1.0, Math.max(0.0, elapsedMs / (double) window));
		return (int) Math.round(FULL * (1 - late / 2));
	}

}
