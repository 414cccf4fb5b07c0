package org.virtclass.lab;

/** Published when a lab run reaches a final state, for whoever wants to count lab use. */
public record LabRunFinished(String runId, RunKind kind, RunState state, Long readyMillis) {
}
