package org.virtclass.lab;

import java.util.List;

/**
 * What this host can run, checked at start-up. {@code missing} lists problem codes the
 * page turns into sentences (QEMU, KERNEL, RUNC, BUSYBOX, SETSID, ROOT); {@code fix} is
 * the command that adds what is missing.
 */
public record LabCapabilities(VmCapability vm, ContainerCapability container, String hostKernel, String fix) {

	/**
	 * @param accelerator {@code kvm} or {@code tcg}, or null while the canary boot is
	 * still running
	 * @param acceleratorReason a code: KVM_WORKS, KVM_HANG, KVM_FAILED, NO_KVM_DEVICE,
	 * KVM_NO_ACCESS, FORCED, DETECTING, or ABORTED (the app stopped during the canary
	 * boot)
	 * @param reason in English: why the VM side is unavailable, or how the accelerator
	 * was chosen
	 */
	public record VmCapability(boolean available, String accelerator, String reason, List<String> missing,
			String acceleratorReason, Long canaryMillis, String qemuVersion, String guestKernel) {
	}

	/**
	 * @param runtime the OCI runtime and its version, for example {@code runc 1.1.5}
	 */
	public record ContainerCapability(boolean available, String runtime, String reason, List<String> missing) {
	}

}
