package org.virtclass.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many VMs and containers run at once, derived from this host unless set. Under TCG a
 * booting VM keeps a core busy, but a VM waiting at its shell costs almost nothing, so
 * two VMs share each lab CPU; a container starts in tens of milliseconds and idles at its
 * shell, so eight share one. Memory caps both: half the host's memory is for the lab, and
 * each VM needs its guest memory plus about 120 MB for QEMU itself.
 *
 * @param cores the CPUs this host has
 * @param memoryMb this host's memory
 * @param vms VMs at once
 * @param containers containers at once
 * @param derived whether both come from the host rather than from the settings
 */
public record LabSlots(int cores, long memoryMb, int vms, int containers, boolean derived) {

	/** What one QEMU process needs beside its guest's memory (measured: 70-90 MB). */
	static final int QEMU_OVERHEAD_MB = 120;

	private static final Pattern MEM_TOTAL = Pattern.compile("(?m)^MemTotal:\\s+(\\d+) kB");

	public static LabSlots of(LabProperties properties) {
		return of(properties, Runtime.getRuntime().availableProcessors(), hostMemoryMb());
	}

	static LabSlots of(LabProperties properties, int cores, long memoryMb) {
		double labCpus = (properties.labCpus() > 0) ? properties.labCpus() : Math.max(0.5, cores - 1);
		long labMemoryMb = memoryMb / 2;
		int vms = (int) Math.max(1,
				Math.min(Math.floor(labCpus * 2), labMemoryMb / (properties.vmMemoryMb() + QEMU_OVERHEAD_MB)));
		int containers = (int) Math.max(1,
				Math.min(Math.floor(labCpus * 8), labMemoryMb / Math.max(1, properties.containerMemoryMb())));
		boolean derived = properties.maxConcurrentVms() <= 0 && properties.maxConcurrentContainers() <= 0;
		return new LabSlots(cores, memoryMb, (properties.maxConcurrentVms() > 0) ? properties.maxConcurrentVms() : vms,
				(properties.maxConcurrentContainers() > 0) ? properties.maxConcurrentContainers() : containers,
				derived);
	}

	static long hostMemoryMb() {
		try {
			Matcher m = MEM_TOTAL.matcher(Files.readString(Path.of("/proc/meminfo")));
			return m.find() ? Long.parseLong(m.group(1)) / 1024 : 0;
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	public int slots(RunKind kind) {
		return (kind == RunKind.VM) ? vms : containers;
	}

}
