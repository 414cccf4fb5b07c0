package org.virtclass.knowledgebase;

import java.time.Instant;

/**
 * What an edit did: the item as stored afterwards, and the kind of change, or null when
 * the edit asked for what was already stored and nothing was written.
 */
public record EditResult<D>(StoredItem<D> item, ChangeKind change, Instant at) {

	public boolean changed() {
		return this.change != null;
	}

}
