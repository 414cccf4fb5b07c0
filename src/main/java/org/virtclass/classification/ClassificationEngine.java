package org.virtclass.classification;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.virtclass.classification.rules.Alternatives;
import org.virtclass.classification.rules.Decision;
import org.virtclass.classification.rules.Group;
import org.virtclass.classification.rules.Outcome;
import org.virtclass.classification.rules.RuleTable;

/**
 * Facts in, verdict out. The rules and weights are all in {@link RuleTable}; this class
 * runs them, turns the scores into a confidence and asks {@link Explainer} for the
 * reasons. It keeps no state, so one instance serves every request;
 * {@code new ClassificationEngine()} is all a test needs.
 */
public class ClassificationEngine {

	/** Classifies a tool, seen or unseen, from its facts alone. */
	public Verdict classify(ToolFacts facts) {
		Decision decision = Decision.of(facts);
		List<Contest> contests = contests(facts, decision);
		double confidence = decision.category().margin();
		for (Contest contest : contests) {
			confidence *= contest.factor();
		}
		Category category = (Category) decision.category().value();
		return new Verdict(category, category.isVmTool(), (HypervisorType) decision.hypervisorType().value(),
				(IsolationLevel) decision.isolationLevel().value(), (ImageModel) decision.imageModel().value(),
				round(Math.min(1, Math.max(0, confidence))), scores(decision),
				Explainer.explain(facts, decision, contests));
	}

	/**
	 * Which criterion separates two verdicts, most decisive first (for "Compare two
	 * tools").
	 */
	public Comparison compare(Verdict left, Verdict right) {
		return Comparison.of(left, right);
	}

	/**
	 * Every other reading of the facts that sources dispute: for each contested fact, the
	 * opposite of a yes/no fact, every other value of an enumerated one and, for the
	 * image formats, the list without one of its formats or without any. Each reading has
	 * no contested list of its own. A role that holds under the recorded facts and under
	 * all of these cannot be made debatable by any source.
	 */
	public List<ToolFacts> otherReadings(ToolFacts facts) {
		List<ToolFacts> readings = new ArrayList<>();
		for (String fact : new LinkedHashSet<>(facts.contested())) {
			readings.addAll(Alternatives.of(facts, fact));
		}
		return readings;
	}

	/**
	 * For each contestable fact named as contested: what its other readings would change,
	 * if anything.
	 */
	private static List<Contest> contests(ToolFacts facts, Decision decision) {
		if (facts.contested().isEmpty()) {
			return List.of();
		}
		List<Contest> contests = new ArrayList<>();
		for (String fact : new LinkedHashSet<>(facts.contested())) {
			if (!ToolFacts.CONTESTABLE.contains(fact)) {
				continue;
			}
			Outcome changed = null;
			for (ToolFacts reading : Alternatives.of(facts, fact)) {
				Outcome difference = decision.firstDifference(Decision.of(reading));
				if (difference != null && (changed == null
						|| (difference.group() == Group.CATEGORY && changed.group() != Group.CATEGORY))) {
					changed = difference;
				}
			}
			contests.add(new Contest(fact, changed));
		}
		return contests;
	}

	private static Scores scores(Decision d) {
		return new Scores(shares(Category.class, d.category()), shares(HypervisorType.class, d.hypervisorType()),
				shares(IsolationLevel.class, d.isolationLevel()), shares(ImageModel.class, d.imageModel()));
	}

	@SuppressWarnings("unchecked")
	private static <E extends Enum<E>> Map<E, Double> shares(Class<E> type, Outcome outcome) {
		double total = outcome.scores().values().stream().mapToInt(Integer::intValue).sum();
		EnumMap<E, Double> shares = new EnumMap<>(type);
		outcome.scores().forEach((value, score) -> shares.put((E) value, round(score / total)));
		return Collections.unmodifiableMap(shares);
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

}
