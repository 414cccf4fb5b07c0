package org.virtclass.knowledgebase;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param location where the seed files are read at start-up: {@code classpath:knowledge-base/}
 * (packaged in the jar) or a directory such as {@code file:./knowledge-base/}
 * @param syncOnStart whether to import new and changed files at start-up
 */
@ConfigurationProperties("virtclass.knowledgebase")
public record KnowledgeBaseProperties(String location, Boolean syncOnStart) {

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
	}

}
