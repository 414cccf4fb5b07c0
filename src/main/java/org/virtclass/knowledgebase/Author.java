package org.virtclass.knowledgebase;

/** Who makes a change, and through which door: stored with every revision. */
public record Author(String name, ChangeSource source) {

	public static Author browser(String name) {
		return new Author(name, ChangeSource.BROWSER);
	}

	public static Author api(String name) {
		return new Author(name, ChangeSource.API);
	}

}
