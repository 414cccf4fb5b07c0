package org.virtclass.classification;

/**
 * Where a tool itself runs: below every OS, inside a host kernel, or as a program on a
 * host OS.
 */
public enum RunsOn {

	BARE_METAL, HOST_KERNEL, HOST_OS

}
