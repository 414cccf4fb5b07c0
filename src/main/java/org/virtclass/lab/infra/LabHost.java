package org.virtclass.lab.infra;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.virtclass.lab.LabCapabilities;
import org.virtclass.lab.LabProperties;

/**
 * What this host offers the lab, found out once after start-up on a background thread so
 * that the app starts fast and every other page works whatever is missing. In order:
 * sweep leftovers of a crashed earlier run, look for QEMU, runc, busybox-static, setsid
 * and the guest kernel, build both guest images, then pick the accelerator with the
 * canary boot.
 */
@Component
public class LabHost implements DisposableBean {

	public static final String FIX = "scripts/lab-setup";

	private static final Logger log = LoggerFactory.getLogger(LabHost.class);

	private final LabProperties properties;

	private final PidFiles pidFiles;

	private final CompletableFuture<Void> prepared = new CompletableFuture<>();

	private final CompletableFuture<AcceleratorProbe.Decision> accelerator = new CompletableFuture<>();

	private final AcceleratorProbe probe;

	private final LabCgroups cgroups;

	private final MachineProbe machineProbe;

	private volatile MachineProbe.Decision machine = new MachineProbe.Decision(QemuMachine.pc(), "DETECTING",
			"Not probed yet.", null, false);

	private volatile Path qemu;

	private volatile Path runc;

	private volatile String qemuVersion = "";

	private volatile String runcVersion;

	private volatile List<String> vmMissing = List.of();

	private volatile List<String> containerMissing = List.of();

	private volatile String guestKernel;

	public LabHost(LabProperties properties, PidFiles pidFiles, LabCgroups cgroups) {
		this.properties = properties;
		this.pidFiles = pidFiles;
		this.cgroups = cgroups;
		this.probe = new AcceleratorProbe(properties, pidFiles);
		this.machineProbe = new MachineProbe(properties, pidFiles);
	}

	/** A canary still booting when the app stops is killed with it. */
	@Override
	public void destroy() {
		probe.abort();
		machineProbe.abort();
	}

	@EventListener(ApplicationReadyEvent.class)
	void onApplicationReady() {
		Thread thread = new Thread(this::prepare, "lab-prepare");
		thread.setDaemon(true);
		thread.start();
	}

	void prepare() {
		try {
			qemu = HostProcesses.which(properties.qemu()).orElse(null);
			runc = HostProcesses.which(properties.runc()).orElse(null);
			pidFiles.sweep(runc);
			check();
			cgroups.prepare();
			buildImages();
			prepared.complete(null);
		}
		catch (RuntimeException ex) {
			log.error("Preparing the lab failed", ex);
			vmMissing = List.of("ERROR");
			containerMissing = List.of("ERROR");
			prepared.complete(null);
		}
		if (vmMissing.isEmpty()) {
			probeMachine();
			List<String> canary = QemuCommand.argv(qemu, "kvm", machine.machine(), properties.vmMemoryMb(),
					properties.kernel(), initramfs(), "virtclass-canary", true, dropToUser(),
					QemuCommand.hasRunWith(qemuVersion));
			AcceleratorProbe.Decision decision = probe.decide(qemuVersion, canary);
			log.info("Lab accelerator: {} ({}{})", decision.accelerator(), decision.detail(),
					decision.cached() ? ", cached" : "");
			accelerator.complete(decision);
		}
		else {
			accelerator.completeExceptionally(new IllegalStateException("The VM side is unavailable"));
		}
	}

	/** Before the KVM canary, so that it boots the machine every run will use. */
	private void probeMachine() {
		String machines = HostProcesses.run(List.of(qemu.toString(), "-machine", "help"))
			.map(HostProcesses.Result::output)
			.orElse("");
		machine = machineProbe.decide(qemuVersion, machines,
				(m) -> QemuCommand.argv(qemu, "tcg", m, properties.vmMemoryMb(), properties.kernel(), initramfs(),
						"virtclass-machine-canary", true, dropToUser(), QemuCommand.hasRunWith(qemuVersion)));
		log.info("Lab machine: {} ({}{})", machine.machine().name(), machine.detail(),
				machine.cached() ? ", cached" : "");
	}

	/** The machine type VMs run on: microvm, or the trimmed pc as the fallback. */
	public QemuMachine machine() {
		return machine.machine();
	}

	private void check() {
		List<String> vm = new ArrayList<>();
		List<String> container = new ArrayList<>();
		boolean busybox = isStaticExecutable(properties.busybox());
		boolean setsid = HostProcesses.which("setsid").isPresent();
		boolean setpriv = HostProcesses.which("setpriv").isPresent();
		boolean unshare = HostProcesses.which("unshare").isPresent();
		if (qemu == null) {
			vm.add("QEMU");
		}
		else {
			qemuVersion = HostProcesses.run(List.of(qemu.toString(), "--version"))
				.map((r) -> r.output().lines().findFirst().orElse(""))
				.orElse("");
		}
		if (!isNonEmptyFile(properties.kernel())) {
			vm.add("KERNEL");
		}
		else {
			guestKernel = readGuestKernelVersion();
		}
		if (runc == null) {
			container.add("RUNC");
		}
		else {
			runcVersion = HostProcesses.run(List.of(runc.toString(), "--version"))
				.map((r) -> r.output().lines().findFirst().orElse("runc").replace(" version ", " ").strip())
				.orElse("runc");
		}
		if (!HostProcesses.isRoot()) {
			container.add("ROOT");
		}
		for (List<String> side : List.of(vm, container)) {
			if (!busybox) {
				side.add("BUSYBOX");
			}
			if (!setsid) {
				side.add("SETSID");
			}
			if (!setpriv) {
				side.add("SETPRIV");
			}
			if (!unshare) {
				side.add("UNSHARE");
			}
		}
		vmMissing = List.copyOf(vm);
		containerMissing = List.copyOf(container);
		if (!vm.isEmpty() || !container.isEmpty()) {
			log.warn("Lab: the VM side lacks {}, the container side lacks {}; run {}", vm, container, FIX);
		}
	}

	private void buildImages() {
		if (!isStaticExecutable(properties.busybox())) {
			return;
		}
		try {
			Files.createDirectories(properties.workDir());
			if (vmMissing.isEmpty()) {
				GuestImages.writeInitramfs(properties.busybox(), initramfs());
			}
			if (containerMissing.isEmpty()) {
				GuestImages.writeRootfs(properties.busybox(), rootfs());
			}
		}
		catch (IOException ex) {
			log.error("Could not build the lab's guest images in {}", properties.workDir(), ex);
			vmMissing = List.of("IMAGES");
			containerMissing = List.of("IMAGES");
		}
	}

	/**
	 * Completes when the checks, the sweep and the images are done (not the accelerator
	 * probe).
	 */
	public CompletableFuture<Void> prepared() {
		return prepared;
	}

	/**
	 * Completes with the accelerator decision, or exceptionally when the VM side is
	 * unavailable.
	 */
	public CompletableFuture<AcceleratorProbe.Decision> accelerator() {
		return accelerator;
	}

	public boolean vmAvailable() {
		return prepared.isDone() && vmMissing.isEmpty();
	}

	public boolean containerAvailable() {
		return prepared.isDone() && containerMissing.isEmpty();
	}

	public LabCapabilities capabilities() {
		boolean done = prepared.isDone();
		AcceleratorProbe.Decision decision = accelerator.isDone() && !accelerator.isCompletedExceptionally()
				? accelerator.join() : null;
		String vmReason;
		if (!done) {
			vmReason = "Checking the host.";
		}
		else if (!vmMissing.isEmpty()) {
			vmReason = "Missing: " + String.join(", ", vmMissing) + ". Run " + FIX + ".";
		}
		else {
			vmReason = (decision != null) ? decision.detail() : "Detecting the accelerator with a canary boot.";
		}
		String containerReason = !done ? "Checking the host." : containerMissing.isEmpty()
				? "Hardened OCI bundle: own namespaces, read-only root, no capabilities, "
						+ "seccomp, pids and memory limits."
				: "Missing: " + String.join(", ", containerMissing) + "."
						+ (containerMissing.equals(List.of("ROOT")) ? " Run the app as root." : " Run " + FIX + ".");
		var vm = new LabCapabilities.VmCapability(vmAvailable(), (decision != null) ? decision.accelerator() : null,
				vmReason, vmMissing,
				(decision != null) ? decision.reasonCode() : (done && vmMissing.isEmpty()) ? "DETECTING" : null,
				(decision != null) ? decision.canaryMillis() : null, qemuVersion.isEmpty() ? null : qemuVersion,
				guestKernel);
		var container = new LabCapabilities.ContainerCapability(containerAvailable(), runcVersion, containerReason,
				containerMissing);
		return new LabCapabilities(vm, container, HostProcesses.hostKernel(), FIX);
	}

	public Path qemu() {
		return qemu;
	}

	public Path runc() {
		return runc;
	}

	public String qemuVersion() {
		return qemuVersion;
	}

	public Path initramfs() {
		return properties.workDir().resolve("initramfs.cpio.gz");
	}

	public Path rootfs() {
		return properties.workDir().resolve("rootfs");
	}

	/** QEMU started as root drops to this user once the VM is set up. */
	public String dropToUser() {
		return HostProcesses.isRoot() ? "nobody" : null;
	}

	private String readGuestKernelVersion() {
		Path version = properties.kernel().resolveSibling("version");
		try {
			return Files.isRegularFile(version) ? Files.readString(version).strip() : null;
		}
		catch (IOException ex) {
			return null;
		}
	}

	private static boolean isNonEmptyFile(Path path) {
		try {
			return Files.isRegularFile(path) && Files.size(path) > 0;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * True for an x86-64 ELF executable without a program interpreter: a dynamically
	 * linked busybox would find no libc inside the guests.
	 */
	static boolean isStaticExecutable(Path path) {
		if (!Files.isRegularFile(path) || !Files.isExecutable(path)) {
			return false;
		}
		try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "r")) {
			byte[] header = new byte[64];
			file.readFully(header);
			ByteBuffer h = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
			if (h.getInt(0) != 0x464c457f || header[4] != 2) {
				return false;
			}
			long phoff = h.getLong(0x20);
			int phentsize = h.getShort(0x36) & 0xffff;
			int phnum = h.getShort(0x38) & 0xffff;
			for (int i = 0; i < phnum; i++) {
				byte[] entry = new byte[4];
				file.seek(phoff + (long) i * phentsize);
				file.readFully(entry);
				if (ByteBuffer.wrap(entry).order(ByteOrder.LITTLE_ENDIAN).getInt() == 3) {
					return false;
				}
			}
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
