package org.virtclass.lab.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.virtclass.lab.LabProperties;
import org.virtclass.lab.LabTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The accelerator decision. A fake KVM device (a writable file) makes the probe try KVM,
 * and a fake canary command plays the accelerator: one that never prints the marker is a
 * hanging KVM.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(LabTestSupport.PROCESSES)
class AcceleratorProbeTests {

	@TempDir
	Path dir;

	private Path fakeKvm;

	private Path kernel;

	@BeforeEach
	void fakes() throws IOException {
		fakeKvm = Files.createFile(dir.resolve("kvm"));
		kernel = Files.writeString(dir.resolve("vmlinuz"), "not really a kernel");
	}

	@Test
	void aCanaryThatNeverPrintsTheMarkerIsKilledAndTcgIsUsed() {
		long start = System.nanoTime();
		AcceleratorProbe.Decision d = probe("canary-command", "sleep,300").decide("QEMU 7.2", List.of());
		assertThat(d.accelerator()).isEqualTo("tcg");
		assertThat(d.reasonCode()).isEqualTo("KVM_HANG");
		assertThat(d.detail()).contains("no marker within 1000 ms");
		assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
		assertThat(sleepers()).as("the hanging canary was killed").isEmpty();
	}

	@Test
	void aCanaryThatPrintsTheMarkerMeansKvmWorks() {
		AcceleratorProbe.Decision d = probe("canary-command",
				"/bin/busybox,sh,-c,echo booting; echo @@VIRTCLASS-READY; sleep 300")
			.decide("QEMU 7.2", List.of());
		assertThat(d.accelerator()).isEqualTo("kvm");
		assertThat(d.reasonCode()).isEqualTo("KVM_WORKS");
		assertThat(d.canaryMillis()).isNotNull().isLessThan(1000L);
		assertThat(sleepers()).as("the canary was stopped after its marker").isEmpty();
	}

	@Test
	void aCanaryThatEndsWithoutTheMarkerMeansKvmFailed() {
		AcceleratorProbe.Decision d = probe("canary-command",
				"/bin/busybox,sh,-c,echo could not access KVM kernel module")
			.decide("QEMU 7.2", List.of());
		assertThat(d.accelerator()).isEqualTo("tcg");
		assertThat(d.reasonCode()).isEqualTo("KVM_FAILED");
		assertThat(d.detail()).contains("could not access KVM kernel module");
	}

	@Test
	void withoutAKvmDeviceNoCanaryIsBooted() {
		AcceleratorProbe.Decision d = probe("kvm-device", dir.resolve("none").toString(), "canary-command", "sleep,300")
			.decide("QEMU 7.2", List.of());
		assertThat(d.reasonCode()).isEqualTo("NO_KVM_DEVICE");
		assertThat(d.accelerator()).isEqualTo("tcg");
	}

	@Test
	void theSettingForcesTheAccelerator() {
		assertThat(probe("accelerator", "kvm").decide("QEMU 7.2", List.of()).reasonCode()).isEqualTo("FORCED");
		assertThat(probe("accelerator", "tcg").decide("QEMU 7.2", List.of()).accelerator()).isEqualTo("tcg");
	}

	@Test
	void theDecisionIsCachedForTheSameQemuKernelAndHost() {
		AcceleratorProbe probe = probe("canary-command", "sleep,300");
		assertThat(probe.decide("QEMU 7.2", List.of()).cached()).isFalse();
		long start = System.nanoTime();
		AcceleratorProbe.Decision again = probe.decide("QEMU 7.2", List.of());
		assertThat(again.cached()).isTrue();
		assertThat(again.reasonCode()).isEqualTo("KVM_HANG");
		assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(500);
		assertThat(probe.decide("QEMU 8.0", List.of()).cached()).as("another QEMU version probes again").isFalse();
	}

	@Test
	void aCanaryBootingWhenTheAppStopsIsKilledRecordsNothingAndHadAPidFileMeanwhile() throws Exception {
		AcceleratorProbe probe = probe("canary-command", "sleep,300", "canary-watchdog", "60s");
		Path pidFile = dir.resolve("work/runs/canary/pid");
		CompletableFuture<AcceleratorProbe.Decision> decided = CompletableFuture
			.supplyAsync(() -> probe.decide("QEMU 7.2", List.of()));
		await("a crash now would leave a pid file for the next start's sweep").atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> Files.exists(pidFile));
		assertThat(pidFile).exists();
		assertThat(sleepers()).hasSize(1);
		long start = System.nanoTime();
		probe.abort();
		AcceleratorProbe.Decision d = decided.get(10, TimeUnit.SECONDS);
		assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
		assertThat(d.reasonCode()).isEqualTo("ABORTED");
		assertThat(sleepers()).as("the canary died with the app").isEmpty();
		assertThat(pidFile).doesNotExist();
		assertThat(dir.resolve("work/accelerator.properties")).as("no decision was cached").doesNotExist();
	}

	private AcceleratorProbe probe(String... overrides) {
		String[] all = new String[overrides.length + 6];
		System.arraycopy(
				new String[] { "kvm-device", fakeKvm.toString(), "kernel", kernel.toString(), "canary-watchdog", "1s" },
				0, all, 0, 6);
		System.arraycopy(overrides, 0, all, 6, overrides.length);
		LabProperties properties = LabSettings.of(dir.resolve("work"), all);
		return new AcceleratorProbe(properties, new PidFiles(properties));
	}

	private static List<ProcessHandle> sleepers() {
		return ProcessHandle.current()
			.descendants()
			.filter(ProcessHandle::isAlive)
			.filter((p) -> p.info().commandLine().orElse("").contains("300"))
			.toList();
	}

}
