package org.virtclass.classification;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine's invariants, over generated facts. */
class ClassificationEngineProperties {

	private static final List<String> CONTESTABLE = ToolFacts.NAMES.subList(0, ToolFacts.NAMES.size() - 1);

	/** One format per image model, so that a 4-bit mask covers every combination of models. */
	private static final List<ImageFormat> ONE_PER_MODEL = List.of(ImageFormat.QCOW2, ImageFormat.OCI_IMAGE,
			ImageFormat.CONTAINER_TEMPLATE, ImageFormat.ISO);

	private final ClassificationEngine engine = new ClassificationEngine();

	@Property(generation = GenerationMode.EXHAUSTIVE, tries = 10_000)
	void theTableAgreesWithTheReferenceRulesForEveryCombinationOfFacts(
			@ForAll @IntRange(min = 0, max = 63) int flags, @ForAll HardwareVirtualization hardwareVirtualization,
			@ForAll RunsOn runsOn, @ForAll @IntRange(min = 0, max = 15) int models) {
		List<ImageFormat> formats = new ArrayList<>();
		for (int i = 0; i < ONE_PER_MODEL.size(); i++) {
			if ((models & (1 << i)) != 0) {
				formats.add(ONE_PER_MODEL.get(i));
			}
		}
		assertAgreesWithReference(facts(flags, hardwareVirtualization, runsOn, formats, List.of()));
	}

	@Property(tries = 3_000)
	void theTableAgreesWithTheReferenceRulesForAnyFormatList(@ForAll("facts") ToolFacts facts) {
		assertAgreesWithReference(facts);
	}

	@Property
	void guestsThatShareTheHostKernelWithoutTheirOwnKernelAreNeverAVmTool(@ForAll("facts") ToolFacts any) {
		ToolFacts shared = new ToolFacts(false, any.hardwareVirtualization(), any.runsOn(), any.emulatesForeignIsa(),
				true, any.userSpaceKernel(), any.translatesSyscalls(), any.managesOthers(), any.imageFormats(),
				any.contested());
		Verdict v = this.engine.classify(shared);
		assertThat(v.category()).isNotEqualTo(Category.VM_TOOL);
		assertThat(v.vmTool()).isFalse();
	}

	@Property
	void confidenceStaysWithinZeroAndOneAndReasonsAreNeverEmpty(@ForAll("facts") ToolFacts facts) {
		Verdict v = this.engine.classify(facts);
		assertThat(v.confidence()).isBetween(0.0, 1.0);
		assertThat(v.reasons()).isNotEmpty();
	}

	@Property
	void contestingAnotherFactNeverRaisesConfidence(@ForAll("facts") ToolFacts facts,
			@ForAll("contestable") String another) {
		List<String> more = Stream.concat(facts.contested().stream(), Stream.of(another)).toList();
		double before = this.engine.classify(facts).confidence();
		double after = this.engine.classify(withContested(facts, more)).confidence();
		assertThat(after).isLessThanOrEqualTo(before);
	}

	@Property
	void contestedFactsNeverRaiseConfidenceAndNeverChangeTheLabels(@ForAll("facts") ToolFacts facts) {
		Verdict contested = this.engine.classify(facts);
		Verdict settled = this.engine.classify(withContested(facts, List.of()));
		assertThat(contested.confidence()).isLessThanOrEqualTo(settled.confidence());
		assertThat(List.of(contested.category(), contested.hypervisorType(), contested.isolationLevel(),
				contested.imageModel()))
			.containsExactly(settled.category(), settled.hypervisorType(), settled.isolationLevel(),
					settled.imageModel());
	}

	@Property
	void vmToolIsTrueExactlyWhenTheCategoryIsVmTool(@ForAll("facts") ToolFacts facts) {
		Verdict v = this.engine.classify(facts);
		assertThat(v.vmTool()).isEqualTo(v.category() == Category.VM_TOOL);
	}

	@Property
	void theWinningValueHasTheLargestScore(@ForAll("facts") ToolFacts facts) {
		Verdict v = this.engine.classify(facts);
		assertThat(v.scores().category().get(v.category()))
			.isEqualTo(v.scores().category().values().stream().max(Double::compare).orElseThrow());
		assertThat(v.scores().isolationLevel().get(v.isolationLevel()))
			.isEqualTo(v.scores().isolationLevel().values().stream().max(Double::compare).orElseThrow());
	}

	@Property
	void comparingTwoVerdictsNamesTheSameCriteriaEitherWayRound(@ForAll("facts") ToolFacts a,
			@ForAll("facts") ToolFacts b) {
		Verdict left = this.engine.classify(a);
		Verdict right = this.engine.classify(b);
		Comparison there = this.engine.compare(left, right);
		Comparison back = this.engine.compare(right, left);
		assertThat(back.differences().stream().map(Comparison.Difference::criterion))
			.containsExactlyElementsOf(there.differences().stream().map(Comparison.Difference::criterion).toList());
		assertThat(this.engine.compare(left, left).differences()).isEmpty();
	}

	@Provide
	Arbitrary<ToolFacts> facts() {
		Arbitrary<List<ImageFormat>> formats = Arbitraries.of(ImageFormat.class).list().uniqueElements().ofMaxSize(4);
		Arbitrary<List<String>> contested = contestable().list().uniqueElements().ofMaxSize(3);
		return Combinators.combine(Arbitraries.integers().between(0, 63), Arbitraries.of(HardwareVirtualization.class),
				Arbitraries.of(RunsOn.class), formats, contested)
			.as(ClassificationEngineProperties::facts);
	}

	@Provide
	Arbitrary<String> contestable() {
		return Arbitraries.of(CONTESTABLE);
	}

	private void assertAgreesWithReference(ToolFacts facts) {
		Verdict v = this.engine.classify(facts);
		assertThat(List.of(v.category(), v.hypervisorType(), v.isolationLevel(), v.imageModel()))
			.as("%s", facts)
			.containsExactly(ReferenceRules.category(facts), ReferenceRules.hypervisorType(facts),
					ReferenceRules.isolationLevel(facts), ReferenceRules.imageModel(facts));
	}

	/** Bits, lowest first: guestOwnKernel, emulatesForeignIsa, sharesHostKernel, userSpaceKernel, translatesSyscalls, managesOthers. */
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
