package org.virtclass.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads a process's cgroups and their limits, for cgroup v1 and v2. */
final class Cgroups {

	static final Path ROOT = Path.of("/sys/fs/cgroup");

	private Cgroups() {
	}

	static boolean v2() {
		return Files.isRegularFile(ROOT.resolve("cgroup.controllers"));
	}

	/**
	 * The process's cpu cgroup path, as /proc/PID/cgroup names it ("" when it cannot be
	 * read).
	 */
	static String cpuGroup(long pid) {
		return group(pid, "cpu");
	}

	static long cpuQuotaMicros(String cpuGroup) throws IOException {
		if (v2()) {
			return Long
				.parseLong(Files.readString(ROOT.resolve(cpuGroup.substring(1)).resolve("cpu.max")).split(" ")[0]);
		}
		return Long
			.parseLong(Files.readString(ROOT.resolve("cpu").resolve(cpuGroup.substring(1)).resolve("cpu.cfs_quota_us"))
				.strip());
	}

	/** The policy {@code SCHED_IDLE} as /proc/PID/stat numbers it. */
	static final int SCHED_IDLE = 5;

	/**
	 * The group's weight: {@code cpu.shares} on v1 (3 while the group is idle),
	 * {@code cpu.weight} on v2.
	 */
	static int cpuWeight(String cpuGroup) throws IOException {
		Path group = v2() ? ROOT.resolve(cpuGroup.substring(1)) : ROOT.resolve("cpu").resolve(cpuGroup.substring(1));
		return Integer.parseInt(Files.readString(group.resolve(v2() ? "cpu.weight" : "cpu.shares")).strip());
	}

	/**
	 * The scheduling policy of a process, field 41 of /proc/PID/stat; -1 when it has
	 * ended.
	 */
	static int schedulingPolicy(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			return Integer.parseInt(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[41 - 3]);
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
	}

	static long memoryLimit(long pid) throws IOException {
		String group = group(pid, "memory").substring(1);
		if (v2()) {
			return Long.parseLong(Files.readString(ROOT.resolve(group).resolve("memory.max")).strip());
		}
		return Long.parseLong(
				Files.readString(ROOT.resolve("memory").resolve(group).resolve("memory.limit_in_bytes")).strip());
	}

	static String cmdline(long pid) {
		try {
			return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")),
					StandardCharsets.UTF_8)
				.replace('\0', ' ');
		}
		catch (IOException ex) {
			return "";
		}
	}

	private static String group(long pid, String controller) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "cgroup"))) {
				String[] f = line.split(":", 3);
				if (f.length == 3 && (v2() ? f[0].equals("0") : List.of(f[1].split(",")).contains(controller))) {
					return f[2];
				}
			}
		}
		catch (IOException ex) {
			// the process ended
		}
		return "";
	}

}
