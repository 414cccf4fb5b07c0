package org.virtclass.quiz.web;

import java.util.ArrayList;
import java.util.List;

import org.virtclass.quiz.Difficulty;
import org.virtclass.quiz.QuestionType;
import org.virtclass.quiz.QuizSettings;

/**
 * An instructor's new live session: types, count, difficulty, language, options, optional
 * timer (and what happens at 0 s), optional speed points.
 */
class SessionForm {

	private List<QuestionType> types = new ArrayList<>(List.of(QuestionType.NOT_VM_TOOL, QuestionType.VM_TOOL,
			QuestionType.SHARES_HOST_KERNEL, QuestionType.CRITERION));

	private int count = 10;

	private Difficulty difficulty = Difficulty.EASY;

	private String lang = "zh-CN";

	private int options = 4;

	private boolean timed;

	private Integer seconds = 30;

	/**
	 * With a timer: show the answer by itself at 0 s, rather than wait for the teacher's
	 * key.
	 */
	private boolean autoReveal;

	/** Kahoot-style points: a right answer earns more the sooner it comes. */
	private boolean speedPoints;

	/** The settings this form asks for; the timer only when it is on. */
	QuizSettings settings() {
		return new QuizSettings(this.types, this.difficulty, this.lang, this.options, this.count,
				this.timed ? this.seconds : null);
	}

	public List<QuestionType> getTypes() {
		return this.types;
	}

	public void setTypes(List<QuestionType> types) {
		this.types = (types != null) ? types : new ArrayList<>();
	}

	public int getCount() {
		return this.count;
	}

	public void setCount(int count) {
		this.count = count;
	}

	public Difficulty getDifficulty() {
		return this.difficulty;
	}

	public void setDifficulty(Difficulty difficulty) {
		this.difficulty = difficulty;
	}

	public String getLang() {
		return this.lang;
	}

	public void setLang(String lang) {
		this.lang = lang;
	}

	public int getOptions() {
		return this.options;
	}

	public void setOptions(int options) {
		this.options = options;
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
