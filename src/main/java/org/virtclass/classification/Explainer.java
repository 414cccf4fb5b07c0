package org.virtclass.classification;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.virtclass.classification.rules.Case;
import org.virtclass.classification.rules.Decision;
import org.virtclass.classification.rules.Outcome;
import org.virtclass.classification.rules.Rule;
import org.virtclass.classification.rules.RuleTable;

/**
 * Writes a verdict's reasons, most important first: the rule that decided the category;
 * contested facts that could change the verdict; the rules that decided criterion 2, 1
 * and 3; other category rules that matched but came later in the table; contested facts
 * that change nothing.
 */
final class Explainer {

	private Explainer() {
	}

	static List<Reason> explain(ToolFacts facts, Decision decision, List<Contest> contests) {
		Case decided = new Case(facts, (Category) decision.category().value());
		List<Reason> reasons = new ArrayList<>();
		reasons.add(reasonFor(decision.category().decisive(), decided));
		contests.stream().filter(Contest::changesCategory).map(Explainer::contested).forEach(reasons::add);
		contests.stream()
			.filter((c) -> c.changesVerdict() && !c.changesCategory())
			.map(Explainer::contested)
			.forEach(reasons::add);
		for (Outcome criterion : decision.criteria()) {
			reasons.add(reasonFor(criterion.decisive(), decided));
		}
		Set<Category> mentioned = EnumSet.of((Category) decision.category().value());
		for (Rule rule : decision.category().matched()) {
			if (mentioned.add((Category) rule.target())) {
				reasons.add(Reason.of("classification.reason.alsoMatched", rule.conditionKey(),
						RuleTable.key(rule.target())));
			}
		}
		contests.stream()
			.filter((c) -> !c.changesVerdict())
			.map((c) -> Reason.of("classification.reason.contested.harmless", factKey(c.fact())))
			.forEach(reasons::add);
		return reasons;
	}

	private static Reason reasonFor(Rule rule, Case c) {
		return new Reason(rule.reasonKey(), rule.args().apply(c));
	}

	private static Reason contested(Contest contest) {
		Outcome changed = contest.changed();
		if (contest.changesCategory()) {
			return Reason.of("classification.reason.contested.category", factKey(contest.fact()),
					RuleTable.key(changed.value()));
		}
		return Reason.of("classification.reason.contested.criterion", factKey(contest.fact()),
				"classification.dimension." + changed.group().field(), RuleTable.key(changed.value()));
	}

	static String factKey(String fact) {
		return "classification.fact." + fact;
	}

}
