package org.virtclass.lab.infra;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.virtclass.lab.LabProperties;

/**
 * Decides between KVM and TCG. A usable-looking /dev/kvm is not enough: on nested PVM
 * hosts KVM starts, the guest kernel hangs after "Probing EDD", and QEMU never exits. So
 * a canary VM boots under KVM and must print the ready marker within the watchdog time;
 * otherwise it is killed and the lab uses TCG, recording why. The decision is cached in
 * the work directory, keyed by the QEMU version, the guest kernel and the host kernel, so
 * it is made once per combination. The boot itself is {@link CanaryBoot}'s, shared with
 * {@link MachineProbe}.
 */
public final class AcceleratorProbe {

	private static final Logger log = LoggerFactory.getLogger(AcceleratorProbe.class);

	private static final String CACHE = "accelerator.properties";

	/** The run id of the canary's pid file. */
	static final String CANARY_RUN = "canary";

	private final LabProperties properties;

	private final CanaryBoot canary;

	public AcceleratorProbe(LabProperties properties, PidFiles pidFiles) {
		this.properties = properties;
		this.canary = new CanaryBoot(pidFiles, CANARY_RUN);
	}

	/**
	 * Kills a canary that is booting now; the probe then decides nothing and caches
	 * nothing.
	 */
	public void abort() {
		canary.abort();
	}

	/**
	 * @param canaryArgv the QEMU command of a canary boot under KVM
	 */
	public Decision decide(String qemuVersion, List<String> canaryArgv) {
		String forced = properties.accelerator().toLowerCase(java.util.Locale.ROOT);
		if (forced.equals("kvm") || forced.equals("tcg")) {
			return new Decision(forced, "FORCED", "Set by virtclass.lab.accelerator=" + forced + ".", null, false);
		}
		Path device = properties.kvmDevice();
		if (!Files.exists(device)) {
			return new Decision("tcg", "NO_KVM_DEVICE", device + " does not exist: no hardware virtualization here.",
					null, false);
		}
		if (!Files.isReadable(device) || !Files.isWritable(device)) {
			return new Decision("tcg", "KVM_NO_ACCESS",
					"This user may not open " + device + " (add it to the kvm group).", null, false);
		}
		String key = cacheKey(qemuVersion, canaryArgv);
		Decision cached = readCache(key);
		if (cached != null) {
			return cached;
		}
		Decision decision = canary(canaryArgv);
		if (canary.aborted()) {
			return new Decision("tcg", "ABORTED", "The app stopped while the canary was booting.", null, false);
		}
		writeCache(key, decision);
		return decision;
	}

	/** Boots the canary and waits for its marker; it is killed whatever happens. */
	Decision canary(List<String> argv) {
		List<String> command = properties.canaryCommand().isEmpty() ? argv : properties.canaryCommand();
		long watchdogMillis = properties.canaryWatchdog().toMillis();
		CanaryBoot.Outcome outcome = canary.boot(command, properties.canaryWatchdog());
		if (outcome.startFailure() != null) {
			return new Decision("tcg", "KVM_FAILED", "The KVM canary could not start: " + outcome.startFailure(), null,
					false);
		}
		if (outcome.ready()) {
			return new Decision("kvm", "KVM_WORKS", "A canary VM booted under KVM in " + outcome.millis() + " ms.",
					outcome.millis(), false);
		}
		if (outcome.timedOut()) {
			log.warn("The KVM canary printed no marker within {} ms; using TCG", watchdogMillis);
			return new Decision("tcg", "KVM_HANG", "Under KVM the canary VM printed no marker within " + watchdogMillis
					+ " ms (nested or paravirtualized KVM where stock kernels hang).", null, false);
		}
		String line = outcome.lastLine();
		return new Decision("tcg", "KVM_FAILED",
				"Under KVM the canary VM ended without its marker" + (line.isEmpty() ? "." : ": " + line), null, false);
	}

	private String cacheKey(String qemuVersion, List<String> argv) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			Path kernel = properties.kernel();
			String material = String.join("\n", qemuVersion, kernel.toAbsolutePath().toString(),
					Long.toString(Files.size(kernel)), Files.getLastModifiedTime(kernel).toString(),
					HostProcesses.hostKernel(), properties.kvmDevice().toString(),
					String.join(" ", properties.canaryCommand()));
			return HexFormat.of().formatHex(sha.digest(material.getBytes(StandardCharsets.UTF_8)));
		}
		catch (IOException | NoSuchAlgorithmException ex) {
			return "uncacheable-" + System.nanoTime();
		}
	}

	private Decision readCache(String key) {
		Path file = properties.workDir().resolve(CACHE);
		if (!Files.isRegularFile(file)) {
			return null;
		}
		Properties p = new Properties();
		try (Reader in = Files.newBufferedReader(file)) {
			p.load(in);
		}
		catch (IOException ex) {
			return null;
		}
		if (!key.equals(p.getProperty("key"))) {
			return null;
		}
		String millis = p.getProperty("canaryMillis");
		return new Decision(p.getProperty("accelerator"), p.getProperty("reasonCode"), p.getProperty("detail"),
				(millis == null || millis.isEmpty()) ? null : Long.valueOf(millis), true);
	}

	private void writeCache(String key, Decision decision) {
		Properties p = new Properties();
		p.setProperty("key", key);
		p.setProperty("accelerator", decision.accelerator());
		p.setProperty("reasonCode", decision.reasonCode());
		p.setProperty("detail", decision.detail());
		p.setProperty("canaryMillis", (decision.canaryMillis() != null) ? decision.canaryMillis().toString() : "");
		try {
			Files.createDirectories(properties.workDir());
			try (Writer out = Files.newBufferedWriter(properties.workDir().resolve(CACHE))) {
				p.store(out, "Accelerator chosen by the KVM canary; delete this file to probe again");
			}
		}
		catch (IOException ex) {
			log.warn("Could not cache the accelerator decision: {}", ex.getMessage());
		}
	}

	/**
	 * @param accelerator {@code kvm} or {@code tcg}
	 * @param reasonCode KVM_WORKS, KVM_HANG, KVM_FAILED, NO_KVM_DEVICE, KVM_NO_ACCESS or
	 * FORCED
	 * @param detail the reason in English
	 * @param canaryMillis how long the canary took to its marker under KVM, when it did
	 * @param cached whether this came from an earlier probe
	 */
	public record Decision(String accelerator, String reasonCode, String detail, Long canaryMillis, boolean cached) {
	}

}
