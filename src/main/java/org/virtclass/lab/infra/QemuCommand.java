package org.virtclass.lab.infra;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The QEMU command line of the lab VM, as a list of arguments (never a shell string). No
 * network device, no disks, no USB, no display, no shared folders ({@code -nodefaults}):
 * only the kernel, the initramfs, a serial console on stdio and, for a run, a second
 * serial port (COM2, an ISA device both microvm and pc have) on a pair of named pipes:
 * the side channel of the guest's facts and the app's requests, on the machine
 * {@link QemuMachine} describes. {@code signal=off} keeps a typed Ctrl-C inside the guest
 * instead of stopping QEMU.
 */
public final class QemuCommand {

	/**
	 * Quiet boot, errors included ({@code loglevel=3}: microvm has no PCI and the kernel
	 * says so as an error on the student's console); reboot on panic, which
	 * {@code -no-reboot} turns into an exit, and reboot by a triple fault
	 * ({@code reboot=t}), the one reset that needs no device: the guest's init ends the
	 * VM with a reboot because the lab's small kernel has no ACPI to power off with. The
	 * remaining options skip probes that cost time under TCG and find nothing in this
	 * guest: the legacy keyboard controller, TSC checks, PCI (the console is the ISA
	 * serial port), two absent serial ports (the second is the side channel), the crypto
	 * self-tests and audit. The lab's own kernel ({@code scripts/lab-kernel}) has none of
	 * those drivers and ignores their options; Debian's kernel, which the lab boots until
	 * that one is built, needs them. The guest's own speculative-execution mitigations
	 * and the random placement of its kernel only protect guest processes from each
	 * other, and the guest has a single user, so they are switched off; the host keeps
	 * its own.
	 */
	static final String CMDLINE = "console=ttyS0 quiet loglevel=3 panic=-1 mitigations=off tsc=reliable no_timer_check "
			+ "i8042.noaux i8042.nokbd i8042.nopnp pci=off 8250.nr_uarts=2 cryptomgr.notests audit=0 nokaslr reboot=t";

	/**
	 * How much code TCG keeps translated, in MB. QEMU's default reserves 1 GB and the
	 * boot alone fills tens of MB of it, all resident. 16 MB holds the boot's hot code
	 * and saves 16-18 MB of RSS against 32; 8 MB saved 10 more but the boot code was
	 * translated again after flushes.
	 */
	static final int TCG_TB_MB = 16;

	static final String CANARY_FLAG = "virtclass.canary";

	private QemuCommand() {
	}

	/**
	 * @param accelerator {@code kvm} or {@code tcg}
	 * @param machine microvm, or the trimmed pc where microvm is missing or failed
	 * @param dropToUser when QEMU runs as root, the user it switches to once the VM is
	 * set up
	 * @param modernRunWith whether this QEMU spells that {@code -run-with user=} (9.1 and
	 * later)
	 */
	public static List<String> argv(Path qemu, String accelerator, QemuMachine machine, int memoryMb, Path kernel,
			Path initramfs, String name, boolean canary, String dropToUser, boolean modernRunWith) {
		return argv(qemu, accelerator, machine, memoryMb, kernel, initramfs, name, canary, dropToUser, modernRunWith,
				null);
	}

	/**
	 * @param signals the side channel's pipes without their {@code .in}/{@code .out}
	 * suffix, or {@code null} for a canary, which prints its marker on the console and
	 * powers off
	 */
	public static List<String> argv(Path qemu, String accelerator, QemuMachine machine, int memoryMb, Path kernel,
			Path initramfs, String name, boolean canary, String dropToUser, boolean modernRunWith, Path signals) {
		List<String> argv = new ArrayList<>(List.of(qemu.toString(), "-name", name, "-machine", machine.machineArg(),
				"-accel", "tcg".equals(accelerator) ? "tcg,tb-size=" + TCG_TB_MB : accelerator));
		if ("kvm".equals(accelerator)) {
			argv.addAll(List.of("-cpu", "host"));
		}
		argv.addAll(List.of("-m", Integer.toString(memoryMb), "-smp", "1", "-nodefaults", "-nographic", "-no-reboot",
				"-nic", "none", "-chardev", "stdio,id=console,mux=off,signal=off", "-serial", "chardev:console"));
		if (signals != null) {
			argv.addAll(List.of("-chardev",
					"pipe,id=signals,path=" + signals.toAbsolutePath().toString().replace(",", ",,"), "-device",
					"isa-serial,chardev=signals,iobase=0x2f8,irq=3"));
		}
		argv.addAll(List.of("-sandbox", "on,obsolete=deny,spawn=deny,resourcecontrol=deny"));
		if (dropToUser != null) {
			argv.addAll(modernRunWith ? List.of("-run-with", "user=" + dropToUser) : List.of("-runas", dropToUser));
		}
		argv.addAll(List.of("-kernel", kernel.toAbsolutePath().toString(), "-initrd",
				initramfs.toAbsolutePath().toString(), "-append", cmdline(accelerator, machine, canary)));
		return argv;
	}

	static String cmdline(String accelerator, QemuMachine machine, boolean canary) {
		List<String> options = new ArrayList<>(List.of(CMDLINE));
		options.addAll(machine.cmdline(accelerator));
		if (canary) {
			options.add(CANARY_FLAG);
		}
		return String.join(" ", options);
	}

	/** Parses "QEMU emulator version 7.2.22 (Debian ...)" into {7, 2}. */
	static int[] version(String versionOutput) {
		var m = java.util.regex.Pattern.compile("version (\\d+)\\.(\\d+)").matcher(versionOutput);
		return m.find() ? new int[] { Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) } : new int[] { 0, 0 };
	}

	static boolean hasRunWith(String versionOutput) {
		int[] v = version(versionOutput);
		return v[0] > 9 || (v[0] == 9 && v[1] >= 1);
	}

}
