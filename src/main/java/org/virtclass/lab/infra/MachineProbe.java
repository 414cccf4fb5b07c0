package org.virtclass.lab.infra;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.virtclass.lab.LabProperties;

/**
 * Picks the machine type once: microvm when this QEMU lists it and a canary boots on it
 * under TCG to the ready marker, otherwise the trimmed pc. Like the KVM canary, the
 * result is cached in the work directory, keyed by the QEMU version and the guest kernel;
 * only a success is cached, so a probe that lost to a busy machine is tried again at the
 * next start.
 */
public final class MachineProbe {

	private static final Logger log = LoggerFactory.getLogger(MachineProbe.class);

	private static final String CACHE = "machine.properties";

	/** The run id of the machine canary's pid file. */
	static final String CANARY_RUN = "machine-canary";

	/**
	 * A TCG boot on a shared 2-core host took 1 s idle and up to 15 s under a load of 30,
	 * so the watchdog is generous; the probe runs once, on the start-up thread, before
	 * any run.
	 */
	static final Duration WATCHDOG = Duration.ofSeconds(45);

	private static final Pattern CPU_MHZ = Pattern.compile("(?m)^cpu MHz\\s*:\\s*([0-9]+(?:\\.[0-9]+)?)");

	private final LabProperties properties;

	private final Duration watchdog;

	private final CanaryBoot canary;

	public MachineProbe(LabProperties properties, PidFiles pidFiles) {
		this(properties, pidFiles, WATCHDOG);
	}

	MachineProbe(LabProperties properties, PidFiles pidFiles, Duration watchdog) {
		this.properties = properties;
		this.watchdog = watchdog;
		this.canary = new CanaryBoot(pidFiles, CANARY_RUN);
	}

	/**
	 * @param machineList the output of {@code qemu -machine help}
	 * @param canaryArgv the QEMU command of a canary boot for a machine, under TCG
	 */
	public Decision decide(String qemuVersion, String machineList, Function<QemuMachine, List<String>> canaryArgv) {
		QemuMachine microvm = new QemuMachine(QemuMachine.MICROVM, hostTscKhz());
		String forced = properties.machine().toLowerCase(Locale.ROOT);
		if (forced.equals(QemuMachine.PC)) {
			return new Decision(QemuMachine.pc(), "FORCED", "Set by virtclass.lab.machine=pc.", null, false);
		}
		if (forced.equals(QemuMachine.MICROVM)) {
			return new Decision(microvm, "FORCED", "Set by virtclass.lab.machine=microvm.", null, false);
		}
		if (!lists(machineList, QemuMachine.MICROVM)) {
			return new Decision(QemuMachine.pc(), "MICROVM_MISSING", "This QEMU has no microvm machine.", null, false);
		}
		String key = qemuVersion + "|" + kernelKey() + "|" + microvm.tscKhz();
		Long cached = readCache(key);
		if (cached != null) {
			return new Decision(microvm, "MICROVM_WORKS", "A canary VM booted on microvm in " + cached + " ms.", cached,
					true);
		}
		Long millis = canary(canaryArgv.apply(microvm));
		if (millis == null) {
			log.warn("The microvm canary printed no marker within {} s; the lab VM uses the pc machine",
					watchdog.toSeconds());
			return new Decision(QemuMachine.pc(), "MICROVM_FAILED",
					"A canary VM on microvm printed no marker within " + watchdog.toMillis() + " ms.", null, false);
		}
		writeCache(key, millis);
		return new Decision(microvm, "MICROVM_WORKS", "A canary VM booted on microvm in " + millis + " ms.", millis,
				false);
	}

	/** Kills a canary that is booting now. */
	public void abort() {
		canary.abort();
	}

	static boolean lists(String machineList, String machine) {
		return machineList.lines().anyMatch((line) -> line.strip().startsWith(machine + " "));
	}

	/**
	 * The rate a TCG guest's TSC ticks at: TCG reads the host's TSC, whose rate the host
	 * kernel shows as "cpu MHz" on hosts with a constant TSC. {@code null} when unknown;
	 * microvm then fails its canary under TCG and the pc machine is used.
	 */
	static Long hostTscKhz() {
		try {
			return tscKhz(Files.readString(Path.of("/proc/cpuinfo")));
		}
		catch (IOException ex) {
			return null;
		}
	}

	static Long tscKhz(String cpuinfo) {
		if (!cpuinfo.contains(" constant_tsc")) {
			return null;
		}
		Matcher m = CPU_MHZ.matcher(cpuinfo);
		return m.find() ? Math.round(Double.parseDouble(m.group(1)) * 1000) : null;
	}

	/**
	 * Boots the canary and returns the milliseconds to its marker, or {@code null}; kills
	 * it always.
	 */
	Long canary(List<String> argv) {
		return canary.boot(argv, watchdog).millis();
	}

	private String kernelKey() {
		try {
			Path kernel = properties.kernel();
			return kernel.toAbsolutePath() + "|" + Files.size(kernel) + "|" + Files.getLastModifiedTime(kernel);
		}
		catch (IOException ex) {
			return "unknown-" + System.nanoTime();
		}
	}

	private Long readCache(String key) {
		Path file = properties.workDir().resolve(CACHE);
		if (!Files.isRegularFile(file)) {
			return null;
		}
		Properties p = new Properties();
		try (Reader in = Files.newBufferedReader(file)) {
			p.load(in);
			return key.equals(p.getProperty("key")) ? Long.valueOf(p.getProperty("canaryMillis")) : null;
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	private void writeCache(String key, long millis) {
		Properties p = new Properties();
		p.setProperty("key", key);
		p.setProperty("machine", QemuMachine.MICROVM);
		p.setProperty("canaryMillis", Long.toString(millis));
		try (Writer out = Files.newBufferedWriter(properties.workDir().resolve(CACHE))) {
			p.store(out, "microvm booted here under TCG; delete this file to probe again");
		}
		catch (IOException ex) {
			log.warn("Could not cache the machine decision: {}", ex.getMessage());
		}
	}

	/**
	 * @param machine the machine every VM of this app runs on
	 * @param reasonCode MICROVM_WORKS, MICROVM_MISSING, MICROVM_FAILED or FORCED
	 * @param detail the reason in English
	 * @param canaryMillis how long the microvm canary took to its marker under TCG, when
	 * it did
	 * @param cached whether this came from an earlier probe
	 */
	public record Decision(QemuMachine machine, String reasonCode, String detail, Long canaryMillis, boolean cached) {
	}

}
