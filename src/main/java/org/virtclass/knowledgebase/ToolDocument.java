package org.virtclass.knowledgebase;

import java.util.List;

import org.virtclass.classification.ToolFacts;

/**
 * Everything the knowledge base knows about one tool, in the order of its YAML file. This
 * is the canonical content: the file loader produces it, the database stores it, the
 * exporter writes it, and two documents are the same edit exactly when they are equal.
 */
public record ToolDocument(String slug, String name, String nameZh, List<String> aliases, String vendor, String license,
		Integer firstRelease, List<HostPlatform> hostPlatforms, String descriptionEn, String descriptionZh,
		ToolFacts facts, Labels labels, boolean contested, String contestedNoteEn, String contestedNoteZh,
		List<SourceLink> sources) {

	public ToolDocument {
		aliases = (aliases != null) ? List.copyOf(aliases) : List.of();
		hostPlatforms = (hostPlatforms != null) ? List.copyOf(hostPlatforms) : List.of();
		sources = (sources != null) ? List.copyOf(sources) : List.of();
		contestedNoteEn = (contestedNoteEn != null) ? contestedNoteEn : "";
		contestedNoteZh = (contestedNoteZh != null) ? contestedNoteZh : "";
	}

}
