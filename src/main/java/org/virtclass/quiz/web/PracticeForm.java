package org.virtclass.quiz.web;

import java.util.ArrayList;
import java.util.List;

import org.virtclass.quiz.Difficulty;
import org.virtclass.quiz.QuestionType;
import org.virtclass.quiz.QuizSettings;

/**
 * The practice settings: types, difficulty, length, language and options per question.
 */
class PracticeForm {

	static final List<Integer> LENGTHS = List.of(5, 10, 15, 20);

	private List<QuestionType> types = new ArrayList<>(List.of(QuestionType.NOT_VM_TOOL, QuestionType.VM_TOOL,
			QuestionType.TYPE_1_HYPERVISOR, QuestionType.TYPE_2_HYPERVISOR));

	private Difficulty difficulty = Difficulty.EASY;

	private int count = 10;

	private String lang = "en";

	private int options = 4;

	/**
	 * The settings this form asks for; {@link SettingsCheck} says what is wrong with
	 * them.
	 */
	QuizSettings settings() {
		return new QuizSettings(this.types, this.difficulty, this.lang, this.options, this.count, null);
	}

	/** Mix in questions that teachers saved for practice. */
	private boolean teachers = true;

	public boolean isTeachers() {
		return this.teachers;
	}

	public void setTeachers(boolean teachers) {
		this.teachers = teachers;
	}

	public List<QuestionType> getTypes() {
		return this.types;
	}

	public void setTypes(List<QuestionType> types) {
		this.types = (types != null) ? types : new ArrayList<>();
	}

	public Difficulty getDifficulty() {
		return this.difficulty;
	}

	public void setDifficulty(Difficulty difficulty) {
		this.difficulty = difficulty;
	}

	public int getCount() {
		return this.count;
	}

	public void setCount(int count) {
		this.count = count;
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

}
