package org.virtclass.knowledgebase;

/** There is no stored tool or claim with this key. */
public class UnknownItemException extends RuntimeException {

	private final ItemKind kind;

	private final String key;

	public UnknownItemException(ItemKind kind, String key) {
		super("There is no " + kind.name().toLowerCase(java.util.Locale.ROOT) + " '" + key + "'.");
		this.kind = kind;
		this.key = key;
	}

	public ItemKind getKind() {
		return this.kind;
	}

	public String getKey() {
		return this.key;
	}

}
