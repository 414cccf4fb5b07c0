package org.virtclass.quiz.checker;

import java.util.List;

import org.virtclass.classification.Verdict;
import org.virtclass.knowledgebase.ToolDocument;

/**
 * One option and what the checker made of it.
 *
 * @param text the option as given, without a leading option letter
 * @param tool the tool it names, or null when it names none (or several) in the knowledge
 * base
 * @param verdict the engine's verdict for that tool, or null
 * @param fit how well it answers the question, or null for an unknown option
 * @param reasons why, in order: how the name was read, what the tool is, and whether it
 * fits
 */
public record OptionCheck(String text, ToolDocument tool, Verdict verdict, Fit fit, List<Note> reasons) {

	public OptionCheck {
		reasons = List.copyOf(reasons);
	}

	public boolean known() {
		return this.tool != null;
	}

}
