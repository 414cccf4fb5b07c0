package org.virtclass.knowledgebase;

/** What a change did to a tool or claim. */
public enum ChangeKind {

	/** Added a new item. */
	CREATE,
	/** Changed its content. */
	EDIT,
	/** Took it out of the catalogue; it stays in the history. */
	RETIRE,
	/** Brought a retired item back. */
	RESTORE,
	/** Put back the content of an earlier revision. */
	REVERT,
	/** Settled a conflict between a changed file and a browser edit. */
	RESOLVE

}
