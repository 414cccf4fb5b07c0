package org.virtclass.knowledgebase;

/**
 * One thing wrong with a knowledge-base file: which file, which key (dotted path, or empty for the
 * whole file) and what is wrong, in words an instructor can act on.
 */
public record KbProblem(String file, String key, String message) {

	@Override
	public String toString() {
		return this.file + (this.key.isEmpty() ? "" : " [" + this.key + "]") + ": " + this.message;
	}

}
