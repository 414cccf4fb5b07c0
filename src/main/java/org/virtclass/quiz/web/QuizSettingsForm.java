package org.virtclass.quiz.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.springframework.ui.Model;
import org.virtclass.quiz.Difficulty;
import org.virtclass.quiz.QuestionType;
import org.virtclass.quiz.QuizSettings;
import org.virtclass.system.Languages;

/**
 * What the practice form and the new-session form both ask: question types, difficulty,
 * how many questions, language and options per question. Both pages draw these fields
 * with the {@code quiz/settingsFields} fragment.
 */
abstract class QuizSettingsForm {

	/** The choices of options per question both forms offer. */
	static final List<Integer> OPTION_COUNTS = IntStream.rangeClosed(QuizSettings.MIN_OPTIONS, QuizSettings.MAX_OPTIONS)
		.boxed()
		.toList();

	/** The forms' names for the settings {@link SettingsCheck} finds wrong. */
	static final Map<String, String> FIELDS = Map.of("optionCount", "options", "questionCount", "count",
			"secondsPerQuestion", "seconds");

	private List<QuestionType> types;

	private Difficulty difficulty = Difficulty.EASY;

	private int count = 10;

	private String lang;

	private int options = 4;

	QuizSettingsForm(List<QuestionType> types, String lang) {
		this.types = new ArrayList<>(types);
		this.lang = lang;
	}

	/** The time limit per question in seconds, or null for none. */
	abstract Integer secondsPerQuestion();

	/**
	 * The settings this form asks for; {@link SettingsCheck} says what is wrong with
	 * them.
	 */
	QuizSettings settings() {
		return new QuizSettings(this.types, this.difficulty, this.lang, this.options, this.count, secondsPerQuestion());
	}

	/** A blank form asks in the language of the page. */
	void speak(Locale locale) {
		this.lang = Languages.isChinese(locale) ? "zh-CN" : "en";
	}

	/** The choices the settings fragment offers. */
	static void addChoices(Model model) {
		model.addAttribute("allTypes", QuestionType.generated());
		model.addAttribute("difficulties", Difficulty.values());
		model.addAttribute("optionCounts", OPTION_COUNTS);
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
