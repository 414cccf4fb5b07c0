package org.virtclass.knowledgebase.domain;

import java.time.Instant;

/** What tools and claims share as stored items: a key, whole-document content, a version, a retired flag. */
interface EditableItem<D> {

	String getKey();

	D toDocument();

	void apply(D document, Instant now, String by);

	boolean isRetired();

	void setRetired(boolean retired);

	/** Records who changed the item and when, for changes that leave the content alone. */
	void touch(Instant now, String by);

	long getVersion();

	Instant getUpdatedAt();

	String getUpdatedBy();

	String getSeedHash();

	void setSeedHash(String seedHash);

}
