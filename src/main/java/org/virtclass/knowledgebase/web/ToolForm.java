package org.virtclass.knowledgebase.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.virtclass.knowledgebase.ToolDocument;
import org.virtclass.knowledgebase.yaml.YamlFields;

/**
 * Every field of a tool file as the edit form shows it. It turns into the same map of
 * file keys that the YAML reader validates, so the form and the files obey exactly the
 * same rules.
 */
public class ToolForm extends ItemForm {

	private String slug = "";

	private String name = "";

	private String nameZh = "";

	private String aliases = "";

	private String vendor = "";

	private String license = "";

	private String firstRelease = "";

	private List<String> hostPlatforms = new ArrayList<>();

	private String descriptionEn = "";

	private String descriptionZh = "";

	private boolean guestOwnKernel;

	private String hardwareVirtualization = "";

	private String runsOn = "";

	private boolean emulatesForeignIsa;

	private boolean sharesHostKernel;

	private boolean userSpaceKernel;

	private boolean translatesSyscalls;

	private boolean managesOthers;

	private List<String> imageFormats = new ArrayList<>();

	private List<String> contestedFacts = new ArrayList<>();

	private String category = "";

	private String hypervisorType = "";

	private String isolationLevel = "";

	private String imageModel = "";

	private boolean contested;

	private String contestedNoteEn = "";

	private String contestedNoteZh = "";

	static ToolForm empty() {
		ToolForm form = new ToolForm();
		form.getSources().add(new SourceRow());
		return form;
	}

	static ToolForm of(ToolDocument tool, long version) {
		ToolForm form = of(YamlFields.of(tool));
		form.setVersion(version);
		return form;
	}

	/**
	 * A form filled from a tool's fields (dotted file keys), for example a merge of two
	 * versions.
	 */
	static ToolForm of(Map<String, Object> f) {
		ToolForm form = new ToolForm();
		form.slug = FormFields.string(f.get("slug"));
		form.name = FormFields.string(f.get("name"));
		form.nameZh = FormFields.string(f.get("nameZh"));
		form.aliases = String.join("\n", FormFields.strings(f.get("aliases")));
		form.vendor = FormFields.string(f.get("vendor"));
		form.license = FormFields.string(f.get("license"));
		form.firstRelease = FormFields.string(f.get("firstRelease"));
		form.hostPlatforms = new ArrayList<>(FormFields.strings(f.get("hostPlatforms")));
		form.descriptionEn = FormFields.string(f.get("descriptionEn"));
		form.descriptionZh = FormFields.string(f.get("descriptionZh"));
		form.guestOwnKernel = Boolean.TRUE.equals(f.get("facts.guestOwnKernel"));
		form.hardwareVirtualization = FormFields.string(f.get("facts.hardwareVirtualization"));
		form.runsOn = FormFields.string(f.get("facts.runsOn"));
		form.emulatesForeignIsa = Boolean.TRUE.equals(f.get("facts.emulatesForeignIsa"));
		form.sharesHostKernel = Boolean.TRUE.equals(f.get("facts.sharesHostKernel"));
		form.userSpaceKernel = Boolean.TRUE.equals(f.get("facts.userSpaceKernel"));
		form.translatesSyscalls = Boolean.TRUE.equals(f.get("facts.translatesSyscalls"));
		form.managesOthers = Boolean.TRUE.equals(f.get("facts.managesOthers"));
		form.imageFormats = new ArrayList<>(FormFields.strings(f.get("facts.imageFormats")));
		form.contestedFacts = new ArrayList<>(FormFields.strings(f.get("facts.contested")));
		form.category = FormFields.string(f.get("labels.category"));
		form.hypervisorType = FormFields.string(f.get("labels.hypervisorType"));
		form.isolationLevel = FormFields.string(f.get("labels.isolationLevel"));
		form.imageModel = FormFields.string(f.get("labels.imageModel"));
		form.contested = Boolean.TRUE.equals(f.get("contested"));
		form.contestedNoteEn = FormFields.string(f.get("contestedNoteEn"));
		form.contestedNoteZh = FormFields.string(f.get("contestedNoteZh"));
		form.fillSources(f.get("sources"));
		return form;
	}

	/**
	 * The form as file keys and values, the shape
	 * {@code ToolYamlReader.readTool(source, map)} validates.
	 */
	@Override
	public Map<String, Object> toFileMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("slug", FormFields.blankToNull(this.slug));
		map.put("name", FormFields.text(this.name));
		map.put("nameZh", FormFields.text(this.nameZh));
		map.put("aliases", FormFields.lines(this.aliases));
		map.put("vendor", FormFields.text(this.vendor));
		map.put("license", FormFields.text(this.license));
		map.put("firstRelease", FormFields.number(this.firstRelease));
		map.put("hostPlatforms", List.copyOf(this.hostPlatforms));
		map.put("descriptionEn", FormFields.text(this.descriptionEn));
		map.put("descriptionZh", FormFields.text(this.descriptionZh));
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("guestOwnKernel", this.guestOwnKernel);
		facts.put("hardwareVirtualization", FormFields.blankToNull(this.hardwareVirtualization));
		facts.put("runsOn", FormFields.blankToNull(this.runsOn));
		facts.put("emulatesForeignIsa", this.emulatesForeignIsa);
		facts.put("sharesHostKernel", this.sharesHostKernel);
		facts.put("userSpaceKernel", this.userSpaceKernel);
		facts.put("translatesSyscalls", this.translatesSyscalls);
		facts.put("managesOthers", this.managesOthers);
		facts.put("imageFormats", List.copyOf(this.imageFormats));
		facts.put("contested", List.copyOf(this.contestedFacts));
		map.put("facts", facts);
		Map<String, Object> labels = new LinkedHashMap<>();
		labels.put("category", FormFields.blankToNull(this.category));
		labels.put("hypervisorType", FormFields.blankToNull(this.hypervisorType));
		labels.put("isolationLevel", FormFields.blankToNull(this.isolationLevel));
		labels.put("imageModel", FormFields.blankToNull(this.imageModel));
		map.put("labels", labels);
		map.put("contested", this.contested);
		map.put("contestedNoteEn", FormFields.text(this.contestedNoteEn));
		map.put("contestedNoteZh", FormFields.text(this.contestedNoteZh));
		map.put("sources", FormFields.sources(getSources()));
		return map;
	}

	/**
	 * The form property that shows a problem with a file key, or null for the whole form.
	 */
	static String field(String key) {
		if (key.isEmpty()) {
			return null;
		}
		if (key.equals("facts.contested") || key.startsWith("facts.contested[")) {
			return "contestedFacts";
		}
		String field = key.startsWith("facts.") || key.startsWith("labels.") ? key.substring(key.indexOf('.') + 1)
				: key;
		if (field.matches("sources\\[\\d+\\]")) {
			return "sources";
		}
		return FormFields.listField(field);
	}

	@Override
	void keepKey(String key) {
		setSlug(key);
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getNameZh() {
		return this.nameZh;
	}

	public void setNameZh(String nameZh) {
		this.nameZh = nameZh;
	}

	public String getAliases() {
		return this.aliases;
	}

	public void setAliases(String aliases) {
		this.aliases = aliases;
	}

	public String getVendor() {
		return this.vendor;
	}

	public void setVendor(String vendor) {
		this.vendor = vendor;
	}

	public String getLicense() {
		return this.license;
	}

	public void setLicense(String license) {
		this.license = license;
	}

	public String getFirstRelease() {
		return this.firstRelease;
	}

	public void setFirstRelease(String firstRelease) {
		this.firstRelease = firstRelease;
	}

	public List<String> getHostPlatforms() {
		return this.hostPlatforms;
	}

	public void setHostPlatforms(List<String> hostPlatforms) {
		this.hostPlatforms = (hostPlatforms != null) ? hostPlatforms : new ArrayList<>();
	}

	public String getDescriptionEn() {
		return this.descriptionEn;
	}

	public void setDescriptionEn(String descriptionEn) {
		this.descriptionEn = descriptionEn;
	}

	public String getDescriptionZh() {
		return this.descriptionZh;
	}

	public void setDescriptionZh(String descriptionZh) {
		this.descriptionZh = descriptionZh;
	}

	public boolean isGuestOwnKernel() {
		return this.guestOwnKernel;
	}

	public void setGuestOwnKernel(boolean guestOwnKernel) {
		this.guestOwnKernel = guestOwnKernel;
	}

	public String getHardwareVirtualization() {
		return this.hardwareVirtualization;
	}

	public void setHardwareVirtualization(String hardwareVirtualization) {
		this.hardwareVirtualization = hardwareVirtualization;
	}

	public String getRunsOn() {
		return this.runsOn;
	}

	public void setRunsOn(String runsOn) {
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

	public List<String> getImageFormats() {
		return this.imageFormats;
	}

	public void setImageFormats(List<String> imageFormats) {
		this.imageFormats = (imageFormats != null) ? imageFormats : new ArrayList<>();
	}

	public List<String> getContestedFacts() {
		return this.contestedFacts;
	}

	public void setContestedFacts(List<String> contestedFacts) {
		this.contestedFacts = (contestedFacts != null) ? contestedFacts : new ArrayList<>();
	}

	public String getCategory() {
		return this.category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getHypervisorType() {
		return this.hypervisorType;
	}

	public void setHypervisorType(String hypervisorType) {
		this.hypervisorType = hypervisorType;
	}

	public String getIsolationLevel() {
		return this.isolationLevel;
	}

	public void setIsolationLevel(String isolationLevel) {
		this.isolationLevel = isolationLevel;
	}

	public String getImageModel() {
		return this.imageModel;
	}

	public void setImageModel(String imageModel) {
		this.imageModel = imageModel;
	}

	public boolean isContested() {
		return this.contested;
	}

	public void setContested(boolean contested) {
		this.contested = contested;
	}

	public String getContestedNoteEn() {
		return this.contestedNoteEn;
	}

	public void setContestedNoteEn(String contestedNoteEn) {
		this.contestedNoteEn = contestedNoteEn;
	}

	public String getContestedNoteZh() {
		return this.contestedNoteZh;
	}

	public void setContestedNoteZh(String contestedNoteZh) {
		this.contestedNoteZh = contestedNoteZh;
	}

}
