package org.virtclass.knowledgebase.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.virtclass.classification.Category;
import org.virtclass.classification.HypervisorType;
import org.virtclass.classification.ImageModel;
import org.virtclass.classification.IsolationLevel;
import org.virtclass.classification.ToolFacts;
import org.virtclass.knowledgebase.HostPlatform;
import org.virtclass.knowledgebase.KbProblem;
import org.virtclass.knowledgebase.SourceLink;
import org.virtclass.knowledgebase.ToolDocument;
import org.virtclass.knowledgebase.ToolEntry;
import org.virtclass.knowledgebase.StoredItem;
import org.virtclass.knowledgebase.Verdicts;

/**
 * The JSON shapes of {@code /api/tools}. Field names are part of the public API: add,
 * never rename.
 */
final class ToolJson {

	private ToolJson() {
	}

	record Summary(String slug, String name, String nameZh, List<String> aliases, Category category,
			HypervisorType hypervisorType, IsolationLevel isolationLevel, ImageModel imageModel, boolean contested,
			Verdicts.View verdict) {

		static Summary of(ToolEntry entry, Verdicts.View verdict) {
			ToolDocument d = entry.document();
			return new Summary(d.slug(), d.name(), d.nameZh(), d.aliases(), d.labels().category(),
					d.labels().hypervisorType(), d.labels().isolationLevel(), d.labels().imageModel(), d.contested(),
					verdict);
		}

	}

	record Detail(String slug, String name, String nameZh, List<String> aliases, Category category,
			HypervisorType hypervisorType, IsolationLevel isolationLevel, ImageModel imageModel, boolean contested,
			String descriptionEn, String descriptionZh, String vendor, String license, Integer firstRelease,
			List<HostPlatform> hostPlatforms, ToolFacts facts, List<SourceLink> sources, String contestedNote,
			String contestedNoteZh, long version, Verdicts.View verdict) {

		static Detail of(ToolEntry entry, Verdicts.View verdict) {
			ToolDocument d = entry.document();
			return new Detail(d.slug(), d.name(), d.nameZh(), d.aliases(), d.labels().category(),
					d.labels().hypervisorType(), d.labels().isolationLevel(), d.labels().imageModel(), d.contested(),
					d.descriptionEn(), d.descriptionZh(), d.vendor(), d.license(), d.firstRelease(), d.hostPlatforms(),
					d.facts(), d.sources(), d.contested() ? d.contestedNoteEn() : null,
					d.contested() ? d.contestedNoteZh() : null, entry.version(), verdict);
		}

	}

	/**
	 * JSON fields that are not file keys: the labels sit at the top level, the English
	 * note is {@code contestedNote}.
	 */
	private static final Map<String, String> FILE_KEYS = Map.of("category", "labels.category", "hypervisorType",
			"labels.hypervisorType", "isolationLevel", "labels.isolationLevel", "imageModel", "labels.imageModel",
			"contestedNote", "contestedNoteEn");

	/**
	 * Turns a request body in the shape of {@link Detail} into the map of file keys the
	 * YAML reader validates. Read-only fields ({@code version}, {@code verdict}, anything
	 * unknown) are left out.
	 */
	static Map<String, Object> fileMap(Map<String, Object> body, String slug) {
		Map<String, Object> map = new LinkedHashMap<>();
		Map<String, Object> labels = new LinkedHashMap<>();
		map.put("slug", body.getOrDefault("slug", slug));
		for (String key : List.of("name", "nameZh", "aliases", "vendor", "license", "firstRelease", "hostPlatforms",
				"descriptionEn", "descriptionZh", "facts")) {
			map.put(key, body.get(key));
		}
		for (String key : List.of("category", "hypervisorType", "isolationLevel", "imageModel")) {
			labels.put(key, body.get(key));
		}
		map.put("labels", labels);
		map.put("contested", body.get("contested"));
		map.put("contestedNoteEn", body.get("contestedNote"));
		map.put("contestedNoteZh", body.get("contestedNoteZh"));
		map.put("sources", body.get("sources"));
		return map;
	}

	/**
	 * Problems keyed by the JSON field they concern, for the problem details'
	 * {@code errors}.
	 */
	static Map<String, String> errors(List<KbProblem> problems) {
		Map<String, String> errors = new TreeMap<>();
		for (KbProblem p : problems) {
			errors.putIfAbsent(jsonField(p.key()), p.message());
		}
		return errors;
	}

	private static String jsonField(String fileKey) {
		for (Map.Entry<String, String> e : FILE_KEYS.entrySet()) {
			if (fileKey.equals(e.getValue()) || fileKey.startsWith(e.getValue() + ".")) {
				return e.getKey() + fileKey.substring(e.getValue().length());
			}
		}
		return fileKey.isEmpty() ? "body" : fileKey;
	}

	static ToolEntry entry(StoredItem<ToolDocument> item) {
		return new ToolEntry(item.document(), item.version(), item.updatedAt(), item.updatedBy());
	}

}
