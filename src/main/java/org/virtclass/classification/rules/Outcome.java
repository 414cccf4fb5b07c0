package org.virtclass.classification.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How one group of the table came out for one case.
 *
 * @param group the group
 * @param decisive the matching rule with the highest weight (the earliest one on a tie):
 * the one that decides the value. Because weights fall step by step down the table, it is
 * also the first match.
 * @param matched every matching rule, in table order (the fallback only when nothing else
 * matched)
 * @param scores for each value of the group, the weight of its strongest matching rule (0
 * when none)
 */
public record Outcome(Group group, Rule decisive, List<Rule> matched, Map<Enum<?>, Integer> scores) {

	/** Runs one group of rules over a case: the strongest matching rule wins. */
	public static Outcome of(Group group, List<Rule> rules, Case c) {
		List<Rule> matched = new ArrayList<>(4);
		Rule fallback = null;
		for (Rule rule : rules) {
			if (rule.fallback()) {
				fallback = rule;
			}
			else if (rule.matches(c)) {
				matched.add(rule);
			}
		}
		if (matched.isEmpty()) {
			matched.add(fallback);
		}
		Rule decisive = matched.get(0);
		for (Rule rule : matched) {
			if (rule.weight() > decisive.weight()) {
				decisive = rule;
			}
		}
		Map<Enum<?>, Integer> scores = new LinkedHashMap<>();
		for (Enum<?> value : group.outcomes()) {
			scores.put(value, 0);
		}
		for (Rule rule : matched) {
			scores.merge(rule.target(), rule.weight(), Math::max);
		}
		return new Outcome(group, decisive, List.copyOf(matched), Collections.unmodifiableMap(scores));
	}

	/** The value the group came out with. */
	public Enum<?> value() {
		return this.decisive.target();
	}

	/**
	 * How clearly the winner beats the runner-up: 1 when nothing else scored, down
	 * towards 0 as the runner-up catches up.
	 */
	public double margin() {
		int top = 0;
		int second = 0;
		for (int score : this.scores.values()) {
			if (score > top) {
				second = top;
				top = score;
			}
			else if (score > second) {
				second = score;
			}
		}
		return (top == 0) ? 0 : (double) (top - second) / top;
	}

}
