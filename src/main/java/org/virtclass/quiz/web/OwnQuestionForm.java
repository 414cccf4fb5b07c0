package org.virtclass.quiz.web;

import org.virtclass.quiz.checker.PastedText;

/**
 * A question a teacher pastes: the stem (or the whole question), the options one per
 * line, what it asks when the stem does not say, the teacher's key, an optional
 * explanation, and whether practice may use it. {@code confirmed} is set when the teacher
 * keeps a key the knowledge base disagrees with.
 */
class OwnQuestionForm extends PastedText {

	private Integer key;

	private String explanation = "";

	private boolean inPractice = true;

	private boolean confirmed;

	private String session;

	/** "Check again" after editing: the key is chosen anew. */
	private boolean recheck;

	/** The teacher takes the knowledge base's key after all. */
	private boolean useProposal;

	public boolean isRecheck() {
		return this.recheck;
	}

	public void setRecheck(boolean recheck) {
		this.recheck = recheck;
	}

	public boolean isUseProposal() {
		return this.useProposal;
	}

	public void setUseProposal(boolean useProposal) {
		this.useProposal = useProposal;
	}

	public Integer getKey() {
		return this.key;
	}

	public void setKey(Integer key) {
		this.key = key;
	}

	public String getExplanation() {
		return this.explanation;
	}

	public void setExplanation(String explanation) {
		this.explanation = explanation;
	}

	public boolean isInPractice() {
		return this.inPractice;
	}

	public void setInPractice(boolean inPractice) {
		this.inPractice = inPractice;
	}

	public boolean isConfirmed() {
		return this.confirmed;
	}

	public void setConfirmed(boolean confirmed) {
		this.confirmed = confirmed;
	}

	public String getSession() {
		return this.session;
	}

	public void setSession(String session) {
		this.session = session;
	}

}
