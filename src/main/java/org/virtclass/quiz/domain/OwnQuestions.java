package org.virtclass.quiz.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.virtclass.quiz.Question;
import org.virtclass.quiz.QuestionType;

/**
 * The questions instructors pasted and keyed: each instructor's own list, and the
 * practice pool.
 */
@Service
public class OwnQuestions {

	private final OwnQuestionRepository questions;

	private final Clock clock;

	OwnQuestions(OwnQuestionRepository questions, Clock clock) {
		this.questions = questions;
		this.clock = clock;
	}

	/**
	 * Saves a question.
	 * @param checkerIndex the key the knowledge base proposed, or null when it found none
	 * @param inPractice whether students' practice may draw it
	 * @return its id
	 */
	@Transactional
	public long save(String owner, Question question, Integer checkerIndex, boolean inPractice) {
		if (question.type() != QuestionType.TEACHER) {
			throw new IllegalArgumentException("only teachers' questions are saved here");
		}
		return this.questions
			.save(new OwnQuestion(owner, question.lang(), QuestionCodec.write(question), question.answerIndex(),
					checkerIndex, inPractice, this.clock.instant()))
			.getId();
	}

	@Transactional(readOnly = true)
	public List<Saved> list(String owner) {
		return this.questions.findByOwnerOrderByCreatedAtAscIdAsc(owner).stream().map(OwnQuestions::saved).toList();
	}

	@Transactional(readOnly = true)
	public Optional<Saved> find(String owner, long id) {
		return this.questions.findByIdAndOwner(id, owner).map(OwnQuestions::saved);
	}

	/** An instructor's questions in one language, oldest first. */
	@Transactional(readOnly = true)
	public List<Question> mine(String owner, String lang) {
		return this.questions.findByOwnerAndLangOrderByCreatedAtAscIdAsc(owner, lang)
			.stream()
			.map((q) -> QuestionCodec.read(q.getBody()))
			.toList();
	}

	/**
	 * Deletes one of an instructor's questions; sessions and attempts that used it keep
	 * their copy.
	 */
	@Transactional
	public boolean delete(String owner, long id) {
		Optional<OwnQuestion> found = this.questions.findByIdAndOwner(id, owner);
		found.ifPresent(this.questions::delete);
		return found.isPresent();
	}

	/**
	 * Up to {@code max} questions that teachers shared with practice, in a language,
	 * drawn at random.
	 */
	@Transactional(readOnly = true)
	public List<Question> forPractice(String lang, int max, Random random) {
		List<OwnQuestion> shared = new ArrayList<>(this.questions.findByLangAndInPracticeTrueOrderByIdAsc(lang));
		Collections.shuffle(shared, random);
		return shared.stream().limit(Math.max(0, max)).map((q) -> QuestionCodec.read(q.getBody())).toList();
	}

	private static Saved saved(OwnQuestion q) {
		return new Saved(q.getId(), QuestionCodec.read(q.getBody()), q.getCheckerIndex(), q.isInPractice(),
				q.getCreatedAt());
	}

	/**
	 * A saved question.
	 *
	 * @param checkerIndex the key the knowledge base proposed when it was saved, or null
	 */
	public record Saved(long id, Question question, Integer checkerIndex, boolean inPractice, Instant createdAt) {

		/** The teacher's key is not the one the knowledge base proposed. */
		public boolean keyDiffers() {
			return this.checkerIndex == null || this.checkerIndex != this.question.answerIndex();
		}

		public String letter(int index) {
			return Question.letter(index);
		}

	}

}
