package org.virtclass.classification;

/** Criterion 1, hardware abstraction level: where the hypervisor sits. */
public enum HypervisorType {

	TYPE_1, TYPE_2, HYBRID, NONE

}
