package org.virtclass.knowledgebase;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param location where the seed files are read at start-up:
 * {@code classpath:knowledge-base/} (packaged in the jar) or a directory such as
 * {@code file:./knowledge-base/}
 * @param syncOnStart whether to import new and changed files at start-up
 * @param importDir where an uploaded import waits between its preview and its
 * confirmation
 * @param maxImportBytes the largest upload accepted, and the most an import may unpack to
 */
@ConfigurationProperties("virtclass.knowledgebase")
public record KnowledgeBaseProperties(String location, Boolean syncOnStart, String importDir, Long maxImportBytes) {

	public KnowledgeBaseProperties {
		if (location == null || location.isBlank()) {
			location = "classpath:knowledge-base/";
		}
		if (!location.endsWith("/")) {
			location = location + "/";
		}
		if (syncOnStart == null) {
			syncOnStart = Boolean.TRUE;
		}
		if (importDir == null || importDir.isBlank()) {
			importDir = "./data/kb-imports";
		}
		if (maxImportBytes == null || maxImportBytes <= 0) {
			maxImportBytes = 10L * 1024 * 1024;
		}
	}

}
