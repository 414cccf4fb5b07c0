package org.virtclass.knowledgebase;

/**
 * One field that differs between two versions of a tool or claim, with both values as
 * they read in the YAML file (lists joined, sources one per line). {@code field} is the
 * file's dotted key, such as {@code facts.runsOn}; the pages show it as
 * {@code kb.field.<field>}.
 */
public record FieldChange(String field, String before, String after) {

	public String labelKey() {
		return "kb.field." + this.field;
	}

}
