package org.virtclass.knowledgebase;

/** Where a change came from. */
public enum ChangeSource {

	BROWSER, API, IMPORT, FILE_SYNC

}
