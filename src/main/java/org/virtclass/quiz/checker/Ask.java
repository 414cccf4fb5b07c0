package org.virtclass.quiz.checker;

import org.virtclass.classification.Category;
import org.virtclass.classification.HypervisorType;
import org.virtclass.classification.Verdict;

/** What a multiple-choice question asks for. The names are part of the JSON API. */
public enum Ask {

	NOT_VM_TOOL, VM_TOOL, TYPE_1_HYPERVISOR, TYPE_2_HYPERVISOR, CONTAINER, NOT_CONTAINER, NOT_TYPE_1_HYPERVISOR,
	NOT_TYPE_2_HYPERVISOR, EMULATOR, NOT_EMULATOR;

	/**
	 * How well a tool with this verdict answers the question.
	 * @param broad the stem says "virtualization" rather than "virtual machine", so
	 * containers and emulators count as virtualization in part
	 */
	Fit fit(Verdict verdict, boolean broad) {
		Category c = verdict.category();
		return switch (this) {
			case VM_TOOL -> verdict.vmTool() ? Fit.FULL : (partlyVirtualization(c, broad) ? Fit.PARTIAL : Fit.NONE);
			case NOT_VM_TOOL -> verdict.vmTool() ? Fit.NONE : (partlyVirtualization(c, broad) ? Fit.PARTIAL : Fit.FULL);
			case TYPE_1_HYPERVISOR -> hypervisor(verdict, HypervisorType.TYPE_1);
			case TYPE_2_HYPERVISOR -> hypervisor(verdict, HypervisorType.TYPE_2);
			case CONTAINER -> (c == Category.CONTAINER) ? Fit.FULL : (containerRelated(c) ? Fit.PARTIAL : Fit.NONE);
			case NOT_CONTAINER -> (c == Category.CONTAINER) ? Fit.NONE : (containerRelated(c) ? Fit.PARTIAL : Fit.FULL);
			case NOT_TYPE_1_HYPERVISOR -> opposite(hypervisor(verdict, HypervisorType.TYPE_1));
			case NOT_TYPE_2_HYPERVISOR -> opposite(hypervisor(verdict, HypervisorType.TYPE_2));
			case EMULATOR -> (c == Category.EMULATOR) ? Fit.FULL : Fit.NONE;
			case NOT_EMULATOR -> (c == Category.EMULATOR) ? Fit.NONE : Fit.FULL;
		};
	}

	/** The question names the opposite of what it asks for ("which is NOT ..."). */
	public boolean negated() {
		return this == NOT_VM_TOOL || this == NOT_CONTAINER || this == NOT_TYPE_1_HYPERVISOR
				|| this == NOT_TYPE_2_HYPERVISOR || this == NOT_EMULATOR;
	}

	/** A question about hypervisor types, asked either way. */
	boolean aboutType() {
		return this == TYPE_1_HYPERVISOR || this == TYPE_2_HYPERVISOR || this == NOT_TYPE_1_HYPERVISOR
				|| this == NOT_TYPE_2_HYPERVISOR;
	}

	/** "Which is NOT a type 1 hypervisor": a partial fit stays partial, the rest swap. */
	private static Fit opposite(Fit fit) {
		return switch (fit) {
			case FULL -> Fit.NONE;
			case NONE -> Fit.FULL;
			case PARTIAL -> Fit.PARTIAL;
		};
	}

	/**
	 * An emulator also boots a whole guest system, so textbooks often count it as a
	 * virtual machine; when the stem says "virtualization", containers count too.
	 */
	private static boolean partlyVirtualization(Category c, boolean broad) {
		if (c == Category.EMULATOR) {
			return true;
		}
		return broad && (c == Category.CONTAINER || c == Category.SANDBOXED_CONTAINER || c == Category.ORCHESTRATOR);
	}

	private static boolean containerRelated(Category c) {
		return c == Category.SANDBOXED_CONTAINER || c == Category.ORCHESTRATOR;
	}

	/**
	 * A hypervisor inside a host kernel (KVM) is counted as type 1 by some books and type
	 * 2 by others.
	 */
	private static Fit hypervisor(Verdict verdict, HypervisorType type) {
		if (verdict.hypervisorType() == type) {
			return Fit.FULL;
		}
		return (verdict.hypervisorType() == HypervisorType.HYBRID) ? Fit.PARTIAL : Fit.NONE;
	}

}
