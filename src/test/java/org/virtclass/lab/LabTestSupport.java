package org.virtclass.lab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * What the lab tests share. They need real QEMU, runc, busybox-static and the guest
 * kernel, and fail (never skip) when something is missing. The kernel is where
 * {@code scripts/lab-setup} puts it:
 * {@code ${VIRTCLASS_DATA_DIR:-./data}/lab/kernel/vmlinuz}, relative to the project root,
 * which is the working directory of the tests. Each test class runs its app on a fresh
 * temporary data directory. After each class, no qemu or runc process started by this JVM
 * may be left.
 */
public final class LabTestSupport implements BeforeAllCallback, AfterAllCallback {

	/**
	 * The resource lock of every class that starts lab processes: the check after each
	 * class counts every qemu and runc process below this JVM, so these classes run one
	 * after another, beside the other failsafe classes.
	 */
	public static final String PROCESSES = "virtclass.lab.processes";

	/**
	 * {@code virtclass.lab.yield-cpu} for the lab tests' apps: false unless the system
	 * property {@code lab.yieldCpu} says true. An app that yields gives its lab only CPU
	 * that nothing else at the app's cgroup level wants, and on a shared test box that is
	 * every other process: under a load of 40 on 2 cores a container did not start within
	 * 30 s. {@code -Dlab.yieldCpu=true} runs them with the default on a quiet box, and
	 * {@code LabApiTests} then checks the idle policy on real QEMU and runc.
	 */
	public static final String YIELD_CPU = Boolean.toString(Boolean.getBoolean("lab.yieldCpu"));

	/**
	 * {@code virtclass.lab.cgroup} for the lab tests' apps: the browser and cluster
	 * tests' apps run beside them with the default weight and group, and would otherwise
	 * set the weight of the group these tests' VMs and containers run in.
	 */
	public static final String CGROUP = "virtclass-lab-tests";

	public LabTestSupport() {
	}

	public static Path kernel() {
		String dataDir = System.getenv().getOrDefault("VIRTCLASS_DATA_DIR", "data");
		return Path.of(dataDir).toAbsolutePath().resolve("lab/kernel/vmlinuz");
	}

	/**
	 * The data directories of the lab classes' apps: every qemu and runc process of
	 * theirs names one (runc's {@code --root}, QEMU's initramfs).
	 */
	private static final java.util.Set<String> LAB_DIRS = java.util.concurrent.ConcurrentHashMap.newKeySet();

	public static Path tempDataDir(String name) {
		try {
			Path dir = Files.createTempDirectory("virtclass-" + name + "-");
			LAB_DIRS.add(dir.toAbsolutePath().toString());
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Fails with the fix when the host lacks what the lab needs. */
	public static void requireLabHost() {
		List<String> missing = new java.util.ArrayList<>();
		if (!Files.isRegularFile(kernel())) {
			missing.add("the guest kernel " + kernel());
		}
		for (String binary : List.of("/usr/bin/qemu-system-x86_64", "/usr/sbin/runc", "/bin/busybox")) {
			if (!Files.isExecutable(Path.of(binary))) {
				missing.add(binary);
			}
		}
		if (!missing.isEmpty()) {
			fail("The lab tests need real QEMU, runc, busybox-static and the guest kernel. Missing: " + missing
					+ ". Run scripts/lab-setup (it installs them from Debian and extracts the kernel).");
		}
	}

	/**
	 * qemu and runc processes below this JVM that belong to a lab class's app. The other
	 * failsafe classes run beside the lab classes, and each of their apps prepares its
	 * own lab at start-up ({@code runc --version}, a canary VM on its own data
	 * directory): those are not this check's business.
	 */
	public static List<String> labProcesses() {
		return ProcessHandle.current()
			.descendants()
			.filter(ProcessHandle::isAlive)
			.map((p) -> p.info().commandLine().orElse(""))
			.filter((c) -> c.contains("qemu-system") || c.contains("runc"))
			.filter((c) -> LAB_DIRS.stream().anyMatch(c::contains))
			.toList();
	}

	/**
	 * Waits until {@code condition} holds; after {@code timeout} the test fails naming
	 * {@code what}.
	 */
	public static void await(Duration timeout, BooleanSupplier condition, String what) {
		Awaitility.await(what)
			.atMost(timeout)
			.pollDelay(Duration.ZERO)
			.pollInterval(Duration.ofMillis(50))
			.until(condition::getAsBoolean);
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		requireLabHost();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		// Empty for a whole second, not at one instant: a process being spawned has the
		// JVM's spawn helper's command line until it execs, so one look can miss a launch
		// under way.
		Awaitility.await("no qemu or runc process is left")
			.atMost(Duration.ofSeconds(15))
			.during(Duration.ofSeconds(1))
			.pollInterval(Duration.ofMillis(50))
			.untilAsserted(() -> assertThat(labProcesses())
				.as("qemu and runc processes left after " + context.getDisplayName())
				.isEmpty());
	}

}
