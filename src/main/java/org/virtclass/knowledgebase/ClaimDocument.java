package org.virtclass.knowledgebase;

import java.util.List;

/**
 * A checkable claim from the seed article, with its verdict and correction: myth-or-fact
 * material.
 */
public record ClaimDocument(String id, String claimZh, String claimEn, ClaimVerdict verdict, String correctionEn,
		String correctionZh, List<String> tools, List<SourceLink> sources) {

	public ClaimDocument {
		tools = (tools != null) ? List.copyOf(tools) : List.of();
		sources = (sources != null) ? List.copyOf(sources) : List.of();
	}

}
