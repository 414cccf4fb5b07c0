package org.virtclass.knowledgebase.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.virtclass.knowledgebase.ClaimDocument;
import org.virtclass.knowledgebase.FieldChange;
import org.virtclass.knowledgebase.ToolDocument;

/**
 * A tool or claim as an ordered map of its file's dotted keys to values
 * ({@code facts.runsOn} to {@code HOST_OS}). Revisions, the side-by-side view, merges and
 * the import preview all compare and combine documents field by field through it, so a
 * field means the same everywhere.
 */
public final class YamlFields {

	public static final List<String> TOOL = List.of("slug", "name", "nameZh", "aliases", "vendor", "license",
			"firstRelease", "hostPlatforms", "descriptionEn", "descriptionZh", "facts.guestOwnKernel",
			"facts.hardwareVirtualization", "facts.runsOn", "facts.emulatesForeignIsa", "facts.sharesHostKernel",
			"facts.userSpaceKernel", "facts.translatesSyscalls", "facts.managesOthers", "facts.imageFormats",
			"facts.contested", "labels.category", "labels.hypervisorType", "labels.isolationLevel", "labels.imageModel",
			"contested", "contestedNoteEn", "contestedNoteZh", "sources");

	/**
	 * Fields whose lists are sets: the order an editor ticked or typed them in means
	 * nothing, so a reordering is no change.
	 */
	public static final Set<String> SETS = Set.of("hostPlatforms", "facts.imageFormats", "facts.contested", "tools");

	public static final List<String> CLAIM = List.of("id", "claimZh", "claimEn", "verdict", "correctionEn",
			"correctionZh", "tools", "sources");

	private YamlFields() {
	}

	public static Map<String, Object> of(ToolDocument tool) {
		return tool(ToolYamlWriter.write(tool));
	}

	public static Map<String, Object> of(ClaimDocument claim) {
		return claim(ToolYamlWriter.writeClaims(List.of(claim)));
	}

	/** The fields of a tool file's YAML, or null when it is not a YAML mapping. */
	public static Map<String, Object> tool(String yaml) {
		Map<?, ?> root = ToolYamlReader.parse("tool", yaml, new ArrayList<>());
		return (root != null) ? flatten(root, TOOL) : null;
	}

	/**
	 * The fields of the first claim in a claims file's YAML, or null when there is none.
	 */
	public static Map<String, Object> claim(String yaml) {
		Map<?, ?> root = ToolYamlReader.parse("claims", yaml, new ArrayList<>());
		if (root == null || !(root.get("claims") instanceof List<?> list) || list.isEmpty()
				|| !(list.get(0) instanceof Map<?, ?> item)) {
			return null;
		}
		return flatten(item, CLAIM);
	}

	private static Map<String, Object> flatten(Map<?, ?> root, List<String> fields) {
		Map<String, Object> flat = new LinkedHashMap<>();
		for (String field : fields) {
			Object value = root;
			for (String part : field.split("\\.")) {
				value = (value instanceof Map<?, ?> m) ? m.get(part) : null;
			}
			// YAML 1.1 reads a bare TRUE as a boolean; a verdict is an enum name.
			if ("verdict".equals(field) && value instanceof Boolean b) {
				value = b ? "TRUE" : "FALSE";
			}
			flat.put(field, value);
		}
		return flat;
	}

	/**
	 * The fields whose values differ, in field order; a null side counts as all empty.
	 */
	public static List<FieldChange> diff(Map<String, Object> before, Map<String, Object> after, List<String> fields) {
		List<FieldChange> changes = new ArrayList<>();
		for (String field : fields) {
			Object a = (before != null) ? before.get(field) : null;
			Object b = (after != null) ? after.get(field) : null;
			if (!same(field, a, b)) {
				changes.add(new FieldChange(field, display(a), display(b)));
			}
		}
		return changes;
	}

	/**
	 * Whether two values of a field are the same; an empty text or list equals a missing
	 * value, and the lists of a {@linkplain #SETS set-like field} are compared as sets.
	 */
	public static boolean same(String field, Object a, Object b) {
		if (SETS.contains(field) && a instanceof List<?> x && b instanceof List<?> y) {
			return asSet(x).equals(asSet(y));
		}
		return Objects.equals(normal(a), normal(b));
	}

	private static Set<String> asSet(List<?> list) {
		return list.stream().map(String::valueOf).collect(Collectors.toCollection(java.util.TreeSet::new));
	}

	/** Takes every field from {@code base} except those named in {@code fromOther}. */
	public static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> other,
			Set<String> fromOther) {
		Map<String, Object> merged = new LinkedHashMap<>(base);
		fromOther.stream().filter(merged::containsKey).forEach((f) -> merged.put(f, other.get(f)));
		return merged;
	}

	/**
	 * Turns dotted keys back into nested maps, the shape
	 * {@link ToolYamlReader#readTool(String, Map)} reads.
	 */
	public static Map<String, Object> nest(Map<String, Object> flat) {
		Map<String, Object> root = new LinkedHashMap<>();
		flat.forEach((field, value) -> {
			int dot = field.indexOf('.');
			if (dot < 0) {
				root.put(field, value);
			}
			else {
				@SuppressWarnings("unchecked")
				Map<String, Object> child = (Map<String, Object>) root.computeIfAbsent(field.substring(0, dot),
						(k) -> new LinkedHashMap<String, Object>());
				child.put(field.substring(dot + 1), value);
			}
		});
		return root;
	}

	/** A value as an instructor reads it: lists joined, sources one per line. */
	public static String display(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof List<?> list) {
			if (!list.isEmpty() && list.get(0) instanceof Map) {
				return list.stream().map(YamlFields::source).collect(Collectors.joining("\n"));
			}
			return list.stream().map(String::valueOf).collect(Collectors.joining(", "));
		}
		return String.valueOf(value);
	}

	private static String source(Object item) {
		if (item instanceof Map<?, ?> m) {
			return m.get("title") + " — " + m.get("url");
		}
		return String.valueOf(item);
	}

	private static Object normal(Object value) {
		if (value instanceof List<?> list && list.isEmpty()) {
			return null;
		}
		if (value instanceof String s && s.isEmpty()) {
			return null;
		}
		return value;
	}

}
