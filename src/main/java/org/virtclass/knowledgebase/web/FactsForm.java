package org.virtclass.knowledgebase.web;

import java.util.ArrayList;
import java.util.List;

import org.virtclass.classification.HardwareVirtualization;
import org.virtclass.classification.ImageFormat;
import org.virtclass.classification.RunsOn;
import org.virtclass.classification.ToolFacts;

/**
 * The facts as "Classify your own tool" edits them: a checkbox per yes/no fact, a select
 * per choice.
 */
class FactsForm {

	/** The yes/no facts, in the order of the YAML files. */
	static final List<String> BOOLEANS = List.of("guestOwnKernel", "emulatesForeignIsa", "sharesHostKernel",
			"userSpaceKernel", "translatesSyscalls", "managesOthers");

	private boolean guestOwnKernel;

	private HardwareVirtualization hardwareVirtualization = HardwareVirtualization.NOT_USED;

	private RunsOn runsOn = RunsOn.HOST_OS;

	private boolean emulatesForeignIsa;

	private boolean sharesHostKernel;

	private boolean userSpaceKernel;

	private boolean translatesSyscalls;

	private boolean managesOthers;

	private List<ImageFormat> imageFormats = new ArrayList<>();

	private List<String> contested = new ArrayList<>();

	static FactsForm of(ToolFacts f) {
		FactsForm form = new FactsForm();
		form.guestOwnKernel = f.guestOwnKernel();
		form.hardwareVirtualization = f.hardwareVirtualization();
		form.runsOn = f.runsOn();
		form.emulatesForeignIsa = f.emulatesForeignIsa();
		form.sharesHostKernel = f.sharesHostKernel();
		form.userSpaceKernel = f.userSpaceKernel();
		form.translatesSyscalls = f.translatesSyscalls();
		form.managesOthers = f.managesOthers();
		form.imageFormats = new ArrayList<>(f.imageFormats());
		form.contested = new ArrayList<>(f.contested());
		return form;
	}

	/**
	 * The facts; a tampered contested name or a missing choice falls back to the blank
	 * form's value.
	 */
	ToolFacts toFacts() {
		List<String> named = (this.contested != null)
				? this.contested.stream().filter(ToolFacts.CONTESTABLE::contains).distinct().toList() : List.of();
		return new ToolFacts(this.guestOwnKernel,
				(this.hardwareVirtualization != null) ? this.hardwareVirtualization : HardwareVirtualization.NOT_USED,
				(this.runsOn != null) ? this.runsOn : RunsOn.HOST_OS, this.emulatesForeignIsa, this.sharesHostKernel,
				this.userSpaceKernel, this.translatesSyscalls, this.managesOthers,
				(this.imageFormats != null) ? this.imageFormats.stream().distinct().toList() : List.of(), named);
	}

	public boolean isGuestOwnKernel() {
		return this.guestOwnKernel;
	}

	public void setGuestOwnKernel(boolean guestOwnKernel) {
		this.guestOwnKernel = guestOwnKernel;
	}

	public HardwareVirtualization getHardwareVirtualization() {
		return this.hardwareVirtualization;
	}

	public void setHardwareVirtualization(HardwareVirtualization hardwareVirtualization) {
		this.hardwareVirtualization = hardwareVirtualization;
	}

	public RunsOn getRunsOn() {
		return this.runsOn;
	}

	public void setRunsOn(RunsOn runsOn) {
		this.runsOn = runsOn;
	}

	public boolean isEmulatesForeignIsa() {
		return this.emulatesForeignIsa;
	}

	public void setEmulatesForeignIsa(boolean emulatesForeignIsa) {
		this.emulatesForeignIsa = emulatesForeignIsa;
	}

	public boolean isSharesHostKernel() {
		return this.sharesHostKernel;
	}

	public void setSharesHostKernel(boolean sharesHostKernel) {
		this.sharesHostKernel = sharesHostKernel;
	}

	public boolean isUserSpaceKernel() {
		return this.userSpaceKernel;
	}

	public void setUserSpaceKernel(boolean userSpaceKernel) {
		this.userSpaceKernel = userSpaceKernel;
	}

	public boolean isTranslatesSyscalls() {
		return this.translatesSyscalls;
	}

	public void setTranslatesSyscalls(boolean translatesSyscalls) {
		this.translatesSyscalls = translatesSyscalls;
	}

	public boolean isManagesOthers() {
		return this.managesOthers;
	}

	public void setManagesOthers(boolean managesOthers) {
		this.managesOthers = managesOthers;
	}

	public List<ImageFormat> getImageFormats() {
		return this.imageFormats;
	}

	public void setImageFormats(List<ImageFormat> imageFormats) {
		this.imageFormats = imageFormats;
	}

	public List<String> getContested() {
		return this.contested;
	}

	public void setContested(List<String> contested) {
		this.contested = contested;
	}

}
