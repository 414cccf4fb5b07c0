package org.virtclass.lab;

/**
 * What the lab page shows about the queue: the slots this host offers and how long runs
 * have been taking, from which a queued run's wait is estimated.
 */
public record LabStatistics(LabSlots slots, KindStatistics vm, KindStatistics container) {

	/**
	 * @param runs finished runs counted (the most recent ones)
	 * @param meanReadyMillis mean time to ready, or null before the first ready run
	 * @param meanHeldMillis mean time a run held its slot, or null before the first run
	 * ended
	 */
	public record KindStatistics(int runs, Long meanReadyMillis, Long meanHeldMillis) {
	}

	public KindStatistics of(RunKind kind) {
		return (kind == RunKind.VM) ? vm : container;
	}

}
