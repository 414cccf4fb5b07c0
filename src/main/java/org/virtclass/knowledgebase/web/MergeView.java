package org.virtclass.knowledgebase.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.virtclass.knowledgebase.yaml.YamlFields;

/**
 * Two versions of a tool or claim next to each other, field by field, for choosing or
 * merging: after a refused stale save (theirs and yours) and for a sync conflict (browser
 * and file). When the version both started from is known, each row preselects the side
 * that changed it, so a merge keeps both people's changes unless they changed the same
 * field.
 */
record MergeView(List<Row> rows) {

	static final String LEFT = "left";

	static final String RIGHT = "right";

	static final String PICK = "pick.";

	/**
	 * One field.
	 *
	 * @param differs the two sides hold different values
	 * @param clash both sides changed the field since the common version (or that version
	 * is unknown)
	 * @param pick the side preselected: {@link #LEFT} or {@link #RIGHT}
	 */
	record Row(String field, String left, String right, boolean differs, boolean clash, String pick) {

		public String labelKey() {
			return "kb.field." + this.field;
		}

		public String param() {
			return PICK + this.field;
		}

	}

	static MergeView of(List<String> fields, Map<String, Object> left, Map<String, Object> right,
			Map<String, Object> base) {
		List<Row> rows = new ArrayList<>();
		for (String field : fields) {
			Object l = left.get(field);
			Object r = right.get(field);
			boolean differs = !YamlFields.same(field, l, r);
			boolean leftChanged = base == null || !YamlFields.same(field, base.get(field), l);
			boolean rightChanged = base == null || !YamlFields.same(field, base.get(field), r);
			String pick = (differs && rightChanged) ? RIGHT : LEFT;
			rows.add(new Row(field, YamlFields.display(l), YamlFields.display(r), differs,
					differs && leftChanged && rightChanged, pick));
		}
		return new MergeView(rows);
	}

	long differences() {
		return this.rows.stream().filter(Row::differs).count();
	}

	/** The fields the request takes from the right-hand side. */
	static Set<String> rightPicks(Map<String, String> params) {
		Set<String> fields = new LinkedHashSet<>();
		params.forEach((name, value) -> {
			if (name.startsWith(PICK) && RIGHT.equals(value)) {
				fields.add(name.substring(PICK.length()));
			}
		});
		return fields;
	}

}
