package org.virtclass.knowledgebase;

import java.time.Instant;

/** A tool as it is stored now: its content plus the version an edit must name. */
public record ToolEntry(ToolDocument document, long version, Instant updatedAt, String updatedBy) {

	public String slug() {
		return this.document.slug();
	}

}
