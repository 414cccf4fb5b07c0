package org.virtclass.knowledgebase;

import java.util.List;

/**
 * An edit broke the knowledge-base rules (the same the file loader applies); nothing was
 * changed.
 */
public class InvalidEditException extends RuntimeException {

	private final List<KbProblem> problems;

	public InvalidEditException(List<KbProblem> problems) {
		super(problems.isEmpty() ? "invalid" : problems.get(0).toString());
		this.problems = List.copyOf(problems);
	}

	public List<KbProblem> getProblems() {
		return this.problems;
	}

}
