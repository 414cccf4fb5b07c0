package org.virtclass.quiz.domain;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.virtclass.quiz.Difficulty;
import org.virtclass.quiz.Question;
import org.virtclass.quiz.QuestionType;
import org.virtclass.quiz.QuizGenerator;
import org.virtclass.quiz.QuizSettings;
import org.virtclass.quiz.QuizSpec;

/**
 * Practice attempts for anyone. The questions are generated once and stored with the
 * attempt, and an attempt belongs to the anonymous visitor id in the student's cookie, so
 * a reload (or coming back tomorrow) resumes it.
 */
@Service
public class PracticeService {

	private static final SecureRandom SEEDS = new SecureRandom();

	private final PracticeAttemptRepository attempts;

	private final QuizGenerator generator;

	private final Clock clock;

	private final OwnQuestions own;

	PracticeService(PracticeAttemptRepository attempts, QuizGenerator generator, Clock clock, OwnQuestions own) {
		this.attempts = attempts;
		this.generator = generator;
		this.clock = clock;
		this.own = own;
	}

	@Transactional
	public AttemptView start(String visitorId, QuizSpec spec) {
		return start(visitorId, spec, false);
	}

	/**
	 * Starts an attempt; with {@code teachers}, up to half of its questions are ones that
	 * teachers saved for practice in its language, mixed in among the generated ones.
	 */
	@Transactional
	public AttemptView start(String visitorId, QuizSpec spec, boolean teachers) {
		long seed = SEEDS.nextLong();
		Random random = new Random(seed);
		List<Question> own = teachers ? this.own.forPractice(spec.lang(), spec.count() / 2, random) : List.of();
		List<Question> questions = new ArrayList<>(this.generator.generate(new QuizSpec(spec.types(),
				spec.count() - own.size(), spec.optionCount(), spec.difficulty(), spec.locale()), seed));
		for (Question q : own) {
			questions.add(random.nextInt(questions.size() + 1), q);
		}
		PracticeAttempt attempt = new PracticeAttempt(UUID.randomUUID().toString(), visitorId,
				QuizSettings.of(spec, null), seed, this.clock.instant());
		for (Question question : questions) {
			attempt.addItem(QuestionCodec.write(question), question.answerIndex());
		}
		return view(this.attempts.save(attempt));
	}

	@Transactional(readOnly = true)
	public Optional<AttemptView> find(String publicId, String visitorId) {
		return this.attempts.findByPublicIdAndVisitorId(publicId, visitorId).map(PracticeService::view);
	}

	@Transactional(readOnly = true)
	public Optional<AttemptView> unfinished(String visitorId) {
		return this.attempts.findFirstByVisitorIdAndFinishedAtIsNullOrderByCreatedAtDesc(visitorId)
			.map(PracticeService::view);
	}

	/**
	 * Records the answer to the current question; a second answer or a stale page changes
	 * nothing.
	 */
	@Transactional
	public Optional<AttemptView> answer(String publicId, String visitorId, int position, int chosen) {
		return this.attempts.findByPublicIdAndVisitorId(publicId, visitorId).map((attempt) -> {
			if (!attempt.isFinished() && attempt.getPosition() == position && !attempt.current().isAnswered()
					&& chosen >= 0 && chosen < QuestionCodec.read(attempt.current().getBody()).options().size()) {
				attempt.current().answer(chosen, this.clock.instant());
			}
			return view(attempt);
		});
	}

	/** Moves to the next question once the current one is answered. */
	@Transactional
	public Optional<AttemptView> next(String publicId, String visitorId, int position) {
		return this.attempts.findByPublicIdAndVisitorId(publicId, visitorId).map((attempt) -> {
			if (!attempt.isFinished() && attempt.getPosition() == position && attempt.current().isAnswered()) {
				attempt.advance(this.clock.instant());
			}
			return view(attempt);
		});
	}

	private static AttemptView view(PracticeAttempt a) {
		List<ItemView> items = a.getItems()
			.stream()
			.map((i) -> new ItemView(i.getPos(), QuestionCodec.read(i.getBody()), i.getChosenIndex()))
			.toList();
		QuizSettings settings = a.getSettings();
		return new AttemptView(a.getPublicId(), settings.lang(), settings.difficulty(), settings.types(),
				a.getPosition(), a.isFinished(), items);
	}

	/** An attempt as the pages show it. */
	public record AttemptView(String id, String lang, Difficulty difficulty, List<QuestionType> types, int position,
			boolean finished, List<ItemView> items) {

		public ItemView current() {
			return this.items.get(this.position);
		}

		public int count() {
			return this.items.size();
		}

		public int score() {
			return (int) this.items.stream().filter(ItemView::correct).count();
		}

		public int answered() {
			return (int) this.items.stream().filter(ItemView::answered).count();
		}

		public int percent() {
			return this.items.isEmpty() ? 0 : Math.round(100f * score() / this.items.size());
		}

	}

	/** One question with the student's answer, if any. */
	public record ItemView(int position, Question question, Integer chosen) {

		public boolean answered() {
			return this.chosen != null;
		}

		public boolean correct() {
			return this.chosen != null && this.chosen == this.question.answerIndex();
		}

		public int number() {
			return this.position + 1;
		}

	}

}
