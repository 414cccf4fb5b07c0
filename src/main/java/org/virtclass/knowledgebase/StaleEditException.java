package org.virtclass.knowledgebase;

/**
 * An edit named a version that is no longer the stored one: someone else saved in
 * between. Nothing was changed; the caller shows both versions so the editor can choose
 * or merge.
 */
public class StaleEditException extends RuntimeException {

	private final ItemKind kind;

	private final String key;

	private final long expectedVersion;

	public StaleEditException(ItemKind kind, String key, long expectedVersion) {
		super(kind + " '" + key + "' has changed since version " + expectedVersion);
		this.kind = kind;
		this.key = key;
		this.expectedVersion = expectedVersion;
	}

	public ItemKind getKind() {
		return this.kind;
	}

	public String getKey() {
		return this.key;
	}

	public long getExpectedVersion() {
		return this.expectedVersion;
	}

}
