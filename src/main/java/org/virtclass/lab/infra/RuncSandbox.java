package org.virtclass.lab.infra;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import org.virtclass.lab.LabProperties;
import org.virtclass.lab.RunKind;

/**
 * Starts the lab container with {@code runc run} in the foreground, its console on pipes,
 * through {@link HostProcesses#startDyingWithApp} so that runc dies with the app; the
 * container follows. runc stays the parent of the container's init, so the container's
 * processes are exactly runc's descendants.
 */
@Component
class RuncSandbox implements Sandbox {

	private static final Logger log = LoggerFactory.getLogger(RuncSandbox.class);

	private final LabHost host;

	private final LabProperties properties;

	private final PidFiles pidFiles;

	RuncSandbox(LabHost host, LabProperties properties, PidFiles pidFiles) {
		this.host = host;
		this.properties = properties;
		this.pidFiles = pidFiles;
	}

	@Override
	public RunKind kind() {
		return RunKind.CONTAINER;
	}

	@Override
	public SandboxProcess launch(String runId, Consumer<byte[]> echo) throws IOException {
		String containerId = "virtclass-" + runId;
		long launched = System.nanoTime();
		Path bundle = pidFiles.runDir(runId).resolve("bundle");
		Files.createDirectories(bundle);
		// The container's user writes its facts into this pipe, bind-mounted at
		// /lab/signals.
		Path signalsPath = GuestSignals.mkfifo(pidFiles.runDir(runId).resolve("signals"), OciBundle.NOBODY);
		OciBundle.write(bundle, host.rootfs(), properties.cgroup(), containerId, properties.containerMemoryMb(),
				properties.containerPidsLimit(), signalsPath);
		GuestSignals signals = GuestSignals.open(signalsPath, null);
		List<String> argv = List.of(host.runc().toString(), "--root", properties.runcRoot().toAbsolutePath().toString(),
				"run", "--bundle", bundle.toAbsolutePath().toString(), containerId);
		log.info("Launching container run {}: {}", runId, argv);
		Process process;
		try {
			process = HostProcesses.startDyingWithApp(properties.yieldCpu() ? HostProcesses.atIdlePriority(argv) : argv,
					bundle, true);
		}
		catch (IOException ex) {
			signals.close();
			throw ex;
		}
		try {
			pidFiles.write(runId, process.pid(), containerId);
		}
		catch (IOException ex) {
			HostProcesses.killGroup(process.pid());
			forceDelete(host.runc(), properties.runcRoot(), containerId);
			signals.close();
			throw ex;
		}
		return new ContainerProcess(runId, containerId, process, echo, launched, signals);
	}

	/** Kills and deletes a container, whatever state it is in. */
	static void forceDelete(Path runc, Path root, String containerId) {
		String rootDir = root.toAbsolutePath().toString();
		HostProcesses.run(List.of(runc.toString(), "--root", rootDir, "kill", containerId, "KILL"));
		HostProcesses.run(List.of(runc.toString(), "--root", rootDir, "delete", "--force", containerId));
	}

	private final class ContainerProcess implements SandboxProcess {

		private final String runId;

		private final String containerId;

		private final Process process;

		private final LineDiscipline console;

		private final InputStream output;

		private final long launched;

		private final GuestSignals signals;

		ContainerProcess(String runId, String containerId, Process process, Consumer<byte[]> echo, long launched,
				GuestSignals signals) {
			this.launched = launched;
			this.signals = signals;
			this.runId = runId;
			this.containerId = containerId;
			this.process = process;
			this.console = new LineDiscipline(process.getOutputStream(), echo, this::interruptForeground);
			this.output = new OnlcrStream(process.getInputStream());
		}

		@Override
		public long launchedNanos() {
			return launched;
		}

		@Override
		public long pid() {
			return process.pid();
		}

		@Override
		public InputStream output() {
			return output;
		}

		@Override
		public InputStream signals() {
			return signals.input();
		}

		@Override
		public void input(byte[] keys) throws IOException {
			console.input(keys);
		}

		/**
		 * The container's processes: everything below runc, which itself is the runtime,
		 * not the guest.
		 */
		@Override
		public long rssKb() {
			return HostProcesses.payload(process.pid())
				.map((runcProcess) -> runcProcess.descendants().mapToLong((p) -> HostProcesses.rssKb(p.pid())).sum())
				.orElse(0L);
		}

		@Override
		public String accelerator() {
			return null;
		}

		@Override
		public int waitFor() throws InterruptedException {
			return process.waitFor();
		}

		@Override
		public void destroy() {
			forceDelete(host.runc(), properties.runcRoot(), containerId);
			HostProcesses.killGroup(process.pid());
			signals.close();
			pidFiles.remove(runId);
		}

		@Override
		public boolean interruptible() {
			return true;
		}

		@Override
		public void interrupt() {
			interruptForeground();
		}

		/**
		 * Ctrl-C: SIGINT to every process below the container's init shell, as a tty
		 * would.
		 */
		private void interruptForeground() {
			Optional<ProcessHandle> init = HostProcesses.payload(process.pid())
				.flatMap((r) -> r.children().findFirst());
			init.ifPresent(
					(i) -> i.descendants().forEach((p) -> HostProcesses.signal(properties.busybox(), p.pid(), "INT")));
		}

	}

	/** Adds the CR a tty would add before each LF. */
	private static final class OnlcrStream extends FilterInputStream {

		private final boolean[] lastWasCr = new boolean[1];

		private byte[] pending = new byte[0];

		private int pendingPos;

		OnlcrStream(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return (read(one, 0, 1) < 0) ? -1 : (one[0] & 0xff);
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			if (pendingPos >= pending.length) {
				byte[] raw = new byte[Math.max(1, len / 2)];
				int n = in.read(raw, 0, raw.length);
				if (n < 0) {
					return -1;
				}
				pending = LineDiscipline.onlcr(raw, n, lastWasCr);
				pendingPos = 0;
			}
			int count = Math.min(len, pending.length - pendingPos);
			System.arraycopy(pending, pendingPos, b, off, count);
			pendingPos += count;
			return count;
		}

	}

}
