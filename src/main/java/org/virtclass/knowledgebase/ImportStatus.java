package org.virtclass.knowledgebase;

/** What an import would do with one tool or claim. */
public enum ImportStatus {

	ADDED, CHANGED, UNCHANGED, INVALID

}
