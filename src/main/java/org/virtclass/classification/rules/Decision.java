package org.virtclass.classification.rules;

import java.util.List;

import org.virtclass.classification.Category;
import org.virtclass.classification.ToolFacts;

/**
 * The table's answer for one set of facts: the category group first, then the three
 * criteria.
 */
public record Decision(Outcome category, Outcome hypervisorType, Outcome isolationLevel, Outcome imageModel) {

	private static final List<Rule> CATEGORY_RULES = RuleTable.rules(Group.CATEGORY);

	private static final List<Rule> HYPERVISOR_RULES = RuleTable.rules(Group.HYPERVISOR_TYPE);

	private static final List<Rule> ISOLATION_RULES = RuleTable.rules(Group.ISOLATION_LEVEL);

	private static final List<Rule> IMAGE_RULES = RuleTable.rules(Group.IMAGE_MODEL);

	/**
	 * Runs the whole table. The contested list is not read here: it only lowers the
	 * confidence.
	 */
	public static Decision of(ToolFacts facts) {
		Outcome category = Outcome.of(Group.CATEGORY, CATEGORY_RULES, new Case(facts, null));
		Case decided = new Case(facts, (Category) category.value());
		return new Decision(category, Outcome.of(Group.HYPERVISOR_TYPE, HYPERVISOR_RULES, decided),
				Outcome.of(Group.ISOLATION_LEVEL, ISOLATION_RULES, decided),
				Outcome.of(Group.IMAGE_MODEL, IMAGE_RULES, decided));
	}

	/**
	 * The three criteria, in the order reasons explain them: isolation, hypervisor type,
	 * image model.
	 */
	public List<Outcome> criteria() {
		return List.of(this.isolationLevel, this.hypervisorType, this.imageModel);
	}

	/**
	 * The first group, category first, on which the two decisions differ; null when they
	 * agree.
	 */
	public Outcome firstDifference(Decision other) {
		if (this.category.value() != other.category.value()) {
			return other.category;
		}
		for (int i = 0; i < 3; i++) {
			if (criteria().get(i).value() != other.criteria().get(i).value()) {
				return other.criteria().get(i);
			}
		}
		return null;
	}

}
