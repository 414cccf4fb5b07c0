package org.virtclass.classification;

/**
 * Whether a tool uses the CPU's virtualization extensions (Intel VT-x, AMD-V, Arm EL2).
 */
public enum HardwareVirtualization {

	REQUIRED, OPTIONAL, NOT_USED

}
