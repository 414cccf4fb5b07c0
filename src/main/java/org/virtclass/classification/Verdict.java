package org.virtclass.classification;

import java.util.List;
import java.util.Objects;

/**
 * What the engine says about a tool.
 *
 * @param category the kind of software
 * @param vmTool true exactly when the category is {@link Category#VM_TOOL}: the tool
 * creates virtual machines that each boot their own guest kernel on virtual hardware
 * @param hypervisorType criterion 1, hardware abstraction level
 * @param isolationLevel criterion 2, isolation strength
 * @param imageModel criterion 3, image model
 * @param confidence between 0 and 1: how clearly the winning category beats the
 * runner-up, lowered for each contested fact that could change the verdict
 * @param scores per category and per criterion value
 * @param reasons why, most important first; never empty (see {@link Reason} for how to
 * show them)
 */
public record Verdict(Category category, boolean vmTool, HypervisorType hypervisorType, IsolationLevel isolationLevel,
		ImageModel imageModel, double confidence, Scores scores, List<Reason> reasons) {

	public Verdict {
		Objects.requireNonNull(category, "category");
		Objects.requireNonNull(hypervisorType, "hypervisorType");
		Objects.requireNonNull(isolationLevel, "isolationLevel");
		Objects.requireNonNull(imageModel, "imageModel");
		Objects.requireNonNull(scores, "scores");
		if (vmTool != category.isVmTool()) {
			throw new IllegalArgumentException("vmTool must be true exactly when the category is VM_TOOL");
		}
		if (!(confidence >= 0 && confidence <= 1)) {
			throw new IllegalArgumentException("confidence must be within [0, 1]: " + confidence);
		}
		reasons = List.copyOf(reasons);
		if (reasons.isEmpty()) {
			throw new IllegalArgumentException("a verdict needs at least one reason");
		}
	}

	/** The value this verdict gives on one criterion. */
	public Enum<?> valueOf(Criterion criterion) {
		return switch (criterion) {
			case HYPERVISOR_TYPE -> this.hypervisorType;
			case ISOLATION_LEVEL -> this.isolationLevel;
			case IMAGE_MODEL -> this.imageModel;
		};
	}

}
