package org.virtclass.lab.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * Small helpers around host processes, all built on argv lists and /proc: nothing here
 * ever goes through a shell. Every lab process is started through {@code setsid}, so it
 * leads its own process group and stopping it can kill the whole group.
 */
public final class HostProcesses {

	/** util-linux's chrt, which {@link #atIdlePriority} puts before a lab command. */
	private static final Optional<Path> CHRT = which("chrt");

	private HostProcesses() {
	}

	/** Starts {@code argv} as the leader of a new session and process group. */
	public static Process startInOwnGroup(List<String> argv, Path workingDir, boolean mergeStderr) throws IOException {
		List<String> command = new ArrayList<>();
		command.add("setsid");
		command.addAll(argv);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(mergeStderr);
		if (workingDir != null) {
			builder.directory(workingDir.toFile());
		}
		return builder.start();
	}

	/** What {@link #startGuarded} puts before a command. */
	static final List<String> GUARD = List.of("setsid", "setpriv", "--pdeathsig", "KILL", "--", "unshare", "--pid",
			"--fork", "--kill-child=KILL", "--", "unshare", "--fork", "--");

	/**
	 * Starts {@code argv} so that it dies with the app, even when the app is killed with
	 * SIGKILL and nothing of it runs any more. The chain is all util-linux and all exec,
	 * no shell: {@code setsid} (own process group, as {@link #startInOwnGroup}),
	 * {@code setpriv --pdeathsig KILL} (the kernel kills it when the app's launching
	 * thread dies), {@code unshare --pid --fork --kill-child} (a new pid namespace whose
	 * first process the kernel kills when unshare dies), and a second
	 * {@code unshare --fork}, which stays as that first process. The command runs below
	 * it. A parent death signal alone would not do: QEMU drops to nobody, and a change of
	 * user clears it; but when the first process of a pid namespace dies, the kernel
	 * kills every process in the namespace, whatever user it runs as. The parent death
	 * signal follows the thread that started the process, so the caller's thread must
	 * live as long as the command (the lab's reader threads do).
	 */
	public static Process startGuarded(List<String> argv, Path workingDir, boolean mergeStderr) throws IOException {
		List<String> command = new ArrayList<>(GUARD.subList(1, GUARD.size()));
		command.addAll(argv);
		return startInOwnGroup(command, workingDir, mergeStderr);
	}

	/**
	 * Starts {@code argv} in its own process group with the parent death signal SIGKILL,
	 * for a command that does not change its user (runc) and must see the host's pid
	 * namespace: runc records pids and reads /proc, so it cannot run in a pid namespace
	 * of its own. Its container ends itself when the app's end of the console closes (see
	 * {@code init-container.sh}).
	 */
	public static Process startDyingWithApp(List<String> argv, Path workingDir, boolean mergeStderr)
			throws IOException {
		List<String> command = new ArrayList<>(GUARD.subList(1, 5));
		command.addAll(argv);
		return startInOwnGroup(command, workingDir, mergeStderr);
	}

	/**
	 * {@code argv} run under the {@code SCHED_IDLE} policy, through util-linux's
	 * {@code chrt}, which execs it (so the pid and the launch chain stay as they were).
	 * The lab's cgroup already gives the lab only the CPU the app leaves idle; this is
	 * the second line for a host where that group could not be made, and inside the group
	 * it changes nothing, as every lab process has it. Children inherit the policy.
	 * Without {@code chrt}, {@code argv} unchanged.
	 */
	static List<String> atIdlePriority(List<String> argv) {
		if (CHRT.isEmpty()) {
			return argv;
		}
		// no "--": chrt runs the word after the priority (here an absolute path)
		List<String> command = new ArrayList<>(List.of(CHRT.get().toString(), "--idle", "0"));
		command.addAll(argv);
		return command;
	}

	/**
	 * The process a {@link #startGuarded} chain runs, below its wrappers; empty while the
	 * chain is still starting it.
	 */
	public static Optional<ProcessHandle> payload(long pid) {
		Optional<ProcessHandle> current = ProcessHandle.of(pid);
		for (int depth = 0; depth < 4 && current.isPresent(); depth++) {
			String command = current.get().info().command().orElse("");
			if (!command.endsWith("/unshare") && !command.endsWith("/setpriv") && !command.endsWith("/setsid")
					&& !command.endsWith("/chrt")) {
				return current;
			}
			current = current.get().children().findFirst();
		}
		return Optional.empty();
	}

	/**
	 * Kills every process in the group led by {@code pid} and, as a second net, every
	 * descendant that left the group. Uses SIGKILL through {@link ProcessHandle}, so it
	 * needs no kill binary. Waits briefly for the leader to disappear.
	 */
	public static void killGroup(long pid) {
		// A launch chain may still be forking while it is killed (a run stopped the
		// moment it started):
		// a second and third look catch what was born after the first.
		for (int round = 0; round < 3; round++) {
			List<ProcessHandle> targets = new ArrayList<>(processGroup(pid));
			ProcessHandle.of(pid).ifPresent((p) -> {
				targets.add(p);
				targets.addAll(p.descendants().toList());
			});
			List<ProcessHandle> alive = targets.stream().filter(ProcessHandle::isAlive).toList();
			if (alive.isEmpty()) {
				break;
			}
			alive.forEach(ProcessHandle::destroyForcibly);
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		ProcessHandle.of(pid).ifPresent((p) -> {
			try {
				p.onExit().get(2, TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				// A zombie of ours: Process.waitFor in the reader thread reaps it.
			}
		});
	}

	/**
	 * All processes whose process group id is {@code pgid}, from field 5 of
	 * /proc/PID/stat.
	 */
	public static List<ProcessHandle> processGroup(long pgid) {
		String group = Long.toString(pgid);
		return ProcessHandle.allProcesses()
			.filter((p) -> stat(p.pid()).map((f) -> f.length > 2 && f[2].equals(group)).orElse(false))
			.toList();
	}

	/**
	 * Sends a signal by name (INT, TERM) to one process, with busybox's kill: Java can
	 * only TERM or KILL.
	 */
	public static void signal(Path busybox, long pid, String signal) {
		run(List.of(busybox.toString(), "kill", "-" + signal, Long.toString(pid)));
	}

	/**
	 * Runs a short helper command and returns its exit code and output, or empty on
	 * failure.
	 */
	public static Optional<Result> run(List<String> argv) {
		try {
			Process process = new ProcessBuilder(argv).redirectErrorStream(true).start();
			process.getOutputStream().close();
			String out = new String(process.getInputStream().readAllBytes());
			if (!process.waitFor(20, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return Optional.empty();
			}
			return Optional.of(new Result(process.exitValue(), out));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

	/** Resident memory of one process in kB, from /proc/PID/status. */
	public static long rssKb(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", ""));
				}
			}
		}
		catch (IOException | NumberFormatException ex) {
			// The process ended between listing and reading.
		}
		return 0;
	}

	/** Resident memory of a process and all its descendants, in kB. */
	public static long treeRssKb(long pid) {
		return ProcessHandle.of(pid)
			.map((p) -> rssKb(pid) + p.descendants().mapToLong((d) -> rssKb(d.pid())).sum())
			.orElse(0L);
	}

	/**
	 * The start time of a process in clock ticks since boot (field 22 of /proc/PID/stat).
	 * With the pid it identifies a process even after pids wrap around.
	 */
	public static OptionalLong startTicks(long pid) {
		return stat(pid).filter((f) -> f.length > 19)
			.map((f) -> OptionalLong.of(Long.parseLong(f[19])))
			.orElse(OptionalLong.empty());
	}

	/**
	 * The fields of /proc/PID/stat after the command name: index 0 is the state, 2 the
	 * pgrp.
	 */
	private static Optional<String[]> stat(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			return Optional.of(stat.substring(stat.lastIndexOf(')') + 2).split(" "));
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	/** The host's kernel release, as {@code uname -r} prints it. */
	public static String hostKernel() {
		try {
			return Files.readString(Path.of("/proc/sys/kernel/osrelease")).strip();
		}
		catch (IOException ex) {
			return System.getProperty("os.version");
		}
	}

	/**
	 * The host kernel's boot id, which a container reads too; {@code null} when
	 * unreadable.
	 */
	public static String hostBootId() {
		try {
			return Files.readString(Path.of("/proc/sys/kernel/random/boot_id")).strip();
		}
		catch (IOException ex) {
			return null;
		}
	}

	/** Finds an executable on the PATH, or accepts an absolute path. */
	public static Optional<Path> which(String name) {
		if (name.contains("/")) {
			Path path = Path.of(name);
			return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
		}
		String pathEnv = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
		List<String> dirs = new ArrayList<>(List.of(pathEnv.split(":")));
		dirs.addAll(List.of("/usr/local/sbin", "/usr/sbin", "/sbin"));
		for (String dir : dirs) {
			Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
			if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	public static boolean isRoot() {
		return "root".equals(System.getProperty("user.name")) || uid() == 0;
	}

	private static long uid() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
				if (line.startsWith("Uid:")) {
					return Long.parseLong(line.split("\\s+")[1]);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// Not Linux: the lab cannot run anyway.
		}
		return -1;
	}

	/** Exit code and combined output of a helper command. */
	public record Result(int exitCode, String output) {

		public boolean ok() {
			return exitCode == 0;
		}

	}

}
