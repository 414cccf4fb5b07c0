package org.virtclass.quiz;

import java.util.ArrayList;
import java.util.List;

/**
 * Classical item analysis as Moodle's quiz statistics define it, for one-mark questions.
 * <ul>
 * <li><b>Facility index</b>: the mean score on the question, as a fraction of its mark (0
 * to 1).</li>
 * <li><b>Discrimination index</b>: the correlation coefficient (Pearson's r, -1 to 1;
 * Moodle shows it times 100) between the score on the question and the score on the rest
 * of the test, that is the total minus this question.</li>
 * </ul>
 * One adaptation for live classes: late joiners never saw the early questions, so each
 * question is analysed over the players who answered it; on the rest of the test a
 * question they did not answer counts 0, as Moodle counts it. The index is undefined
 * (null) with fewer than two such players or when either score does not vary.
 */
public final class ItemAnalysis {

	private ItemAnalysis() {
	}

	/**
	 * Analyses a response matrix.
	 * @param scores one row per player, one column per question: true for right, false
	 * for wrong, null when the player did not answer
	 * @return one result per question, in column order
	 */
	public static List<Item> of(Boolean[][] scores) {
		int questions = (scores.length == 0) ? 0 : scores[0].length;
		int[] totals = new int[scores.length];
		for (int p = 0; p < scores.length; p++) {
			for (Boolean s : scores[p]) {
				totals[p] += Boolean.TRUE.equals(s) ? 1 : 0;
			}
		}
		List<Item> items = new ArrayList<>();
		for (int q = 0; q < questions; q++) {
			List<double[]> pairs = new ArrayList<>();
			for (int p = 0; p < scores.length; p++) {
				Boolean s = scores[p][q];
				if (s != null) {
					double x = s ? 1 : 0;
					pairs.add(new double[] { x, totals[p] - x });
				}
			}
			Double facility = pairs.isEmpty() ? null : pairs.stream().mapToDouble((v) -> v[0]).average().orElse(0);
			items.add(new Item(pairs.size(), facility, correlation(pairs)));
		}
		return items;
	}

	static Double correlation(List<double[]> pairs) {
		int n = pairs.size();
		if (n < 2) {
			return null;
		}
		double meanX = pairs.stream().mapToDouble((v) -> v[0]).average().orElse(0);
		double meanY = pairs.stream().mapToDouble((v) -> v[1]).average().orElse(0);
		double sxy = 0;
		double sxx = 0;
		double syy = 0;
		for (double[] v : pairs) {
			sxy += (v[0] - meanX) * (v[1] - meanY);
			sxx += (v[0] - meanX) * (v[0] - meanX);
			syy += (v[1] - meanY) * (v[1] - meanY);
		}
		if (sxx == 0 || syy == 0) {
			return null;
		}
		return sxy / Math.sqrt(sxx * syy);
	}

	/**
	 * The analysis of one question.
	 *
	 * @param answerCount how many players answered it
	 * @param facility the facility index, 0 to 1, or null when nobody answered
	 * @param discrimination the discrimination index, -1 to 1, or null when undefined
	 */
	public record Item(int answerCount, Double facility, Double discrimination) {

		/**
		 * Negative discrimination: the stronger students did worse on it than the weaker
		 * ones.
		 */
		public boolean flagged() {
			return this.discrimination != null && this.discrimination < 0;
		}

	}

}
