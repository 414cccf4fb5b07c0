package org.virtclass.classification;

/**
 * What kind of software a tool is, as far as the question "is it a virtual machine?"
 * goes.
 */
public enum Category {

	VM_TOOL, CONTAINER, SANDBOXED_CONTAINER, EMULATOR, COMPAT_LAYER, ORCHESTRATOR, NOT_VIRTUALIZATION;

	public boolean isVmTool() {
		return this == VM_TOOL;
	}

}
