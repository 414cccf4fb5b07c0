package org.virtclass.classification;

/** Criterion 3, image model: what a guest is packaged as. */
public enum ImageModel {

	FULL_DISK_IMAGE, LAYERED_OCI_IMAGE, ROOTFS_TEMPLATE, ROM_OR_ISO, NONE

}
