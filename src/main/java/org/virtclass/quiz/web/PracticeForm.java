package org.virtclass.quiz.web;

import java.util.List;

import org.virtclass.quiz.QuestionType;

/**
 * The practice settings: the shared quiz settings, a length from a short list, and
 * whether to mix in teachers' questions. Practice has no timer.
 */
class PracticeForm extends QuizSettingsForm {

	static final List<Integer> LENGTHS = List.of(5, 10, 15, 20);

	/** Mix in questions that teachers saved for practice. */
	private boolean teachers = true;

	PracticeForm() {
		super(List.of(QuestionType.NOT_VM_TOOL, QuestionType.VM_TOOL, QuestionType.TYPE_1_HYPERVISOR,
				QuestionType.TYPE_2_HYPERVISOR), "en");
	}

	@Override
	Integer secondsPerQuestion() {
		return null;
	}

	public boolean isTeachers() {
		return this.teachers;
	}

	public void setTeachers(boolean teachers) {
		this.teachers = teachers;
	}

}
