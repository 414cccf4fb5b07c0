package org.virtclass.lab.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import org.virtclass.lab.LabProperties;

/**
 * The lab's cgroups, below the app's own: {@code virtclass-lab} holds every lab process
 * and caps their CPU together at {@link LabProperties#effectiveLabCpus()}, so the rest of
 * the app keeps CPU while the lab is saturated. Beside the cap the group gets the least
 * weight there is (and, where the kernel has {@code cpu.idle}, the idle policy): the
 * group is a sibling of the app's own threads, each of which weighs 1024 on cgroup v1
 * (100 on v2), so the lab runs on CPU the app leaves idle and a waking request thread
 * takes the CPU from a lab process at once. It yields as much to anything else in the
 * app's cgroup: where that is the host's root, to every process
 * ({@link LabProperties#yieldCpu()} false weighs it as one process instead). runc puts
 * each container into {@code virtclass-lab/<container>} itself (the bundle's relative
 * {@code cgroupsPath}); this class puts each VM's QEMU into
 * {@code virtclass-lab/vm-<run>} with a CPU quota and a memory limit. Works with cgroup
 * v1 (the cpu and memory hierarchies) and v2 (one hierarchy, where the app's cgroup must
 * delegate cpu and memory). Where neither can be written, runs still start and
 * {@link #problem()} says why they are not confined.
 */
@Component
public class LabCgroups {

	/**
	 * QEMU's own memory beside the guest's: its code, device models and the TCG
	 * translation cache.
	 */
	static final int VM_OVERHEAD_MB = 256;

	private static final long PERIOD_US = 100_000;

	/** The least {@code cpu.shares} cgroup v1 accepts. */
	static final int V1_SHARES = 2;

	/** The least {@code cpu.weight} cgroup v2 accepts. */
	static final int V2_WEIGHT = 1;

	/** One ordinary process's weight on v1, when the lab is not to yield. */
	static final int V1_PROCESS_SHARES = 1024;

	/** One ordinary process's weight on v2. */
	static final int V2_PROCESS_WEIGHT = 100;

	private static final Logger log = LoggerFactory.getLogger(LabCgroups.class);

	private final LabProperties properties;

	private final Path root;

	private final Path selfCgroup;

	private volatile Layout layout;

	private volatile String problem = "not prepared yet";

	@Autowired
	public LabCgroups(LabProperties properties) {
		this(properties, Path.of("/sys/fs/cgroup"), Path.of("/proc/self/cgroup"));
	}

	/**
	 * For tests: a cgroup file system at {@code root} and this process's memberships as
	 * {@code selfCgroup} lists them.
	 */
	LabCgroups(LabProperties properties, Path root, Path selfCgroup) {
		this.properties = properties;
		this.root = root;
		this.selfCgroup = selfCgroup;
	}

	/**
	 * Creates the lab's group and caps its CPU. Called once while the lab is prepared.
	 */
	public void prepare() {
		try {
			Layout found = detect();
			if (found.v2()) {
				Path group = found.cpu().resolve(properties.cgroup());
				Files.createDirectories(group);
				enableControllers(found.cpu());
				enableControllers(group);
				Files.writeString(group.resolve("cpu.max"), quota(properties.effectiveLabCpus()) + " " + PERIOD_US);
				weigh(group, "cpu.weight", properties.yieldCpu() ? V2_WEIGHT : V2_PROCESS_WEIGHT,
						properties.yieldCpu());
			}
			else {
				Path cpu = found.cpu().resolve(properties.cgroup());
				Files.createDirectories(cpu);
				Files.createDirectories(found.memory().resolve(properties.cgroup()));
				Files.writeString(cpu.resolve("cpu.cfs_period_us"), Long.toString(PERIOD_US));
				Files.writeString(cpu.resolve("cpu.cfs_quota_us"), Long.toString(quota(properties.effectiveLabCpus())));
				weigh(cpu, "cpu.shares", properties.yieldCpu() ? V1_SHARES : V1_PROCESS_SHARES, properties.yieldCpu());
			}
			layout = found;
			problem = null;
			removeLeftoverVmGroups(found);
			log.info("Lab cgroups ready ({}): all lab processes together get at most {} CPUs, {}",
					found.v2() ? "v2" : "v1", properties.effectiveLabCpus(),
					properties.yieldCpu() ? "and only what the app leaves idle" : "weighing as one process");
		}
		catch (IOException | RuntimeException ex) {
			problem = ex.getMessage();
			log.warn("Lab processes run without cgroup limits: {}", ex.getMessage());
		}
	}

	/** Null when VMs are confined; otherwise why not. */
	public String problem() {
		return problem;
	}

	/**
	 * The lab group of one controller ({@code cpu} or {@code memory}), or null when not
	 * prepared.
	 */
	public Path labGroup(String controller) {
		Layout l = layout;
		if (l == null) {
			return null;
		}
		return ("memory".equals(controller) ? l.memory() : l.cpu()).resolve(properties.cgroup());
	}

	/**
	 * Creates the VM's group with its limits and moves {@code pid} and its descendants
	 * into it. Called right after launch and again later, for a process that forked in
	 * between.
	 */
	void confineVm(String runId, long pid) {
		Layout l = layout;
		if (l == null) {
			return;
		}
		try {
			String name = "vm-" + runId;
			long memory = (properties.vmMemoryMb() + (long) VM_OVERHEAD_MB) * 1024 * 1024;
			List<Path> groups = new ArrayList<>();
			if (l.v2()) {
				Path group = l.cpu().resolve(properties.cgroup()).resolve(name);
				if (!Files.isDirectory(group)) {
					Files.createDirectories(group);
					Files.writeString(group.resolve("cpu.max"), quota(properties.vmCpus()) + " " + PERIOD_US);
					Files.writeString(group.resolve("memory.max"), Long.toString(memory));
				}
				groups.add(group);
			}
			else {
				Path cpu = l.cpu().resolve(properties.cgroup()).resolve(name);
				Path mem = l.memory().resolve(properties.cgroup()).resolve(name);
				if (!Files.isDirectory(cpu)) {
					Files.createDirectories(cpu);
					Files.writeString(cpu.resolve("cpu.cfs_period_us"), Long.toString(PERIOD_US));
					Files.writeString(cpu.resolve("cpu.cfs_quota_us"), Long.toString(quota(properties.vmCpus())));
				}
				if (!Files.isDirectory(mem)) {
					Files.createDirectories(mem);
					Files.writeString(mem.resolve("memory.limit_in_bytes"), Long.toString(memory));
				}
				groups.add(cpu);
				groups.add(mem);
			}
			List<Long> pids = new ArrayList<>();
			pids.add(pid);
			ProcessHandle.of(pid).ifPresent((p) -> p.descendants().forEach((d) -> pids.add(d.pid())));
			for (Path group : groups) {
				for (long p : pids) {
					try {
						Files.writeString(group.resolve("cgroup.procs"), Long.toString(p));
					}
					catch (IOException ex) {
						// the process ended in between
					}
				}
			}
		}
		catch (IOException ex) {
			log.warn("Could not confine VM run {}: {}", runId, ex.getMessage());
		}
	}

	/** Removes the VM's groups once its processes are gone. */
	void releaseVm(String runId) {
		Layout l = layout;
		if (l == null) {
			return;
		}
		for (Path base : l.v2() ? List.of(l.cpu()) : List.of(l.cpu(), l.memory())) {
			try {
				Files.deleteIfExists(base.resolve(properties.cgroup()).resolve("vm-" + runId));
			}
			catch (IOException ex) {
				log.debug("Could not remove the cgroup of run {}: {}", runId, ex.getMessage());
			}
		}
	}

	/**
	 * Empty groups of VMs an earlier run of the app left behind (their processes were
	 * swept before).
	 */
	private void removeLeftoverVmGroups(Layout l) {
		for (Path base : l.v2() ? List.of(l.cpu()) : List.of(l.cpu(), l.memory())) {
			try (var groups = Files.list(base.resolve(properties.cgroup()))) {
				groups.filter((g) -> g.getFileName().toString().startsWith("vm-") && Files.isDirectory(g))
					.forEach((g) -> {
						try {
							Files.delete(g);
						}
						catch (IOException ex) {
							log.debug("Leftover cgroup {} is still in use: {}", g, ex.getMessage());
						}
					});
			}
			catch (IOException ex) {
				log.debug("Could not list {}: {}", base, ex.getMessage());
			}
		}
	}

	/**
	 * Sets the lab group's weight and, where the kernel offers {@code cpu.idle} (5.15 and
	 * later), its policy: idle when the lab yields, so that a waking task of the app
	 * preempts a lab process instead of waiting for its slice. The kernel refuses a new
	 * weight while a group is idle, so an idle group from an earlier start is made normal
	 * first.
	 */
	private static void weigh(Path group, String weightFile, int weight, boolean idle) throws IOException {
		Path idleFile = group.resolve("cpu.idle");
		boolean hasIdle = Files.exists(idleFile);
		if (hasIdle) {
			Files.writeString(idleFile, "0");
		}
		Files.writeString(group.resolve(weightFile), Integer.toString(weight));
		if (hasIdle && idle) {
			Files.writeString(idleFile, "1");
		}
	}

	private static long quota(double cpus) {
		return Math.max(1000, Math.round(cpus * PERIOD_US));
	}

	private static void enableControllers(Path group) throws IOException {
		String available = Files.readString(group.resolve("cgroup.controllers"));
		StringBuilder enable = new StringBuilder();
		for (String c : List.of("cpu", "memory")) {
			if ((" " + available.strip() + " ").contains(" " + c + " ")) {
				enable.append('+').append(c).append(' ');
			}
		}
		Files.writeString(group.resolve("cgroup.subtree_control"), enable.toString().strip());
	}

	/** Where this process's cpu and memory cgroups are, from /proc/self/cgroup. */
	private Layout detect() throws IOException {
		List<String> lines = Files.readAllLines(selfCgroup);
		if (Files.isRegularFile(root.resolve("cgroup.controllers"))) {
			String own = lines.stream()
				.filter((l) -> l.startsWith("0::"))
				.map((l) -> l.substring(3))
				.findFirst()
				.orElseThrow(() -> new IOException("no cgroup v2 entry in /proc/self/cgroup"));
			Path group = root.resolve(own.substring(1));
			return new Layout(true, group, group);
		}
		Path cpu = null;
		Path memory = null;
		for (String line : lines) {
			String[] f = line.split(":", 3);
			if (f.length < 3) {
				continue;
			}
			List<String> controllers = List.of(f[1].toLowerCase(Locale.ROOT).split(","));
			String own = f[2].startsWith("/") ? f[2].substring(1) : f[2];
			if (controllers.contains("cpu")) {
				cpu = root.resolve("cpu").resolve(own);
			}
			if (controllers.contains("memory")) {
				memory = root.resolve("memory").resolve(own);
			}
		}
		if (cpu == null || memory == null || !Files.isDirectory(cpu) || !Files.isDirectory(memory)) {
			throw new IOException("no writable cpu and memory cgroup hierarchies under " + root);
		}
		return new Layout(false, cpu, memory);
	}

	private record Layout(boolean v2, Path cpu, Path memory) {
	}

}
