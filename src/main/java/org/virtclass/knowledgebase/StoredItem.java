package org.virtclass.knowledgebase;

import java.time.Instant;

/**
 * A tool or claim as stored, retired or not, with the version an edit must name.
 *
 * @param <D> {@link ToolDocument} or {@link ClaimDocument}
 */
public record StoredItem<D>(String key, D document, long version, Instant updatedAt, String updatedBy,
		boolean retired) {
}
