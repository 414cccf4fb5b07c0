package org.virtclass.quiz.checker;

/**
 * The three boxes a pasted question comes in, on "Check a question" and on the teacher's
 * own questions: the stem (or the whole question), the options one per line, and what it
 * asks when the stem does not say. {@link PastedQuestions#read} reads them.
 */
public class PastedText {

	private String question = "";

	private String options = "";

	private String ask = "";

	public String getQuestion() {
		return this.question;
	}

	public void setQuestion(String question) {
		this.question = question;
	}

	public String getOptions() {
		return this.options;
	}

	public void setOptions(String options) {
		this.options = options;
	}

	public String getAsk() {
		return this.ask;
	}

	public void setAsk(String ask) {
		this.ask = ask;
	}

}
