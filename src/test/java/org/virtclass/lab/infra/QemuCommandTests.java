package org.virtclass.lab.infra;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The VM's command line: the same machine and devices under TCG and KVM (so that the KVM
 * canary checks the command every run uses), only the accelerator and what depends on it
 * differ.
 */
class QemuCommandTests {

	private static final QemuMachine MICROVM = new QemuMachine(QemuMachine.MICROVM, 2_596_146L);

	@Test
	void microvmUnderTcgIsToldTheTscRateAndKeepsASmallTranslationBuffer() {
		List<String> argv = argv("tcg", MICROVM, false);
		assertThat(value(argv, "-machine")).startsWith("microvm,").contains("x-option-roms=off", "pcie=off");
		assertThat(value(argv, "-accel")).isEqualTo("tcg,tb-size=16");
		assertThat(value(argv, "-m")).isEqualTo("80");
		assertThat(value(argv, "-append")).contains("console=ttyS0", "tsc_early_khz=2596146", "pci=off")
			.doesNotContain("virtclass.canary", "edd=off");
		assertThat(argv).contains("-nodefaults", "-no-reboot").doesNotContain("-cpu");
	}

	@Test
	void underKvmTheSameMachineRunsWithTheHostCpuAndItsOwnClock() {
		List<String> tcg = argv("tcg", MICROVM, true);
		List<String> kvm = argv("kvm", MICROVM, true);
		assertThat(value(kvm, "-machine")).isEqualTo(value(tcg, "-machine"));
		assertThat(value(kvm, "-accel")).isEqualTo("kvm");
		assertThat(value(kvm, "-cpu")).isEqualTo("host");
		assertThat(value(kvm, "-append")).doesNotContain("tsc_early_khz").endsWith(" virtclass.canary");
		assertThat(value(kvm, "-append").replace(" virtclass.canary", "")).isEqualTo(QemuCommand.CMDLINE);
	}

	@Test
	void theGuestsResetIsATripleFaultOnEveryMachineAndAccelerator() {
		for (QemuMachine machine : List.of(MICROVM, QemuMachine.pc())) {
			for (String accelerator : List.of("tcg", "kvm")) {
				assertThat(value(argv(accelerator, machine, false), "-append").split(" ")).contains("reboot=t",
						"panic=-1");
			}
		}
	}

	@Test
	void thePcFallbackHasNoUsbNoVmportAndSkipsTheEddProbe() {
		List<String> argv = argv("tcg", QemuMachine.pc(), false);
		assertThat(value(argv, "-machine")).isEqualTo("pc,usb=off,vmport=off");
		assertThat(value(argv, "-append")).endsWith(" edd=off").doesNotContain("tsc_early_khz");
	}

	@Test
	void aRunHasItsSideChannelOnASecondSerialPortAndACanaryHasNone() {
		List<String> run = QemuCommand.argv(Path.of("/usr/bin/qemu-system-x86_64"), "tcg", MICROVM, 72,
				Path.of("/lab/vmlinuz"), Path.of("/lab/initramfs.cpio.gz"), "virtclass-run", false, null, false,
				Path.of("/lab/runs/a,b/signals"));
		assertThat(value(run, "-serial")).isEqualTo("chardev:console");
		assertThat(run).contains("pipe,id=signals,path=/lab/runs/a,,b/signals",
				"isa-serial,chardev=signals,iobase=0x2f8,irq=3");
		assertThat(value(run, "-append")).contains("8250.nr_uarts=2");
		assertThat(argv("tcg", MICROVM, true)).noneMatch((a) -> a.contains("signals"));
	}

	@Test
	void microvmWithoutAKnownTscRateGetsNoGuess() {
		assertThat(value(argv("tcg", new QemuMachine(QemuMachine.MICROVM, null), false), "-append"))
			.doesNotContain("tsc_early_khz");
	}

	private static List<String> argv(String accelerator, QemuMachine machine, boolean canary) {
		return QemuCommand.argv(Path.of("/usr/bin/qemu-system-x86_64"), accelerator, machine, 80,
				Path.of("/lab/vmlinuz"), Path.of("/lab/initramfs.cpio.gz"), "virtclass-test", canary, null, false);
	}

	private static String value(List<String> argv, String option) {
		int i = argv.indexOf(option);
		assertThat(i).as(option + " in " + argv).isNotNegative();
		return argv.get(i + 1);
	}

}
