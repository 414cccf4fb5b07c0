package org.virtclass.classification;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.virtclass.classification.ClassificationEngineTests.CONTAINER_ENGINE;
import static org.virtclass.classification.ClassificationEngineTests.EVERYDAY;
import static org.virtclass.classification.ClassificationEngineTests.MICRO_VM_SANDBOX;
import static org.virtclass.classification.ClassificationEngineTests.PURE_EMULATOR;
import static org.virtclass.classification.ClassificationEngineTests.TYPE_1;
import static org.virtclass.classification.ClassificationEngineTests.TYPE_2;
import static org.virtclass.classification.ClassificationEngineTests.USER_SPACE_KERNEL_SANDBOX;
import static org.virtclass.classification.ClassificationEngineTests.VM_MANAGER;

class ComparisonTests {

	private final ClassificationEngine engine = new ClassificationEngine();

	@Test
	void isolationSeparatesAVmToolFromAContainerFirst() {
		Comparison c = compare(TYPE_2, CONTAINER_ENGINE);
		assertThat(c.sameCategory()).isFalse();
		assertThat(c.differences()).extracting(Comparison.Difference::criterion)
			.containsExactly(Criterion.ISOLATION_LEVEL, Criterion.HYPERVISOR_TYPE, Criterion.IMAGE_MODEL);
		assertThat(c.reason())
			.isEqualTo(Reason.of("classification.compare.decisive.vmTool", "classification.dimension.isolationLevel",
					"classification.isolationLevel.HARDWARE", "classification.isolationLevel.KERNEL"));
		assertThat(c.differences().get(0).left()).isEqualTo(IsolationLevel.HARDWARE);
		assertThat(c.differences().get(0).right()).isEqualTo(IsolationLevel.KERNEL);
	}

	@Test
	void theHypervisorTypeSeparatesTwoVmTools() {
		Comparison c = compare(TYPE_1, TYPE_2);
		assertThat(c.sameCategory()).isTrue();
		assertThat(c.differences()).extracting(Comparison.Difference::criterion)
			.containsExactly(Criterion.HYPERVISOR_TYPE);
		assertThat(c.reason().key()).isEqualTo("classification.compare.decisive");
	}

	@Test
	void twoSandboxesDifferInIsolationOnly() {
		Comparison c = compare(MICRO_VM_SANDBOX, USER_SPACE_KERNEL_SANDBOX);
		assertThat(c.differences()).extracting(Comparison.Difference::criterion)
			.containsExactly(Criterion.ISOLATION_LEVEL);
	}

	@Test
	void whenOnlyTheImageModelDiffersBetweenAVmToolAndAnotherTheGeneralSentenceIsUsed() {
		Comparison c = compare(VM_MANAGER, MICRO_VM_SANDBOX);
		assertThat(c.differences()).extracting(Comparison.Difference::criterion).containsExactly(Criterion.IMAGE_MODEL);
		assertThat(c.reason().key()).isEqualTo("classification.compare.decisive");
	}

	@Test
	void sameCriteriaButDifferentCategoriesSaySo() {
		Comparison c = compare(PURE_EMULATOR,
				Facts.facts().managesOthers().guestOwnKernel().formats(ImageFormat.ISO).build());
		assertThat(c.differences()).isEmpty();
		assertThat(c.reason()).isEqualTo(Reason.of("classification.compare.categoryOnly",
				"classification.category.EMULATOR", "classification.category.VM_TOOL"));
	}

	@Test
	void aToolComparedWithItselfIsTheSame() {
		assertThat(compare(EVERYDAY, EVERYDAY).reason()).isEqualTo(Reason.of("classification.compare.same"));
	}

	private Comparison compare(ToolFacts a, ToolFacts b) {
		return this.engine.compare(this.engine.classify(a), this.engine.classify(b));
	}

}
