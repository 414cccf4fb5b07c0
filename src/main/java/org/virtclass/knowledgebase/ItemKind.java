package org.virtclass.knowledgebase;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.virtclass.knowledgebase.yaml.YamlFields;

/**
 * The kinds of item the knowledge base keeps and instructors edit. Each kind has its
 * fields in file order, an editing service in {@code domain/} and an edit controller with
 * its templates in {@code web/}; everything else (sync, revisions, conflicts, merge,
 * history, lists) is shared.
 */
public enum ItemKind {

	TOOL(YamlFields.TOOL, YamlFields::tool), CLAIM(YamlFields.CLAIM, YamlFields::claim);

	private final List<String> fieldNames;

	private final Function<String, Map<String, Object>> reader;

	ItemKind(List<String> fieldNames, Function<String, Map<String, Object>> reader) {
		this.fieldNames = fieldNames;
		this.reader = reader;
	}

	/** The item's fields in file order, as diffs and merges list them. */
	public List<String> fieldNames() {
		return this.fieldNames;
	}

	/** The fields of one item's YAML, or null when it no longer passes the rules. */
	public Map<String, Object> fields(String yaml) {
		return this.reader.apply(yaml);
	}

}
