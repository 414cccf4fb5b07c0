package org.virtclass.quiz.checker;

import org.virtclass.classification.Category;
import org.virtclass.classification.HypervisorType;
import org.virtclass.classification.Verdict;

/** What a multiple-choice question asks for. The names are part of the JSON API. */
public enum Ask {

	NOT_VM_TOOL, VM_TOOL, TYPE_1_HYPERVISOR, TYPE_2_HYPERVISOR, CONTAINER, NOT_CONTAINER;

	/**
	 * How well a tool with this verdict answers the question.
	 * @param broad the stem says "virtualization" rather than "virtual machine", so containers and
	 * emulators count as virtualization in part
	 */
	Fit fit(Verdict verdict, boolean broad) {
		Category c = verdict.category();
		return switch (this) {
			case VM_TOOL -> verdict.vmTool() ? Fit.FULL : (partlyVirtualization(c, broad) ? Fit.PARTIAL : Fit.NONE);
			case NOT_VM_TOOL -> verdict.vmTool() ? Fit.NONE
					: (partlyVirtualization(c, broad) ? Fit.PARTIAL : Fit.FULL);
			case TYPE_1_HYPERVISOR -> hypervisor(verdict, HypervisorType.TYPE_1);
			case TYPE_2_HYPERVISOR -> hypervisor(verdict, HypervisorType.TYPE_2);
			case CONTAINER -> (c == Category.CONTAINER) ? Fit.FULL : (containerRelated(c) ? Fit.PARTIAL : Fit.NONE);
			case NOT_CONTAINER -> (c == Category.CONTAINER) ? Fit.NONE
					: (containerRelated(c) ? Fit.PARTIAL : Fit.FULL);
		};
	}

	/** The question names the opposite of what it asks for ("which is NOT ..."). */
	public boolean negated() {
		return this == NOT_VM_TOOL || this == NOT_CONTAINER;
	}

	/**
	 * An emulator also boots a whole guest system, so textbooks often count it as a virtual machine;
	 * when the stem says "virtualization", containers count too.
	 */
	private static boolean partlyVirtualization(Category c, boolean broad) {
		if (c == Category.EMULATOR) {
			return true;
		}
		return broad && (c == Category.CONTAINER || c == Category.SANDBOXED_CONTAINER
				|| c == Category.ORCHESTRATOR);
	}

	private static boolean containerRelated(Category c) {
		return c == Category.SANDBOXED_CONTAINER || c == Category.ORCHESTRATOR;
	}

	/** A hypervisor inside a host kernel (KVM) is counted as type 1 by some books and type 2 by others. */
	private static Fit hypervisor(Verdict verdict, HypervisorType type) {
		if (verdict.hypervisorType() == type) {
			return Fit.FULL;
		}
		return (verdict.hypervisorType() == HypervisorType.HYBRID) ? Fit.PARTIAL : Fit.NONE;
	}

}
