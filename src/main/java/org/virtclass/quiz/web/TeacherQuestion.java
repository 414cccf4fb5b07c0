package org.virtclass.quiz.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.virtclass.quiz.Question;
import org.virtclass.quiz.QuestionType;
import org.virtclass.quiz.checker.CheckAnswer;
import org.virtclass.quiz.checker.PastedQuestions.PastedQuestion;

/**
 * Turns a pasted and keyed question into a question students play like a generated one.
 */
final class TeacherQuestion {

	static final int MAX_EXPLANATION = 1000;

	private TeacherQuestion() {
	}

	/**
	 * The question with the teacher's key. Every option keeps the knowledge base's reason
	 * as its feedback. The explanation is the teacher's when given; otherwise the
	 * checker's reasons when the key is the one it proposed, and else a plain note that
	 * the teacher chose the key, so that students never read reasons for another answer
	 * as the explanation of this one.
	 */
	static Question of(PastedQuestion pasted, int key, String explanation, MessageSource messages) {
		List<Question.Option> options = new ArrayList<>();
		List<String> tools = new ArrayList<>();
		for (CheckAnswer.Option o : pasted.options()) {
			options.add(new Question.Option(o.text(), o.slug(), o.reason()));
			if (o.slug() != null && !tools.contains(o.slug())) {
				tools.add(o.slug());
			}
		}
		String why;
		if (explanation != null && !explanation.isBlank()) {
			why = explanation.strip();
		}
		else if (!pasted.disagrees(key)) {
			why = pasted.explanation();
		}
		else {
			why = messages.getMessage("quiz.own.teacherKey", new Object[] { options.get(key).text() }, pasted.locale());
		}
		return new Question(QuestionType.TEACHER, null, pasted.lang(), pasted.stem(), options, key, why, tools, null);
	}

}
