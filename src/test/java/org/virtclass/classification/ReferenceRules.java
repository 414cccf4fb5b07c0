package org.virtclass.classification;

/**
 * The knowledge-base README's "How the labels follow from the facts", written out as
 * plainly as possible, as the yardstick for the engine's weighted rule table.
 */
final class ReferenceRules {

	private ReferenceRules() {
	}

	static Category category(ToolFacts f) {
		boolean oci = f.hasFormat(ImageFormat.OCI_IMAGE);
		if (f.managesOthers() && (f.sharesHostKernel() || oci)) {
			return Category.ORCHESTRATOR;
		}
		if (f.managesOthers() && f.guestOwnKernel()) {
			return Category.VM_TOOL;
		}
		if ((f.guestOwnKernel() || f.userSpaceKernel()) && oci) {
			return Category.SANDBOXED_CONTAINER;
		}
		if (f.guestOwnKernel() && f.emulatesForeignIsa()
				&& f.hardwareVirtualization() == HardwareVirtualization.NOT_USED) {
			return Category.EMULATOR;
		}
		if (f.guestOwnKernel()) {
			return Category.VM_TOOL;
		}
		if (f.sharesHostKernel()) {
			return Category.CONTAINER;
		}
		if (f.translatesSyscalls() || f.emulatesForeignIsa()) {
			return Category.COMPAT_LAYER;
		}
		return Category.NOT_VIRTUALIZATION;
	}

	static HypervisorType hypervisorType(ToolFacts f) {
		if (category(f) != Category.VM_TOOL || f.managesOthers()) {
			return HypervisorType.NONE;
		}
		return switch (f.runsOn()) {
			case BARE_METAL -> HypervisorType.TYPE_1;
			case HOST_KERNEL -> HypervisorType.HYBRID;
			case HOST_OS -> HypervisorType.TYPE_2;
		};
	}

	static IsolationLevel isolationLevel(ToolFacts f) {
		if (f.guestOwnKernel()) {
			return IsolationLevel.HARDWARE;
		}
		if (f.sharesHostKernel() || f.userSpaceKernel()) {
			return IsolationLevel.KERNEL;
		}
		if (f.translatesSyscalls() || f.emulatesForeignIsa()) {
			return IsolationLevel.PROCESS;
		}
		return IsolationLevel.NONE;
	}

	static ImageModel imageModel(ToolFacts f) {
		if (any(f, ImageFormat.VMDK, ImageFormat.VDI, ImageFormat.VHD, ImageFormat.VHDX, ImageFormat.QCOW2,
				ImageFormat.RAW_DISK, ImageFormat.OVF_OVA, ImageFormat.PARALLELS_HDD, ImageFormat.AMI)) {
			return ImageModel.FULL_DISK_IMAGE;
		}
		if (any(f, ImageFormat.OCI_IMAGE)) {
			return ImageModel.LAYERED_OCI_IMAGE;
		}
		if (any(f, ImageFormat.ROOTFS_TARBALL, ImageFormat.CONTAINER_TEMPLATE)) {
			return ImageModel.ROOTFS_TEMPLATE;
		}
		if (any(f, ImageFormat.ISO, ImageFormat.ROM)) {
			return ImageModel.ROM_OR_ISO;
		}
		return ImageModel.NONE;
	}

	private static boolean any(ToolFacts f, ImageFormat... formats) {
		for (ImageFormat format : formats) {
			if (f.hasFormat(format)) {
				return true;
			}
		}
		return false;
	}

}
