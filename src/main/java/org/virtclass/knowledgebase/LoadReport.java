package org.virtclass.knowledgebase;

import java.time.Instant;
import java.util.List;

/**
 * What the last sync of the knowledge-base files did. Files with problems were skipped;
 * nothing in the database was erased or overwritten because of them.
 */
public record LoadReport(Instant at, String location, int filesRead, int added, int updated, int unchanged,
		int conflicts, List<KbProblem> problems) {

	public LoadReport {
		problems = List.copyOf(problems);
	}

	public static LoadReport empty() {
		return new LoadReport(Instant.EPOCH, "", 0, 0, 0, 0, 0, List.of());
	}

}
