package org.virtclass.knowledgebase.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.virtclass.knowledgebase.ClaimDocument;
import org.virtclass.knowledgebase.yaml.YamlFields;

/**
 * A myth-or-fact claim as the edit form shows it; it validates through the claims file
 * rules.
 */
public class ClaimForm extends ItemForm {

	private String id = "";

	private String claimZh = "";

	private String claimEn = "";

	private String verdict = "";

	private String correctionEn = "";

	private String correctionZh = "";

	private String tools = "";

	static ClaimForm empty() {
		ClaimForm form = new ClaimForm();
		form.getSources().add(new SourceRow());
		return form;
	}

	static ClaimForm of(ClaimDocument claim, long version) {
		ClaimForm form = of(YamlFields.of(claim));
		form.setVersion(version);
		return form;
	}

	static ClaimForm of(Map<String, Object> f) {
		ClaimForm form = new ClaimForm();
		form.id = FormFields.string(f.get("id"));
		form.claimZh = FormFields.string(f.get("claimZh"));
		form.claimEn = FormFields.string(f.get("claimEn"));
		form.verdict = FormFields.string(f.get("verdict"));
		form.correctionEn = FormFields.string(f.get("correctionEn"));
		form.correctionZh = FormFields.string(f.get("correctionZh"));
		form.tools = String.join("\n", FormFields.strings(f.get("tools")));
		form.fillSources(f.get("sources"));
		return form;
	}

	@Override
	public Map<String, Object> toFileMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("id", FormFields.blankToNull(this.id));
		map.put("claimZh", FormFields.text(this.claimZh));
		map.put("claimEn", FormFields.text(this.claimEn));
		map.put("verdict", FormFields.blankToNull(this.verdict));
		map.put("correctionEn", FormFields.text(this.correctionEn));
		map.put("correctionZh", FormFields.text(this.correctionZh));
		map.put("tools", FormFields.lines((this.tools == null) ? "" : this.tools.replace(',', '\n')));
		map.put("sources", FormFields.sources(getSources()));
		return map;
	}

	static String field(String key) {
		if (key.isEmpty()) {
			return null;
		}
		if (key.matches("sources\\[\\d+\\]")) {
			return "sources";
		}
		return FormFields.listField(key);
	}

	@Override
	void keepKey(String key) {
		setId(key);
	}

	public String getId() {
		return this.id;
	}

	public void setId(String id) {
		this.id = id;
	}

	public String getClaimZh() {
		return this.claimZh;
	}

	public void setClaimZh(String claimZh) {
		this.claimZh = claimZh;
	}

	public String getClaimEn() {
		return this.claimEn;
	}

	public void setClaimEn(String claimEn) {
		this.claimEn = claimEn;
	}

	public String getVerdict() {
		return this.verdict;
	}

	public void setVerdict(String verdict) {
		this.verdict = verdict;
	}

	public String getCorrectionEn() {
		return this.correctionEn;
	}

	public void setCorrectionEn(String correctionEn) {
		this.correctionEn = correctionEn;
	}

	public String getCorrectionZh() {
		return this.correctionZh;
	}

	public void setCorrectionZh(String correctionZh) {
		this.correctionZh = correctionZh;
	}

	public String getTools() {
		return this.tools;
	}

	public void setTools(String tools) {
		this.tools = tools;
	}

}
