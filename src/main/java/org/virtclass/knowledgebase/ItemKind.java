package org.virtclass.knowledgebase;

/** The two kinds of item the knowledge base keeps. */
public enum ItemKind {
	TOOL, CLAIM
}
