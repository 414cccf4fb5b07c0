package org.virtclass.knowledgebase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.virtclass.knowledgebase.yaml.YamlFields;

/**
 * One stored change to a tool or claim.
 *
 * @param version the item's version after the change
 * @param changedFields the dotted keys that changed ({@code retired} for retire and
 * restore)
 * @param beforeYaml the canonical YAML before the change, null when it created the item
 * @param afterYaml the canonical YAML after the change
 */
public record RevisionEntry(long id, ItemKind kind, String key, ChangeKind change, ChangeSource source, String by,
		Instant at, long version, List<String> changedFields, String beforeYaml, String afterYaml) {

	public RevisionEntry {
		changedFields = List.copyOf(changedFields);
	}

	/** The field-by-field difference, computed from the stored YAML of both sides. */
	public List<FieldChange> changes() {
		List<FieldChange> changes = new ArrayList<>(
				YamlFields.diff(fields(this.beforeYaml), fields(this.afterYaml), fieldNames(this.kind)));
		if (this.change == ChangeKind.RETIRE) {
			changes.add(new FieldChange("retired", "false", "true"));
		}
		else if (this.change == ChangeKind.RESTORE) {
			changes.add(new FieldChange("retired", "true", "false"));
		}
		return changes;
	}

	/** The item's fields after this change, for restoring it. */
	public Map<String, Object> fieldsAfter() {
		return fields(this.afterYaml);
	}

	private Map<String, Object> fields(String yaml) {
		if (yaml == null) {
			return null;
		}
		return this.kind.fields(yaml);
	}

	public static List<String> fieldNames(ItemKind kind) {
		return kind.fieldNames();
	}

}
