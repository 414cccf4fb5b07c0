package org.virtclass.quiz.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.virtclass.classification.ToolFacts;
import org.virtclass.knowledgebase.KnowledgeBase;
import org.virtclass.knowledgebase.ToolDocument;
import org.virtclass.quiz.ItemAnalysis;
import org.virtclass.quiz.LiveSessionException;
import org.virtclass.quiz.LiveState;
import org.virtclass.quiz.Question;

/**
 * A live session's results from the database: distributions, item analysis, players,
 * exports.
 */
@Service
public class SessionResults {

	private final LiveSessionRepository sessions;

	private final LiveQuestionRepository questions;

	private final LivePlayerRepository players;

	private final LiveAnswerRepository answers;

	private final KnowledgeBase knowledgeBase;

	SessionResults(LiveSessionRepository sessions, LiveQuestionRepository questions, LivePlayerRepository players,
			LiveAnswerRepository answers, KnowledgeBase knowledgeBase) {
		this.sessions = sessions;
		this.questions = questions;
		this.players = players;
		this.answers = answers;
		this.knowledgeBase = knowledgeBase;
	}

	@Transactional(readOnly = true)
	public Results results(String code) {
		LiveSession session = find(code);
		List<LiveQuestion> stored = this.questions.findBySessionIdOrderByPos(session.getId());
		// A player the teacher removed is out of the results, answers and all.
		List<LivePlayer> roster = this.players.findBySessionIdOrderByJoinedAt(session.getId())
			.stream()
			.filter((p) -> !p.isRemoved())
			.toList();
		List<LiveAnswer> all = this.answers.findBySessionId(session.getId());
		Map<Long, Integer> questionIndex = new HashMap<>();
		for (int i = 0; i < stored.size(); i++) {
			questionIndex.put(stored.get(i).getId(), i);
		}
		Map<Long, Integer> playerIndex = new HashMap<>();
		for (int i = 0; i < roster.size(); i++) {
			playerIndex.put(roster.get(i).getId(), i);
		}
		LiveAnswer[][] grid = new LiveAnswer[roster.size()][stored.size()];
		for (LiveAnswer a : all) {
			Integer player = playerIndex.get(a.getPlayerId());
			if (player != null) {
				grid[player][questionIndex.get(a.getQuestionId())] = a;
			}
		}
		List<Integer> active = new ArrayList<>();
		for (int p = 0; p < roster.size(); p++) {
			for (LiveAnswer a : grid[p]) {
				if (a != null) {
					active.add(p);
					break;
				}
			}
		}
		Boolean[][] scores = new Boolean[active.size()][stored.size()];
		for (int i = 0; i < active.size(); i++) {
			for (int q = 0; q < stored.size(); q++) {
				LiveAnswer a = grid[active.get(i)][q];
				scores[i][q] = (a != null) ? a.isCorrect() : null;
			}
		}
		List<ItemAnalysis.Item> items = ItemAnalysis.of(scores);
		List<QuestionResult> questionResults = new ArrayList<>();
		for (int q = 0; q < stored.size(); q++) {
			Question question = QuestionCodec.read(stored.get(q).getBody());
			Map<String, Integer> counts = new LinkedHashMap<>();
			for (int o = 0; o < question.options().size(); o++) {
				counts.put(Question.letter(o), 0);
			}
			for (LiveAnswer[] row : grid) {
				if (row[q] != null) {
					counts.merge(Question.letter(row[q].getOptionIndex()), 1, Integer::sum);
				}
			}
			ItemAnalysis.Item item = items.isEmpty() ? new ItemAnalysis.Item(0, null, null) : items.get(q);
			List<Basis> basis = item.flagged() ? basis(question) : List.of();
			questionResults.add(new QuestionResult(stored.get(q).getId(), q, question, item.answerCount(),
					round(item.facility()), round(item.discrimination()), counts, item.flagged(), basis));
		}
		List<PlayerResult> playerResults = new ArrayList<>();
		for (int p = 0; p < roster.size(); p++) {
			List<LiveAnswer> row = java.util.Arrays.asList(grid[p]);
			int score = (int) row.stream().filter((a) -> a != null && a.isCorrect()).count();
			int answered = (int) row.stream().filter((a) -> a != null).count();
			List<String> choices = row.stream()
				.map((a) -> (a != null) ? Question.letter(a.getOptionIndex()) : null)
				.toList();
			List<Boolean> correct = row.stream().map((a) -> (a != null) ? a.isCorrect() : null).toList();
			playerResults.add(new PlayerResult(roster.get(p).getNickname(), score, answered, choices, correct,
					roster.get(p).getId()));
		}
		playerResults.sort(Comparator.comparingInt(PlayerResult::score)
			.reversed()
			.thenComparing(PlayerResult::nickname, String.CASE_INSENSITIVE_ORDER));
		List<Response> responses = new ArrayList<>();
		for (int q = 0; q < stored.size(); q++) {
			Question question = questionResults.get(q).question();
			for (int p = 0; p < roster.size(); p++) {
				LiveAnswer a = grid[p][q];
				// a player who did not answer still gets a row, with blanks: the teacher
				// sees who missed it
				responses
					.add((a == null) ? new Response(roster.get(p).getNickname(), q + 1, null, null, null, null, null)
							: new Response(roster.get(p).getNickname(), q + 1, Question.letter(a.getOptionIndex()),
									question.options().get(a.getOptionIndex()).text(), a.isCorrect(), a.getAnsweredAt(),
									a.getElapsedMs()));
			}
		}
		return new Results(session.getCode(), session.getState(), session.getLang(), session.getCreatedAt(),
				questionResults, playerResults, responses);
	}

	private LiveSession find(String code) {
		return this.sessions.findByCode((code != null) ? code.strip().toUpperCase(Locale.ROOT) : "")
			.orElseThrow(() -> new LiveSessionException(LiveSessionException.Error.UNKNOWN_CODE));
	}

	/**
	 * One player's answers, question by question, for the teacher's drill-down; empty
	 * when the session has no such player (or the teacher removed them).
	 */
	@Transactional(readOnly = true)
	public Optional<PlayerAnswers> player(String code, long playerId) {
		LiveSession session = find(code);
		Optional<LivePlayer> player = this.players.findById(playerId)
			.filter((p) -> p.getSessionId().equals(session.getId()) && !p.isRemoved());
		if (player.isEmpty()) {
			return Optional.empty();
		}
		Map<Long, LiveAnswer> theirs = new HashMap<>();
		for (LiveAnswer a : this.answers.findBySessionId(session.getId())) {
			if (a.getPlayerId() == playerId) {
				theirs.put(a.getQuestionId(), a);
			}
		}
		List<PlayerAnswer> rows = new ArrayList<>();
		List<LiveQuestion> stored = this.questions.findBySessionIdOrderByPos(session.getId());
		for (int q = 0; q < stored.size(); q++) {
			LiveAnswer a = theirs.get(stored.get(q).getId());
			rows.add(new PlayerAnswer(q + 1, QuestionCodec.read(stored.get(q).getBody()),
					(a != null) ? a.getOptionIndex() : null, (a != null) ? a.isCorrect() : null,
					(a != null) ? a.getElapsedMs() : null));
		}
		return Optional.of(new PlayerAnswers(session.getCode(), playerId, player.get().getNickname(), rows));
	}

	/**
	 * The item analysis of one question (numbered from 1), with who chose which option
	 * and how the upper and lower halves of the class (by their score on the rest of the
	 * test) chose; empty when the session has no such question.
	 */
	@Transactional(readOnly = true)
	public Optional<ItemDetail> item(String code, int number) {
		Results results = results(code);
		if (number < 1 || number > results.questions().size()) {
			return Optional.empty();
		}
		int q = number - 1;
		QuestionResult result = results.questions().get(q);
		int optionCount = result.question().options().size();
		List<PlayerResult> answered = results.players()
			.stream()
			.filter((p) -> p.choices().get(q) != null)
			.sorted(Comparator.comparingInt((PlayerResult p) -> rest(p, q))
				.reversed()
				.thenComparing(PlayerResult::nickname, String.CASE_INSENSITIVE_ORDER))
			.toList();
		// halves of those who answered; with an odd number the middle student is in
		// neither
		int half = answered.size() / 2;
		int[] upper = new int[optionCount];
		int[] lower = new int[optionCount];
		for (int i = 0; i < half; i++) {
			upper[Question.LETTERS.indexOf(answered.get(i).choices().get(q))]++;
			lower[Question.LETTERS.indexOf(answered.get(answered.size() - 1 - i).choices().get(q))]++;
		}
		List<OptionRow> options = new ArrayList<>();
		for (int o = 0; o < optionCount; o++) {
			String letter = Question.letter(o);
			List<String> names = results.players()
				.stream()
				.filter((p) -> letter.equals(p.choices().get(q)))
				.map(PlayerResult::nickname)
				.sorted(String.CASE_INSENSITIVE_ORDER)
				.toList();
			options.add(new OptionRow(letter, result.question().options().get(o).text(),
					o == result.question().answerIndex(), names.size(), result.percent(letter), upper[o], lower[o],
					names));
		}
		List<String> missing = results.players()
			.stream()
			.filter((p) -> p.choices().get(q) == null)
			.map(PlayerResult::nickname)
			.sorted(String.CASE_INSENSITIVE_ORDER)
			.toList();
		return Optional.of(new ItemDetail(results.code(), results.questions().size(), result, options, missing, half));
	}

	/** A player's score on every question but one. */
	private static int rest(PlayerResult p, int q) {
		return p.score() - (Boolean.TRUE.equals(p.correct().get(q)) ? 1 : 0);
	}

	/** The knowledge-base facts behind a question, as they stand now. */
	private List<Basis> basis(Question question) {
		List<Basis> basis = new ArrayList<>();
		for (String slug : question.tools()) {
			Optional<ToolDocument> tool = this.knowledgeBase.tool(slug).map((e) -> e.document());
			tool.ifPresent((t) -> basis.add(new Basis(t.slug(), t.name(), t.facts(), t.contested())));
		}
		return basis;
	}

	private static Double round(Double value) {
		return (value == null) ? null : Math.round(value * 10000) / 10000.0;
	}

	public record Results(String code, LiveState state, String lang, java.time.Instant createdAt,
			List<QuestionResult> questions, List<PlayerResult> players, List<Response> responses) {

		/**
		 * How many answers were given (the responses include a blank row for each missed
		 * question).
		 */
		public long answerCount() {
			return this.responses.stream().filter(Response::answered).count();
		}

	}

	public record QuestionResult(Long questionId, int index, Question question, int answerCount, Double facility,
			Double discrimination, Map<String, Integer> optionCounts, boolean flagged, List<Basis> basis) {

		public int number() {
			return this.index + 1;
		}

		public String correctOptionId() {
			return Question.letter(this.question.answerIndex());
		}

		public int percent(String letter) {
			Integer n = this.optionCounts.get(letter);
			return (this.answerCount == 0 || n == null) ? 0 : Math.round(100f * n / this.answerCount);
		}

	}

	/** A player's row of the results; {@code id} leads to their answers one by one. */
	public record PlayerResult(String nickname, int score, int answered, List<String> choices, List<Boolean> correct,
			long id) {
	}

	/**
	 * One row of the CSV export: one per player and question. A question the player did
	 * not answer has null option, option text, correct, time and elapsed time.
	 */
	public record Response(String student, int question, String option, String optionText, Boolean correct,
			java.time.Instant time, Long elapsedMs) {

		public boolean answered() {
			return this.option != null;
		}

	}

	/** A player's answers to every question of a session, in order. */
	public record PlayerAnswers(String code, long playerId, String nickname, List<PlayerAnswer> answers) {

		public int score() {
			return (int) this.answers.stream().filter((a) -> Boolean.TRUE.equals(a.correct())).count();
		}

		public int answered() {
			return (int) this.answers.stream().filter(PlayerAnswer::answered).count();
		}

	}

	/**
	 * One question and what a player did with it.
	 *
	 * @param chosen the index of the option they chose, or null when they did not answer
	 * @param correct whether it was the key, or null
	 * @param elapsedMs how long after the question opened they answered, or null
	 */
	public record PlayerAnswer(int number, Question question, Integer chosen, Boolean correct, Long elapsedMs) {

		public boolean answered() {
			return this.chosen != null;
		}

		public String chosenText() {
			return (this.chosen != null) ? this.question.options().get(this.chosen).text() : null;
		}

		public String letter(int index) {
			return Question.letter(index);
		}

		/** Seconds to answer with one decimal, as the CSV has them. */
		public String seconds() {
			return (this.elapsedMs != null) ? String.format(Locale.ROOT, "%.1f", this.elapsedMs / 1000.0) : null;
		}

	}

	/**
	 * One question's item analysis.
	 *
	 * @param groupSize how many students each of the upper and lower groups holds
	 */
	public record ItemDetail(String code, int questionCount, QuestionResult question, List<OptionRow> options,
			List<String> unanswered, int groupSize) {
	}

	/**
	 * One option of an analysed question: who chose it, in the whole class and in the two
	 * groups.
	 */
	public record OptionRow(String letter, String text, boolean key, int count, int percent, int upper, int lower,
			List<String> nicknames) {
	}

	/** A tool behind a flagged question, with the facts that decided its verdict. */
	public record Basis(String slug, String name, ToolFacts facts, boolean contested) {
	}

}
