package org.virtclass.lab;

import java.time.Instant;

/**
 * A lab run as the API and the page see it. The first ten fields are the issue's
 * contract; the rest feed the queue display and the timeline chart.
 *
 * @param accelerator {@code kvm} or {@code tcg} for a VM, null for a container
 * @param readyMillis from launching the process to the guest's ready marker
 * @param rssKb resident memory of the QEMU process, or of all processes inside the
 * container
 * @param console the last lines of the console, without terminal control sequences
 * @param queuePosition 1 for the next run to start, null unless queued
 * @param waitMillis time spent in the queue before the process was launched
 * @param elapsedMillis time since the run was requested, up to its end
 * @param memTotalKb the memory the guest believes it has (MemTotal inside)
 * @param hypervisorFlag whether the CPU seen inside reports the hypervisor flag
 * @param endReason why the run ended, in English, or null while it is active
 * @param cpuCount the CPUs the guest sees
 * @param uptimeMillis the uptime of the kernel the guest runs on, as the guest read it
 * when ready
 * @param bootId that kernel's boot id
 * @param board the DMI product or board name the guest sees, null when it sees no
 * firmware tables
 * @param firstProcess the name of PID 1 inside
 * @param hostBootId the host kernel's boot id, to compare with
 * @param estimatedWaitMillis while queued, the wait estimated from recent runs; null
 * otherwise or before any run has ended
 */
public record LabRunView(String id, RunKind kind, RunState state, String accelerator, Long readyMillis,
		String guestKernel, String hostKernel, Integer processCount, Long rssKb, String console, Integer queuePosition,
		Instant createdAt, Long waitMillis, long elapsedMillis, Long memTotalKb, Boolean hypervisorFlag,
		String endReason, Integer cpuCount, Long uptimeMillis, String bootId, String board, String firstProcess,
		String hostBootId, Long estimatedWaitMillis) {
}
