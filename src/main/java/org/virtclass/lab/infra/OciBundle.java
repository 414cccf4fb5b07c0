package org.virtclass.lab.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The runc bundle of one container: a {@code config.json} that points at the shared
 * read-only busybox root filesystem. The hardening lives here: own pid, mount, uts, ipc,
 * network and cgroup namespaces (the network namespace holds only loopback), a read-only
 * root with a small tmpfs for /tmp, an unprivileged user with no capabilities at all,
 * no-new-privileges, the seccomp profile, masked kernel files, and pids and memory
 * limits.
 */
final class OciBundle {

	static final int NOBODY = 65534;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private OciBundle() {
	}

	/**
	 * @param cgroup the lab's cgroup, below which the container's own group is made
	 * @param signals the named pipe the container's init writes its facts to,
	 * bind-mounted at {@link GuestImages#CONTAINER_SIGNALS_PATH}, or {@code null}
	 */
	static void write(Path bundleDir, Path rootfs, String cgroup, String containerId, int memoryMb, int pidsLimit,
			Path signals) throws IOException {
		Files.createDirectories(bundleDir);
		Files.writeString(bundleDir.resolve("config.json"), JSON.writerWithDefaultPrettyPrinter()
			.writeValueAsString(config(rootfs, cgroup, containerId, memoryMb, pidsLimit, signals)));
	}

	static Map<String, Object> config(Path rootfs, String cgroup, String containerId, int memoryMb, int pidsLimit,
			Path signals) {
		Map<String, Object> config = new LinkedHashMap<>();
		config.put("ociVersion", "1.0.2");
		config.put("process", process());
		config.put("root", Map.of("path", rootfs.toAbsolutePath().toString(), "readonly", true));
		config.put("hostname", "container");
		List<Map<String, Object>> mounts = new java.util.ArrayList<>(mounts());
		if (signals != null) {
			mounts.add(mount(GuestImages.CONTAINER_SIGNALS_PATH, "bind", signals.toAbsolutePath().toString(),
					List.of("bind", "nosuid", "noexec", "nodev")));
		}
		config.put("mounts", mounts);
		Map<String, Object> linux = new LinkedHashMap<>();
		linux.put("cgroupsPath", cgroup + "/" + containerId);
		// Half a CPU at most: a runaway loop inside must not starve the classroom server.
		linux.put("resources",
				Map.of("devices", List.of(Map.of("allow", false, "access", "rwm")), "memory",
						Map.of("limit", memoryMb * 1024L * 1024L), "pids", Map.of("limit", pidsLimit), "cpu",
						Map.of("quota", 50_000, "period", 100_000)));
		linux.put("namespaces",
				List.of("pid", "network", "ipc", "uts", "mount", "cgroup")
					.stream()
					.map((t) -> Map.of("type", t))
					.toList());
		linux.put("seccomp", SeccompProfile.spec());
		linux.put("maskedPaths",
				List.of("/proc/acpi", "/proc/asound", "/proc/kcore", "/proc/keys", "/proc/latency_stats",
						"/proc/timer_list", "/proc/timer_stats", "/proc/sched_debug", "/proc/scsi", "/sys/firmware",
						"/sys/devices/virtual/powercap"));
		linux.put("readonlyPaths", List.of("/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger"));
		config.put("linux", linux);
		return config;
	}

	private static Map<String, Object> process() {
		Map<String, Object> process = new LinkedHashMap<>();
		process.put("terminal", false);
		process.put("user", Map.of("uid", NOBODY, "gid", NOBODY));
		process.put("args", List.of("/bin/sh", GuestImages.CONTAINER_INIT_PATH));
		process.put("env", List.of("PATH=/bin", "HOME=/tmp"));
		process.put("cwd", "/tmp");
		List<String> none = List.of();
		process.put("capabilities",
				Map.of("bounding", none, "effective", none, "permitted", none, "inheritable", none, "ambient", none));
		process.put("rlimits", List.of(Map.of("type", "RLIMIT_NOFILE", "hard", 1024, "soft", 1024)));
		process.put("noNewPrivileges", true);
		process.put("oomScoreAdj", 500);
		return process;
	}

	private static List<Map<String, Object>> mounts() {
		return List.of(mount("/proc", "proc", "proc", List.of("nosuid", "noexec", "nodev")),
				mount("/dev", "tmpfs", "tmpfs", List.of("nosuid", "strictatime", "mode=755", "size=64k")),
				mount("/dev/pts", "devpts", "devpts",
						List.of("nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620")),
				mount("/dev/shm", "tmpfs", "shm", List.of("nosuid", "noexec", "nodev", "mode=1777", "size=1m")),
				mount("/dev/mqueue", "mqueue", "mqueue", List.of("nosuid", "noexec", "nodev")),
				mount("/sys", "sysfs", "sysfs", List.of("nosuid", "noexec", "nodev", "ro")),
				mount("/tmp", "tmpfs", "tmpfs", List.of("nosuid", "noexec", "nodev", "mode=1777", "size=4m")));
	}

	private static Map<String, Object> mount(String destination, String type, String source, List<String> options) {
		return Map.of("destination", destination, "type", type, "source", source, "options", options);
	}

}
