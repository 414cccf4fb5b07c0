package org.virtclass.classification;

/** What a guest is packaged as. Each format belongs to one image model. */
public enum ImageFormat {

	VMDK(ImageModel.FULL_DISK_IMAGE), VDI(ImageModel.FULL_DISK_IMAGE), VHD(ImageModel.FULL_DISK_IMAGE),
	VHDX(ImageModel.FULL_DISK_IMAGE), QCOW2(ImageModel.FULL_DISK_IMAGE), RAW_DISK(ImageModel.FULL_DISK_IMAGE),
	OVF_OVA(ImageModel.FULL_DISK_IMAGE), PARALLELS_HDD(ImageModel.FULL_DISK_IMAGE), AMI(ImageModel.FULL_DISK_IMAGE),
	OCI_IMAGE(ImageModel.LAYERED_OCI_IMAGE), ROOTFS_TARBALL(ImageModel.ROOTFS_TEMPLATE),
	CONTAINER_TEMPLATE(ImageModel.ROOTFS_TEMPLATE), ISO(ImageModel.ROM_OR_ISO), ROM(ImageModel.ROM_OR_ISO);

	private final ImageModel model;

	ImageFormat(ImageModel model) {
		this.model = model;
	}

	public ImageModel model() {
		return this.model;
	}

}
