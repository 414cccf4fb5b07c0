package org.virtclass.lab;

/**
 * Published when a lab run reaches a final state, for whoever wants to count lab use.
 *
 * @param readyMillis from launch to the ready marker, or null when it never became ready
 * @param heldMillis how long the run held a slot (from launch to its end), or null when
 * it never left the queue
 */
public record LabRunFinished(String runId, RunKind kind, RunState state, Long readyMillis, Long heldMillis) {
}
