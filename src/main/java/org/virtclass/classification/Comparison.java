package org.virtclass.classification;

import java.util.ArrayList;
import java.util.List;

import org.virtclass.classification.rules.RuleTable;

/**
 * What separates two verdicts, for "Compare two tools".
 *
 * @param left the left tool's category
 * @param right the right tool's category
 * @param differences the criteria on which they differ, most decisive first; the first
 * one is the criterion to highlight
 * @param reason one sentence that says what separates them (or that nothing does)
 */
public record Comparison(Category left, Category right, List<Difference> differences, Reason reason) {

	/**
	 * Decisiveness when exactly one side is a VM tool: its guests' own kernel is what
	 * makes it one.
	 */
	private static final List<Criterion> VM_AGAINST_OTHER = List.of(Criterion.ISOLATION_LEVEL,
			Criterion.HYPERVISOR_TYPE, Criterion.IMAGE_MODEL);

	/**
	 * Between two VM tools only the hypervisor's place can separate them in a textbook
	 * question.
	 */
	private static final List<Criterion> VM_AGAINST_VM = List.of(Criterion.HYPERVISOR_TYPE, Criterion.ISOLATION_LEVEL,
			Criterion.IMAGE_MODEL);

	/**
	 * Between two other tools isolation tells them apart first, then what they package.
	 */
	private static final List<Criterion> OTHERS = List.of(Criterion.ISOLATION_LEVEL, Criterion.IMAGE_MODEL,
			Criterion.HYPERVISOR_TYPE);

	public Comparison {
		differences = List.copyOf(differences);
	}

	/**
	 * One criterion on which the two differ.
	 *
	 * @param criterion the criterion
	 * @param left the left verdict's value
	 * @param right the right verdict's value
	 * @param reason "criterion n: left versus right"
	 */
	public record Difference(Criterion criterion, Enum<?> left, Enum<?> right, Reason reason) {
	}

	public boolean sameCategory() {
		return this.left == this.right;
	}

	static Comparison of(Verdict a, Verdict b) {
		List<Criterion> order = (a.vmTool() != b.vmTool()) ? VM_AGAINST_OTHER : (a.vmTool() ? VM_AGAINST_VM : OTHERS);
		List<Difference> differences = new ArrayList<>();
		for (Criterion criterion : order) {
			Enum<?> left = a.valueOf(criterion);
			Enum<?> right = b.valueOf(criterion);
			if (left != right) {
				differences.add(new Difference(criterion, left, right, Reason
					.of("classification.compare." + criterion.field(), RuleTable.key(left), RuleTable.key(right))));
			}
		}
		return new Comparison(a.category(), b.category(), differences, reason(a, b, differences));
	}

	private static Reason reason(Verdict a, Verdict b, List<Difference> differences) {
		if (differences.isEmpty()) {
			return (a.category() == b.category()) ? Reason.of("classification.compare.same") : Reason
				.of("classification.compare.categoryOnly", RuleTable.key(a.category()), RuleTable.key(b.category()));
		}
		Difference first = differences.get(0);
		boolean vmAgainstOther = a.vmTool() != b.vmTool() && first.criterion() == Criterion.ISOLATION_LEVEL;
		String key = vmAgainstOther ? "classification.compare.decisive.vmTool" : "classification.compare.decisive";
		return Reason.of(key, first.criterion().key(), RuleTable.key(first.left()), RuleTable.key(first.right()));
	}

}
