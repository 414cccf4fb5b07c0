package org.virtclass.classification;

/**
 * Criterion 2, isolation strength: what separates a guest from the host. Strongest first.
 */
public enum IsolationLevel {

	HARDWARE, KERNEL, PROCESS, NONE

}
