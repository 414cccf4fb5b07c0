package org.virtclass.classification;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds {@link ToolFacts} for tests: everything false, no hardware virtualization, on a
 * host OS.
 */
final class Facts {

	private boolean guestOwnKernel;

	private HardwareVirtualization hardwareVirtualization = HardwareVirtualization.NOT_USED;

	private RunsOn runsOn = RunsOn.HOST_OS;

	private boolean emulatesForeignIsa;

	private boolean sharesHostKernel;

	private boolean userSpaceKernel;

	private boolean translatesSyscalls;

	private boolean managesOthers;

	private final List<ImageFormat> imageFormats = new ArrayList<>();

	private final List<String> contested = new ArrayList<>();

	static Facts facts() {
		return new Facts();
	}

	Facts guestOwnKernel() {
		this.guestOwnKernel = true;
		return this;
	}

	Facts hardwareVirtualization(HardwareVirtualization value) {
		this.hardwareVirtualization = value;
		return this;
	}

	Facts runsOn(RunsOn value) {
		this.runsOn = value;
		return this;
	}

	Facts emulatesForeignIsa() {
		this.emulatesForeignIsa = true;
		return this;
	}

	Facts sharesHostKernel() {
		this.sharesHostKernel = true;
		return this;
	}

	Facts userSpaceKernel() {
		this.userSpaceKernel = true;
		return this;
	}

	Facts translatesSyscalls() {
		this.translatesSyscalls = true;
		return this;
	}

	Facts managesOthers() {
		this.managesOthers = true;
		return this;
	}

	Facts formats(ImageFormat... formats) {
		this.imageFormats.addAll(List.of(formats));
		return this;
	}

	Facts contested(String... facts) {
		this.contested.addAll(List.of(facts));
		return this;
	}

	ToolFacts build() {
		return new ToolFacts(this.guestOwnKernel, this.hardwareVirtualization, this.runsOn, this.emulatesForeignIsa,
				this.sharesHostKernel, this.userSpaceKernel, this.translatesSyscalls, this.managesOthers,
				this.imageFormats, this.contested);
	}

}
