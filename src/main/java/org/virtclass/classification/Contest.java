package org.virtclass.classification;

import org.virtclass.classification.rules.Group;
import org.virtclass.classification.rules.Outcome;
import org.virtclass.classification.rules.RuleTable;

/**
 * A contested fact and what its other reading would change.
 *
 * @param fact the fact's name
 * @param changed the first group (category first) that another reading of the fact would
 * change, as that reading decides it; null when no reading changes the verdict
 */
record Contest(String fact, Outcome changed) {

	boolean changesVerdict() {
		return this.changed != null;
	}

	boolean changesCategory() {
		return this.changed != null && this.changed.group() == Group.CATEGORY;
	}

	/** What this contest multiplies the confidence by. */
	double factor() {
		if (this.changed == null) {
			return 1;
		}
		return changesCategory() ? RuleTable.CONTESTED_CATEGORY_FACTOR : RuleTable.CONTESTED_CRITERION_FACTOR;
	}

}
