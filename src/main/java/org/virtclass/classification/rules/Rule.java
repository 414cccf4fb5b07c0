package org.virtclass.classification.rules;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One line of the rule table: when {@code when} holds, the rule gives {@code target} a
 * score of {@code weight}. A fallback rule ("otherwise") holds only when no other rule of
 * its group does.
 *
 * @param group which question the rule answers
 * @param step the step of the knowledge-base README's first-match-wins list that this
 * rule spells out
 * @param name a short name, unique in the table; it names the rule's messages
 * @param when the condition, over the facts (and, after the category group, the category)
 * @param target the category or criterion value the rule votes for
 * @param weight the rule's score; within a group a later step always weighs less than an
 * earlier one
 * @param fallback true for the "otherwise" rule that ends a group
 * @param reasonKey the message key of the sentence that explains the rule to a student
 * @param args the reason's arguments for a given case (message keys or lists of them)
 */
public record Rule(Group group, int step, String name, Predicate<Case> when, Enum<?> target, int weight,
		boolean fallback, String reasonKey, Function<Case, List<Object>> args) {

	/**
	 * Message key of the rule's condition, as a short phrase (for the rule table page).
	 */
	public String conditionKey() {
		return "classification.rule." + this.name;
	}

	public boolean matches(Case c) {
		return this.when.test(c);
	}

	@Override
	public String toString() {
		return this.group + " " + this.step + " " + this.name + " -> " + this.target + " (" + this.weight + ")";
	}

}
