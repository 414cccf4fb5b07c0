package org.virtclass.classification.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RuleTableTests {

	@Test
	void eachStepWeighsMoreThanEveryLaterStepOfItsGroup() {
		for (Group group : Group.values()) {
			List<Rule> rules = RuleTable.rules(group);
			for (int i = 0; i < rules.size(); i++) {
				for (int j = i + 1; j < rules.size(); j++) {
					Rule earlier = rules.get(i);
					Rule later = rules.get(j);
					assertThat(later.step()).as("%s comes before %s", earlier, later)
						.isGreaterThanOrEqualTo(earlier.step());
					if (later.step() > earlier.step()) {
						assertThat(later.weight()).as("%s outweighs %s", earlier, later).isLessThan(earlier.weight());
					}
					else {
						assertThat(later.weight()).as("%s and %s share a step", earlier, later)
							.isEqualTo(earlier.weight());
					}
				}
			}
		}
	}

	@Test
	void rulesOfOneStepThatCanHoldTogetherVoteForTheSameValue() {
		// Lines of one step are the alternatives of one README "or", so they must agree.
		for (Group group : Group.values()) {
			List<Rule> rules = RuleTable.rules(group)
				.stream()
				.filter((r) -> r.group() != Group.HYPERVISOR_TYPE)
				.toList();
			for (Rule a : rules) {
				for (Rule b : rules) {
					if (a.step() == b.step()) {
						assertThat(a.target()).as("%s and %s", a, b).isEqualTo(b.target());
					}
				}
			}
		}
	}

	@Test
	void eachGroupEndsWithExactlyOneFallbackAndEveryTargetBelongsToItsGroup() {
		for (Group group : Group.values()) {
			List<Rule> rules = RuleTable.rules(group);
			assertThat(rules.get(rules.size() - 1).fallback()).as("%s ends with otherwise", group).isTrue();
			assertThat(rules.stream().filter(Rule::fallback)).hasSize(1);
			assertThat(rules).allSatisfy((r) -> assertThat(group.outcomes()).contains(r.target()));
		}
	}

	@Test
	void ruleNamesAreUnique() {
		Set<String> names = new HashSet<>();
		assertThat(RuleTable.rules()).allSatisfy((r) -> assertThat(names.add(r.name())).as(r.name()).isTrue());
	}

	@Test
	void enumValuesHaveMessageKeysNamedAfterTheirType() {
		assertThat(RuleTable.key(org.virtclass.classification.HypervisorType.TYPE_1))
			.isEqualTo("classification.hypervisorType.TYPE_1");
		assertThat(RuleTable.key(org.virtclass.classification.ImageFormat.OVF_OVA))
			.isEqualTo("classification.imageFormat.OVF_OVA");
	}

}
