package org.virtclass.lab.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import org.virtclass.lab.LabProperties;
import org.virtclass.lab.RunKind;

/** Boots the lab VM: QEMU with the Debian cloud kernel and the busybox initramfs. */
@Component
class QemuSandbox implements Sandbox {

	private static final Logger log = LoggerFactory.getLogger(QemuSandbox.class);

	private final LabHost host;

	private final LabProperties properties;

	private final PidFiles pidFiles;

	private final LabCgroups cgroups;

	QemuSandbox(LabHost host, LabProperties properties, PidFiles pidFiles, LabCgroups cgroups) {
		this.host = host;
		this.properties = properties;
		this.pidFiles = pidFiles;
		this.cgroups = cgroups;
	}

	@Override
	public RunKind kind() {
		return RunKind.VM;
	}

	@Override
	public SandboxProcess launch(String runId, Consumer<byte[]> echo) throws IOException {
		AcceleratorProbe.Decision decision = awaitAccelerator();
		Path signalsPath = pidFiles.runDir(runId).resolve("signals");
		Files.createDirectories(signalsPath.getParent());
		GuestSignals signals = GuestSignals.open(GuestSignals.mkfifo(signalsPath.resolveSibling("signals.out"), 0),
				GuestSignals.mkfifo(signalsPath.resolveSibling("signals.in"), 0));
		List<String> argv = QemuCommand.argv(host.qemu(), decision.accelerator(), host.machine(),
				properties.vmMemoryMb(), properties.kernel(), host.initramfs(), "virtclass-" + runId, false,
				host.dropToUser(), QemuCommand.hasRunWith(host.qemuVersion()), signalsPath);
		log.info("Launching VM run {}: {}", runId, argv);
		long launched = System.nanoTime();
		Process process;
		try {
			process = HostProcesses.startGuarded(properties.yieldCpu() ? HostProcesses.atIdlePriority(argv) : argv,
					null, true);
		}
		catch (IOException ex) {
			signals.close();
			throw ex;
		}
		cgroups.confineVm(runId, process.pid());
		try {
			pidFiles.write(runId, process.pid(), null);
		}
		catch (IOException ex) {
			HostProcesses.killGroup(process.pid());
			signals.close();
			throw ex;
		}
		return new VmProcess(runId, process, decision.accelerator(), launched, signals);
	}

	private AcceleratorProbe.Decision awaitAccelerator() throws IOException {
		try {
			return host.accelerator().get(properties.canaryWatchdog().toSeconds() + 60, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while the accelerator was being detected");
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IOException("No accelerator could be chosen: " + ex.getMessage());
		}
	}

	private final class VmProcess implements SandboxProcess {

		private final String runId;

		private final Process process;

		private final String accelerator;

		private final OutputStream stdin;

		private final long launched;

		private final GuestSignals signals;

		/**
		 * The first samples also confine what the launch chain forked after the first
		 * confinement.
		 */
		private int confinements;

		VmProcess(String runId, Process process, String accelerator, long launched, GuestSignals signals) {
			this.launched = launched;
			this.signals = signals;
			this.runId = runId;
			this.process = process;
			this.accelerator = accelerator;
			this.stdin = process.getOutputStream();
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
			return process.getInputStream();
		}

		@Override
		public InputStream signals() {
			return signals.input();
		}

		/**
		 * The agent in the guest's init runs {@code stty rows R cols C} on the console's
		 * tty.
		 */
		@Override
		public void resize(int rows, int cols) {
			send("size " + rows + " " + cols);
		}

		@Override
		public boolean interruptible() {
			return true;
		}

		/**
		 * The agent sends SIGINT to the console's foreground process group, as the tty
		 * would.
		 */
		@Override
		public void interrupt() {
			send("int");
		}

		private void send(String request) {
			try {
				signals.send(request);
			}
			catch (IOException ex) {
				log.debug("Request to VM run {} not sent: {}", runId, ex.getMessage());
			}
		}

		@Override
		public synchronized void input(byte[] keys) throws IOException {
			stdin.write(keys);
			stdin.flush();
		}

		@Override
		public long rssKb() {
			if (confinements < 3) {
				confinements++;
				cgroups.confineVm(runId, process.pid());
			}
			return HostProcesses.payload(process.pid()).map((qemu) -> HostProcesses.rssKb(qemu.pid())).orElse(0L);
		}

		@Override
		public String accelerator() {
			return accelerator;
		}

		@Override
		public int waitFor() throws InterruptedException {
			return process.waitFor();
		}

		@Override
		public void destroy() {
			HostProcesses.killGroup(process.pid());
			signals.close();
			pidFiles.remove(runId);
			cgroups.releaseVm(runId);
		}

	}

}
