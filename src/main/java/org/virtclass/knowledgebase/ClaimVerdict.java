package org.virtclass.knowledgebase;

/** How a claim from the seed article holds up against the sources. */
public enum ClaimVerdict {

	TRUE, FALSE, MISLEADING

}
