package org.virtclass.lab;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the lab, prefix {@code virtclass.lab}. The defaults fit a 2-core classroom
 * server.
 *
 * @param workDir where the lab keeps its images, pid files, runc state and accelerator
 * cache (default {@code ${virtclass.data-dir}/lab})
 * @param kernel the guest kernel that {@code scripts/lab-setup} extracts (default
 * {@code ${virtclass.data-dir}/lab/kernel/vmlinuz})
 * @param busybox a statically linked busybox, the only program in both guests
 * @param maxConcurrentVms VMs running at once on the whole server; more wait in the
 * queue; 0 derives it from this host's cores and memory ({@link LabSlots})
 * @param maxConcurrentContainers containers running at once on the whole server; 0
 * derives it too
 * @param maxRunsPerClient active (queued or running) runs one browser or address may hold
 * @param maxQueueLength runs of one kind that may wait; beyond that a request gets 429
 * @param timeLimit hard limit on a run's life
 * @param idleLimit a run nobody typed into, or opened a terminal on, for this long is
 * stopped
 * @param readyTimeout a run that has not printed its ready marker after this long has
 * failed
 * @param retention how long a finished run stays visible
 * @param accelerator {@code auto} (probe KVM with a canary boot), {@code kvm} or
 * {@code tcg}
 * @param kvmDevice the KVM device whose access decides whether the canary is tried at all
 * @param canaryWatchdog how long the canary boot may take to print its marker under KVM
 * @param canaryCommand replaces the canary's QEMU command line; tests use it to simulate
 * an accelerator that hangs
 * @param maxRunsPerAddress active runs all clients at one network address may hold
 * together
 * @param maxQueuePerAddress queue places of one kind that one address may take
 * @param trustedProxies addresses of reverse proxies whose {@code X-Forwarded-For} is
 * believed (none by default: the connection's address counts)
 * @param labCpus CPUs all lab runs together may use; 0 means one core less than the host
 * has (at least half a core), so the quiz keeps a core of its own
 * @param yieldCpu whether the lab gets only the CPU the app leaves idle (the least weight
 * and the idle policy for its cgroup, {@code SCHED_IDLE} for its processes), so that a
 * busy quiz keeps its latency; false gives the lab's processes together the weight of one
 * ordinary process, for a host where unrelated busy work shares the CPU at the app's
 * level and would leave an idle lab nothing
 * @param vmCpus CPUs one VM's QEMU may use
 * @param vmMemoryMb the VM's memory; 72 MB because Debian's kernel, which the lab boots
 * until {@code scripts/lab-kernel} has built its own, unpacks itself to 16-68 MB (its
 * bzImage asks for 51.5 MB from the 16 MB mark) and the initramfs goes above that, so 64
 * MB does not boot. The lab's own kernel boots in 32 MB and touches about 24 MB whatever
 * it gets, so with it a smaller value saves no resident memory
 * @param machine {@code auto} (microvm when a canary boots on it, else pc),
 * {@code microvm} or {@code pc}
 * @param reconnectGrace a run whose owner's terminals have all closed is stopped when
 * none reconnects within this time, and a queued run is dropped: its browser has gone
 * @param cgroup the name of the lab's cgroup below the app's, one path segment of
 * lower-case letters, digits and dashes; two apps on one host that weigh their labs
 * differently (a staging and a classroom server, or the test suite's apps) each need
 * their own, or the last to start sets the weight of both
 */
@ConfigurationProperties("virtclass.lab")
public record LabProperties(@DefaultValue("./data/lab") Path workDir,
		@DefaultValue("./data/lab/kernel/vmlinuz") Path kernel, @DefaultValue("qemu-system-x86_64") String qemu,
		@DefaultValue("runc") String runc, @DefaultValue("/bin/busybox") Path busybox,
		@DefaultValue("0") int maxConcurrentVms, @DefaultValue("0") int maxConcurrentContainers,
		@DefaultValue("2") int maxRunsPerClient, @DefaultValue("16") int maxQueueLength,
		@DefaultValue("72") int vmMemoryMb, @DefaultValue("64") int containerMemoryMb,
		@DefaultValue("64") int containerPidsLimit, @DefaultValue("10m") Duration timeLimit,
		@DefaultValue("5m") Duration idleLimit, @DefaultValue("60s") Duration readyTimeout,
		@DefaultValue("30m") Duration retention, @DefaultValue("auto") String accelerator,
		@DefaultValue("/dev/kvm") Path kvmDevice, @DefaultValue("10s") Duration canaryWatchdog,
		@DefaultValue List<String> canaryCommand, @DefaultValue("40") int consoleLines,
		@DefaultValue("4") int maxRunsPerAddress, @DefaultValue("8") int maxQueuePerAddress,
		@DefaultValue List<String> trustedProxies, @DefaultValue("0") double labCpus,
		@DefaultValue("true") boolean yieldCpu, @DefaultValue("1") double vmCpus, @DefaultValue("auto") String machine,
		@DefaultValue("30s") Duration reconnectGrace, @DefaultValue("virtclass-lab") String cgroup) {

	public LabProperties {
		if (!cgroup.matches("[a-z0-9][a-z0-9-]{0,62}")) {
			throw new IllegalArgumentException("virtclass.lab.cgroup must be one name of lower-case letters, digits "
					+ "and dashes (at most 63), not '" + cgroup + "'");
		}
	}

	/** {@link #labCpus}, or when it is 0 the default derived from this host's cores. */
	public double effectiveLabCpus() {
		return (labCpus > 0) ? labCpus : Math.max(0.5, Runtime.getRuntime().availableProcessors() - 1);
	}

	public Path runsDir() {
		return workDir.resolve("runs");
	}

	public Path runcRoot() {
		return workDir.resolve("runc");
	}

}
