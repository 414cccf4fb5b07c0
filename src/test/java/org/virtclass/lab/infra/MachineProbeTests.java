package org.virtclass.lab.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.virtclass.lab.LabProperties;
import org.virtclass.lab.LabTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The machine decision: microvm only when QEMU lists it and a canary reaches the marker
 * on it; otherwise the trimmed pc. Fake canary commands play QEMU, as in
 * {@link AcceleratorProbeTests}.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(LabTestSupport.PROCESSES)
class MachineProbeTests {

	private static final String WITH_MICROVM = """
			Supported machines are:
			microvm              microvm (i386)
			pc                   Standard PC (i440FX + PIIX, 1996) (alias of pc-i440fx-7.2)
			""";

	private static final String WITHOUT_MICROVM = """
			Supported machines are:
			pc                   Standard PC (i440FX + PIIX, 1996) (alias of pc-i440fx-7.2)
			q35                  Standard PC (Q35 + ICH9, 2009) (alias of pc-q35-7.2)
			""";

	@TempDir
	Path dir;

	private Path kernel;

	@BeforeEach
	void fakes() throws IOException {
		kernel = Files.writeString(dir.resolve("vmlinuz"), "not really a kernel");
		Files.createDirectories(dir.resolve("work"));
	}

	@Test
	void aQemuWithoutMicrovmGetsThePcWithoutACanary() {
		List<QemuMachine> booted = new ArrayList<>();
		MachineProbe.Decision d = probe().decide("QEMU 6.0", WITHOUT_MICROVM, (m) -> {
			booted.add(m);
			return List.of("/bin/busybox", "true");
		});
		assertThat(d.machine()).isEqualTo(QemuMachine.pc());
		assertThat(d.reasonCode()).isEqualTo("MICROVM_MISSING");
		assertThat(booted).isEmpty();
	}

	@Test
	void aMicrovmCanaryThatPrintsTheMarkerChoosesMicrovmAndIsCached() {
		List<String> canary = List.of("/bin/busybox", "sh", "-c", "echo booting; echo @@VIRTCLASS-READY; sleep 300");
		MachineProbe.Decision d = probe().decide("QEMU 7.2", WITH_MICROVM, (m) -> {
			assertThat(m.microvm()).isTrue();
			return canary;
		});
		assertThat(d.machine().microvm()).isTrue();
		assertThat(d.reasonCode()).isEqualTo("MICROVM_WORKS");
		assertThat(d.cached()).isFalse();
		assertThat(sleepers()).as("the canary was stopped after its marker").isEmpty();

		MachineProbe.Decision again = probe().decide("QEMU 7.2", WITH_MICROVM, (m) -> List.of("/bin/busybox", "false"));
		assertThat(again.machine().microvm()).isTrue();
		assertThat(again.cached()).isTrue();
		MachineProbe.Decision otherQemu = probe().decide("QEMU 8.0", WITH_MICROVM,
				(m) -> List.of("/bin/busybox", "false"));
		assertThat(otherQemu.reasonCode()).as("a new QEMU is probed again").isEqualTo("MICROVM_FAILED");
	}

	@Test
	void aHangingMicrovmCanaryIsKilledAndThePcIsUsedAndNothingIsCached() {
		long start = System.nanoTime();
		MachineProbe.Decision d = probe().decide("QEMU 7.2", WITH_MICROVM,
				(m) -> List.of("/bin/busybox", "sh", "-c", "echo Probing EDD; sleep 300"));
		assertThat(d.machine()).isEqualTo(QemuMachine.pc());
		assertThat(d.reasonCode()).isEqualTo("MICROVM_FAILED");
		assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
		assertThat(sleepers()).as("the hanging canary was killed").isEmpty();
		assertThat(dir.resolve("work/machine.properties")).doesNotExist();
	}

	@Test
	void theMachineCanBeForced() {
		assertThat(probe("machine", "pc").decide("QEMU 7.2", WITH_MICROVM, (m) -> List.of()).machine())
			.isEqualTo(QemuMachine.pc());
		MachineProbe.Decision microvm = probe("machine", "microvm").decide("QEMU 7.2", WITHOUT_MICROVM,
				(m) -> List.of());
		assertThat(microvm.machine().microvm()).isTrue();
		assertThat(microvm.reasonCode()).isEqualTo("FORCED");
	}

	@Test
	void theTscRateComesFromAHostWithAConstantTsc() {
		String cpuinfo = "processor\t: 0\nflags\t\t: fpu tsc constant_tsc nonstop_tsc\ncpu MHz\t\t: 2596.146\n";
		assertThat(MachineProbe.tscKhz(cpuinfo)).isEqualTo(2_596_146L);
		assertThat(MachineProbe.tscKhz(cpuinfo.replace(" constant_tsc", ""))).isNull();
		assertThat(MachineProbe.tscKhz("flags\t\t: tsc constant_tsc\n")).isNull();
	}

	@Test
	void onlyAWholeMachineNameCounts() {
		assertThat(MachineProbe.lists(WITH_MICROVM, "microvm")).isTrue();
		assertThat(MachineProbe.lists("microvm-x   something\n", "microvm")).isFalse();
	}

	private MachineProbe probe(String... overrides) {
		String[] all = new String[overrides.length + 2];
		System.arraycopy(new String[] { "kernel", kernel.toString() }, 0, all, 0, 2);
		System.arraycopy(overrides, 0, all, 2, overrides.length);
		LabProperties properties = LabSettings.of(dir.resolve("work"), all);
		return new MachineProbe(properties, new PidFiles(properties), Duration.ofSeconds(1));
	}

	private static List<ProcessHandle> sleepers() {
		return ProcessHandle.current()
			.descendants()
			.filter(ProcessHandle::isAlive)
			.filter((p) -> p.info().commandLine().orElse("").contains("300"))
			.toList();
	}

}
