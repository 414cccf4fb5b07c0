package org.virtclass.lab.infra;

import java.util.List;

/**
 * The machine the lab VM runs on, with the arguments and kernel options that belong to
 * it.
 *
 * <p>
 * {@code microvm} has no PCI bus, no firmware tables to walk and a minimal firmware
 * (qboot), so the guest skips most of what a PC boot costs under TCG. It also has no HPET
 * and no ACPI PM timer, and under TCG the kernel then cannot measure the TSC and hangs at
 * "Marking TSC unstable"; so under TCG the kernel is told the TSC rate
 * ({@code tsc_early_khz}, the host's, which is what a TCG guest reads). Under KVM the
 * kvm-clock gives it. The trimmed {@code pc} is the fallback when this QEMU has no
 * microvm or it did not boot here.
 *
 * @param name {@code microvm} or {@code pc}
 * @param tscKhz the TSC rate told to a TCG guest on microvm, or {@code null} when unknown
 */
public record QemuMachine(String name, Long tscKhz) {

	public static final String MICROVM = "microvm";

	public static final String PC = "pc";

	public static QemuMachine pc() {
		return new QemuMachine(PC, null);
	}

	public boolean microvm() {
		return MICROVM.equals(name);
	}

	/**
	 * The {@code -machine} value. On microvm: no option ROMs, no second I/O APIC and no
	 * PCIe; the RTC, PIT and PIC stay because the guest kernel's timer set-up uses them.
	 * On pc: no USB controller and no VMware port; {@code -nodefaults} already removes
	 * VGA, network and disks.
	 */
	String machineArg() {
		return microvm() ? "microvm,x-option-roms=off,ioapic2=off,pcie=off,rtc=on,pit=on,pic=on"
				: "pc,usb=off,vmport=off";
	}

	/** Kernel options that only this machine needs. */
	List<String> cmdline(String accelerator) {
		if (microvm() && "tcg".equals(accelerator) && tscKhz != null) {
			return List.of("tsc_early_khz=" + tscKhz);
		}
		return microvm() ? List.of() : List.of("edd=off");
	}

}
