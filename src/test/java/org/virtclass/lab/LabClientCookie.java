package org.virtclass.lab;

/** The lab cookie's name, as the server spells it. */
final class LabClientCookie {

	static final String NAME = "VIRTCLASS_LAB";

	private LabClientCookie() {
	}

}
