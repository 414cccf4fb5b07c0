package org.virtclass.classification;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import org.virtclass.Seeded;
import org.virtclass.Seeded.Gen;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's invariants: against the reference rules for every one of the 9,216
 * combinations of facts, and over seeded random facts for the rest.
 */
@Execution(ExecutionMode.CONCURRENT)
class ClassificationEngineProperties {

	private static final List<String> CONTESTABLE = ToolFacts.NAMES.subList(0, ToolFacts.NAMES.size() - 1);

	/**
	 * One format per image model, so that a 4-bit mask covers every combination of
	 * models.
	 */
	private static final List<ImageFormat> ONE_PER_MODEL = List.of(ImageFormat.QCOW2, ImageFormat.OCI_IMAGE,
			ImageFormat.CONTAINER_TEMPLATE, ImageFormat.ISO);

	private final ClassificationEngine engine = new ClassificationEngine();

	@Test
	void theTableAgreesWithTheReferenceRulesForEveryCombinationOfFacts() {
		List<String> disagreements = new ArrayList<>();
		int combinations = 0;
		for (int flags = 0; flags < 64; flags++) {
			for (HardwareVirtualization hv : HardwareVirtualization.values()) {
				for (RunsOn runsOn : RunsOn.values()) {
					for (int models = 0; models < 16; models++) {
						List<ImageFormat> formats = new ArrayList<>();
						for (int i = 0; i < ONE_PER_MODEL.size(); i++) {
							if ((models & (1 << i)) != 0) {
								formats.add(ONE_PER_MODEL.get(i));
							}
						}
						ToolFacts facts = facts(flags, hv, runsOn, formats, List.of());
						combinations++;
						if (!labels(this.engine.classify(facts)).equals(reference(facts))) {
							disagreements.add(facts + ": engine " + labels(this.engine.classify(facts)) + ", rules "
									+ reference(facts));
						}
					}
				}
			}
		}
		assertThat(combinations).isEqualTo(64 * 3 * 3 * 16);
		assertThat(disagreements).isEmpty();
	}

	@Test
	void theTableAgreesWithTheReferenceRulesForAnyFormatList() {
		Seeded.tries(3_000, (gen) -> {
			ToolFacts facts = facts(gen);
			assertThat(labels(this.engine.classify(facts))).as("%s", facts).isEqualTo(reference(facts));
		});
	}

	@Test
	void guestsThatShareTheHostKernelWithoutTheirOwnKernelAreNeverAVmTool() {
		Seeded.tries(1_000, (gen) -> {
			ToolFacts any = facts(gen);
			ToolFacts shared = new ToolFacts(false, any.hardwareVirtualization(), any.runsOn(),
					any.emulatesForeignIsa(), true, any.userSpaceKernel(), any.translatesSyscalls(),
					any.managesOthers(), any.imageFormats(), any.contested());
			Verdict v = this.engine.classify(shared);
			assertThat(v.category()).isNotEqualTo(Category.VM_TOOL);
			assertThat(v.vmTool()).isFalse();
		});
	}

	@Test
	void confidenceStaysWithinZeroAndOneAndReasonsAreNeverEmpty() {
		Seeded.tries(1_000, (gen) -> {
			Verdict v = this.engine.classify(facts(gen));
			assertThat(v.confidence()).isBetween(0.0, 1.0);
			assertThat(v.reasons()).isNotEmpty();
		});
	}

	@Test
	void contestingAnotherFactNeverRaisesConfidence() {
		Seeded.tries(1_000, (gen) -> {
			ToolFacts facts = facts(gen);
			String another = gen.pick(CONTESTABLE);
			List<String> more = Stream.concat(facts.contested().stream(), Stream.of(another)).toList();
			double before = this.engine.classify(facts).confidence();
			double after = this.engine.classify(withContested(facts, more)).confidence();
			assertThat(after).isLessThanOrEqualTo(before);
		});
	}

	@Test
	void contestedFactsNeverRaiseConfidenceAndNeverChangeTheLabels() {
		Seeded.tries(1_000, (gen) -> {
			ToolFacts facts = facts(gen);
			Verdict contested = this.engine.classify(facts);
			Verdict settled = this.engine.classify(withContested(facts, List.of()));
			assertThat(contested.confidence()).isLessThanOrEqualTo(settled.confidence());
			assertThat(labels(contested)).isEqualTo(labels(settled));
		});
	}

	@Test
	void vmToolIsTrueExactlyWhenTheCategoryIsVmTool() {
		Seeded.tries(1_000, (gen) -> {
			Verdict v = this.engine.classify(facts(gen));
			assertThat(v.vmTool()).isEqualTo(v.category() == Category.VM_TOOL);
		});
	}

	@Test
	void theWinningValueHasTheLargestScore() {
		Seeded.tries(1_000, (gen) -> {
			Verdict v = this.engine.classify(facts(gen));
			assertThat(v.scores().category().get(v.category()))
				.isEqualTo(v.scores().category().values().stream().max(Double::compare).orElseThrow());
			assertThat(v.scores().isolationLevel().get(v.isolationLevel()))
				.isEqualTo(v.scores().isolationLevel().values().stream().max(Double::compare).orElseThrow());
		});
	}

	@Test
	void comparingTwoVerdictsNamesTheSameCriteriaEitherWayRound() {
		Seeded.tries(1_000, (gen) -> {
			Verdict left = this.engine.classify(facts(gen));
			Verdict right = this.engine.classify(facts(gen));
			Comparison there = this.engine.compare(left, right);
			Comparison back = this.engine.compare(right, left);
			assertThat(back.differences().stream().map(Comparison.Difference::criterion))
				.containsExactlyElementsOf(there.differences().stream().map(Comparison.Difference::criterion).toList());
			assertThat(this.engine.compare(left, left).differences()).isEmpty();
		});
	}

	/**
	 * Any facts: every flag, up to four distinct formats, up to three contested facts.
	 */
	private static ToolFacts facts(Gen gen) {
		return facts(gen.between(0, 63), gen.pick(HardwareVirtualization.class), gen.pick(RunsOn.class),
				gen.distinct(List.of(ImageFormat.values()), 0, 4), gen.distinct(CONTESTABLE, 0, 3));
	}

	private static List<Enum<?>> labels(Verdict v) {
		return List.of(v.category(), v.hypervisorType(), v.isolationLevel(), v.imageModel());
	}

	private static List<Enum<?>> reference(ToolFacts facts) {
		return List.of(ReferenceRules.category(facts), ReferenceRules.hypervisorType(facts),
				ReferenceRules.isolationLevel(facts), ReferenceRules.imageModel(facts));
	}

	/**
	 * Bits, lowest first: guestOwnKernel, emulatesForeignIsa, sharesHostKernel,
	 * userSpaceKernel, translatesSyscalls, managesOthers.
	 */
	private static ToolFacts facts(int flags, HardwareVirtualization hv, RunsOn runsOn, List<ImageFormat> formats,
			List<String> contested) {
		return new ToolFacts(bit(flags, 0), hv, runsOn, bit(flags, 1), bit(flags, 2), bit(flags, 3), bit(flags, 4),
				bit(flags, 5), formats, contested);
	}

	private static boolean bit(int flags, int i) {
		return (flags & (1 << i)) != 0;
	}

	private static ToolFacts withContested(ToolFacts f, List<String> contested) {
		return new ToolFacts(f.guestOwnKernel(), f.hardwareVirtualization(), f.runsOn(), f.emulatesForeignIsa(),
				f.sharesHostKernel(), f.userSpaceKernel(), f.translatesSyscalls(), f.managesOthers(), f.imageFormats(),
				contested);
	}

}
