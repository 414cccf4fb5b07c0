package org.virtclass.quiz.web;

import java.util.List;

import org.virtclass.quiz.QuestionType;

/**
 * An instructor's new live session: the shared quiz settings, an optional timer (and what
 * happens at 0 s), optional speed points.
 */
class SessionForm extends QuizSettingsForm {

	private boolean timed;

	private Integer seconds = 30;

	/**
	 * With a timer: show the answer by itself at 0 s, rather than wait for the teacher's
	 * key.
	 */
	private boolean autoReveal;

	/** Kahoot-style points: a right answer earns more the sooner it comes. */
	private boolean speedPoints;

	SessionForm() {
		super(List.of(QuestionType.NOT_VM_TOOL, QuestionType.VM_TOOL, QuestionType.SHARES_HOST_KERNEL,
				QuestionType.CRITERION), "zh-CN");
	}

	/** The timer only when it is on. */
	@Override
	Integer secondsPerQuestion() {
		return this.timed ? this.seconds : null;
	}

	public boolean isTimed() {
		return this.timed;
	}

	public void setTimed(boolean timed) {
		this.timed = timed;
	}

	public Integer getSeconds() {
		return this.seconds;
	}

	public void setSeconds(Integer seconds) {
		this.seconds = seconds;
	}

	public boolean isAutoReveal() {
		return this.autoReveal;
	}

	public void setAutoReveal(boolean autoReveal) {
		this.autoReveal = autoReveal;
	}

	public boolean isSpeedPoints() {
		return this.speedPoints;
	}

	public void setSpeedPoints(boolean speedPoints) {
		this.speedPoints = speedPoints;
	}

}
