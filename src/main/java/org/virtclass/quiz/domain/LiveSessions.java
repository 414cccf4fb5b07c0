package org.virtclass.quiz.domain;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.virtclass.quiz.Difficulty;
import org.virtclass.quiz.LiveLimits;
import org.virtclass.quiz.LiveSessionException;
import org.virtclass.quiz.LiveSessionException.Error;
import org.virtclass.quiz.LiveState;
import org.virtclass.quiz.Question;
import org.virtclass.quiz.QuestionType;
import org.virtclass.quiz.QuizGenerator;
import org.virtclass.quiz.QuizSettings;
import org.virtclass.quiz.QuizSpec;
import org.virtclass.system.Languages;

/**
 * Live classroom sessions: create, join, run (start, reveal, next, finish) and answer.
 * The database is the truth and every change is committed before the caller hears of it;
 * {@link HotSession} keeps a copy in memory so that the endpoints that 300 phones hit at
 * once cost no queries.
 */
@Service
public class LiveSessions {

	/** Join codes avoid letters and digits that look alike on a projector (0/O, 1/I). */
	static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final Pattern CODE = Pattern.compile("[A-Z0-9]{6}");

	public static final int MAX_NICKNAME = Nicknames.MAX_CODE_POINTS;

	/**
	 * Network delay a phone gets on top of the time limit: a tap just before 0 s still
	 * counts, and the question closes for everyone this long after its deadline.
	 */
	static final Duration GRACE = Duration.ofMillis(500);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final LiveSessionRepository sessions;

	private final LiveQuestionRepository questions;

	private final LivePlayerRepository players;

	private final LiveAnswerRepository answers;

	private final QuizGenerator generator;

	private final ApplicationEventPublisher events;

	private final AnswerWriter writer;

	private final TransactionTemplate tx;

	private final Clock clock;

	private final LiveLimits limits;

	private final LiveMetrics metrics;

	private final LiveChanges changes;

	private final Map<String, HotSession> hot = new ConcurrentHashMap<>();

	LiveSessions(LiveSessionRepository sessions, LiveQuestionRepository questions, LivePlayerRepository players,
			LiveAnswerRepository answers, QuizGenerator generator, ApplicationEventPublisher events,
			AnswerWriter writer, PlatformTransactionManager transactions, Clock clock, LiveLimits limits,
			LiveMetrics metrics, LiveChanges changes) {
		this.sessions = sessions;
		this.questions = questions;
		this.players = players;
		this.answers = answers;
		this.generator = generator;
		this.events = events;
		this.writer = writer;
		this.tx = new TransactionTemplate(transactions);
		this.clock = clock;
		this.limits = limits;
		this.metrics = metrics;
		this.changes = changes;
	}

	/**
	 * What an instructor sets up.
	 *
	 * @param settings the quiz's settings, valid ones (the web layer checks them)
	 * @param seed fixes the questions; null for a random one
	 * @param autoReveal whether the answer shows by itself when the time is up (otherwise
	 * the question closes and waits for the teacher)
	 * @param speedPoints whether a right answer earns more the sooner it comes
	 */
	public record Setup(QuizSettings settings, Long seed, boolean autoReveal, boolean speedPoints) {

		public Setup {
			java.util.Objects.requireNonNull(settings, "settings");
		}

		/** A session that waits for the teacher at 0 s and counts right answers only. */
		public Setup(QuizSettings settings, Long seed) {
			this(settings, seed, false, false);
		}

		/** The settings from their parts; the language from the locale. */
		public Setup(List<QuestionType> types, int count, int optionCount, Difficulty difficulty, Locale locale,
				Long seed, Integer secondsPerQuestion, boolean autoReveal, boolean speedPoints) {
			this(new QuizSettings(types, difficulty, Languages.isChinese(locale) ? "zh-CN" : "en", optionCount, count,
					secondsPerQuestion), seed, autoReveal, speedPoints);
		}

		/** A session that waits for the teacher at 0 s and counts right answers only. */
		public Setup(List<QuestionType> types, int count, int optionCount, Difficulty difficulty, Locale locale,
				Long seed, Integer secondsPerQuestion) {
			this(types, count, optionCount, difficulty, locale, seed, secondsPerQuestion, false, false);
		}

	}

	/** Creates a session with its questions and returns its join code. */
	public String create(Setup setup, String instructor) {
		QuizSpec spec = setup.settings().spec();
		long seed = (setup.seed() != null) ? setup.seed() : RANDOM.nextLong();
		List<Question> generated = this.generator.generate(spec, seed);
		return this.tx.execute((status) -> {
			String code = newCode();
			LiveSession session = this.sessions.save(new LiveSession(code,
					QuizSettings.of(spec, setup.settings().secondsPerQuestion()).withQuestionCount(generated.size()),
					seed, setup.autoReveal(), setup.speedPoints(), instructor, this.clock.instant()));
			for (int i = 0; i < generated.size(); i++) {
				Question q = generated.get(i);
				this.questions.save(new LiveQuestion(session.getId(), i, QuestionCodec.write(q), q.answerIndex()));
			}
			return code;
		});
	}

	/**
	 * Adds questions (an instructor's own) to a session that has not started: at the end,
	 * or mixed in among the others at places that {@code mixSeed} picks.
	 * @return the session's number of questions now
	 */
	public int addQuestions(String code, List<Question> added, Long mixSeed) {
		HotSession s = session(code);
		if (added.isEmpty()) {
			return s.questions.size();
		}
		long stamp = s.lock.writeLock();
		try {
			List<LiveQuestion> order = this.tx.execute((status) -> {
				LiveSession entity = this.sessions.findById(s.id).orElseThrow();
				if (entity.getState() != LiveState.LOBBY) {
					throw new LiveSessionException(
							(entity.getState() == LiveState.FINISHED) ? Error.FINISHED : Error.WRONG_STATE);
				}
				List<LiveQuestion> stored = this.questions.findBySessionIdOrderByPos(s.id);
				List<Object> places = new ArrayList<>(stored);
				java.util.Random random = (mixSeed != null) ? new java.util.Random(mixSeed) : null;
				for (Question q : added) {
					places.add((random != null) ? random.nextInt(places.size() + 1) : places.size(), q);
				}
				// (session, pos) is unique: park the stored questions out of the way
				// before renumbering
				int parked = places.size() + stored.size();
				for (LiveQuestion q : stored) {
					q.moveTo(q.getPos() + parked);
				}
				this.questions.flush();
				List<LiveQuestion> result = new ArrayList<>();
				for (int pos = 0; pos < places.size(); pos++) {
					if (places.get(pos) instanceof LiveQuestion q) {
						q.moveTo(pos);
						result.add(q);
					}
					else {
						result.add(null);
					}
				}
				this.questions.flush();
				for (int pos = 0; pos < places.size(); pos++) {
					if (places.get(pos) instanceof Question q) {
						result.set(pos, this.questions
							.save(new LiveQuestion(s.id, pos, QuestionCodec.write(q), q.answerIndex())));
					}
				}
				entity.questionsAdded(places.size());
				LiveSession grown = this.sessions.saveAndFlush(entity);
				// other instances load the new question list afresh (see refill)
				this.changes.publish(s.code, LiveChanges.Kind.STATE, grown.getVersion());
				return result;
			});
			s.questions = order.stream().map((q) -> QuestionCodec.read(q.getBody())).toList();
			s.questionIds = order.stream().map(LiveQuestion::getId).toList();
		}
		finally {
			s.lock.unlockWrite(stamp);
		}
		changed(s.code, false);
		return s.questions.size();
	}

	private String newCode() {
		for (int attempt = 0; attempt < 100; attempt++) {
			StringBuilder code = new StringBuilder();
			for (int i = 0; i < 6; i++) {
				code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
			}
			if (!this.sessions.existsByCode(code.toString())) {
				return code.toString();
			}
		}
		throw new IllegalStateException("no free join code");
	}

	/**
	 * Adds a player; late joiners are welcome until the session finishes. Returns the
	 * player's token.
	 */
	public String join(String code, String nickname) {
		HotSession s = session(code);
		if (s.state == LiveState.FINISHED) {
			throw new LiveSessionException(Error.FINISHED);
		}
		Nicknames.Name name = Nicknames.check(nickname);
		String key = name.key();
		String token = UUID.randomUUID().toString();
		synchronized (s.joinLock) {
			if (s.byToken.size() >= this.limits.maxPlayers()) {
				throw new LiveSessionException(Error.SESSION_FULL);
			}
			if (s.nicknameKeys.putIfAbsent(key, Boolean.TRUE) != null) {
				throw new LiveSessionException(Error.NICKNAME_TAKEN);
			}
			LivePlayer player;
			try {
				player = this.players.save(new LivePlayer(s.id, name.display(), key, token, this.clock.instant()));
			}
			catch (DataIntegrityViolationException ex) {
				throw new LiveSessionException(Error.NICKNAME_TAKEN);
			}
			catch (RuntimeException ex) {
				s.nicknameKeys.remove(key);
				throw ex;
			}
			s.byToken.put(token, new HotSession.Player(player.getId(), name.display()));
		}
		this.changes.publish(s.code, LiveChanges.Kind.PLAYERS, s.version);
		changed(s.code, false);
		return token;
	}

	/**
	 * Takes a player out of the session: off the projector and out of the results, and
	 * their token no longer works. Their nickname stays taken, so they cannot come
	 * straight back under it.
	 * @return the removed player's nickname
	 */
	public String remove(String code, long playerId) {
		HotSession s = session(code);
		long stamp = s.lock.writeLock();
		String nickname;
		try {
			nickname = this.tx.execute((status) -> {
				LivePlayer player = this.players.findById(playerId)
					.filter((p) -> p.getSessionId() == s.id && !p.isRemoved())
					.orElseThrow(() -> new LiveSessionException(Error.BAD_TOKEN));
				player.remove(this.clock.instant());
				this.players.save(player);
				this.changes.publish(s.code, LiveChanges.Kind.PLAYERS, s.version);
				return player.getNickname();
			});
			s.byToken.values().removeIf((p) -> p.id == playerId);
			Integer option = s.currentAnswers.remove(playerId);
			if (option != null) {
				s.currentCounts.decrementAndGet(option);
			}
		}
		finally {
			s.lock.unlockWrite(stamp);
		}
		// a phase change, so that the removed player's phone hears at once that its token
		// is gone
		changed(s.code, true);
		return nickname;
	}

	/** The players of a session as the teacher manages them: id and nickname, by name. */
	public List<PlayerEntry> roster(String code) {
		return session(code).byToken.values()
			.stream()
			.map((p) -> new PlayerEntry(p.id, p.nickname))
			.sorted(java.util.Comparator.comparing(PlayerEntry::nickname, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	public record PlayerEntry(long id, String nickname) {
	}

	/** The nickname behind a token, to greet a player who comes back. */
	public String nickname(String code, String token) {
		return player(session(code), token).nickname;
	}

	public Snapshot start(String code) {
		return change(code, (s, entity, now) -> {
			if (s.state != LiveState.LOBBY) {
				throw new LiveSessionException((s.state == LiveState.FINISHED) ? Error.FINISHED : Error.WRONG_STATE);
			}
			entity.open(0, now);
		});
	}

	public Snapshot reveal(String code) {
		return change(code, (s, entity, now) -> {
			if (s.state == LiveState.FINISHED) {
				throw new LiveSessionException(Error.FINISHED);
			}
			if (s.state != LiveState.QUESTION && s.state != LiveState.CLOSED) {
				throw new LiveSessionException(Error.WRONG_STATE);
			}
			entity.reveal();
		});
	}

	/**
	 * Opens the next question (revealing is optional); after the last question the
	 * session finishes.
	 */
	public Snapshot next(String code) {
		return change(code, (s, entity, now) -> {
			if (s.state == LiveState.FINISHED) {
				throw new LiveSessionException(Error.FINISHED);
			}
			if (s.state == LiveState.LOBBY) {
				throw new LiveSessionException(Error.NOT_STARTED);
			}
			if (s.index + 1 < s.questions.size()) {
				entity.open(s.index + 1, now);
			}
			else {
				entity.finish(now);
			}
		});
	}

	public Snapshot finish(String code) {
		return change(code, (s, entity, now) -> {
			if (s.state == LiveState.FINISHED) {
				throw new LiveSessionException(Error.FINISHED);
			}
			entity.finish(now);
		});
	}

	private interface Change {

		void apply(HotSession s, LiveSession entity, Instant now);

	}

	private Snapshot change(String code, Change change) {
		HotSession s = session(code);
		long stamp = s.lock.writeLock();
		try {
			LiveSession saved;
			try {
				saved = this.tx.execute((status) -> {
					LiveSession entity = this.sessions.findById(s.id).orElseThrow();
					if (this.changes.shared() && entity.getVersion() != s.version) {
						// Another instance changed the session and its notice has not
						// arrived yet.
						fill(s, entity);
					}
					change.apply(s, entity, this.clock.instant());
					LiveSession stored = this.sessions.saveAndFlush(entity);
					this.changes.publish(s.code, LiveChanges.Kind.STATE, stored.getVersion());
					return stored;
				});
			}
			catch (org.springframework.dao.OptimisticLockingFailureException ex) {
				// An instructor's click on another instance won the race for the same
				// row.
				throw new LiveSessionException(Error.WRONG_STATE);
			}
			boolean opened = saved.getCurrentIndex() != s.index;
			s.state = saved.getState();
			s.index = saved.getCurrentIndex();
			s.openedAt = saved.getQuestionOpenedAt();
			s.closesAt = saved.getClosesAt();
			s.version = saved.getVersion();
			if (opened) {
				s.resetCurrent();
			}
			else if (this.changes.shared()) {
				// The update waited for every answer batch holding the row, on any
				// instance: count them all.
				refreshAnswers(s);
			}
		}
		finally {
			s.lock.unlockWrite(stamp);
		}
		changed(s.code, true);
		return snapshot(s);
	}

	/**
	 * Closes every open question whose time ran out, whichever instance opened it: the
	 * deadline is in the session's row, and the update changes the row only while the
	 * question is still open there. The projector and the phones hear of it with the next
	 * push.
	 * @return how many questions this call closed
	 */
	public int closeDue() {
		Instant before = this.clock.instant().minus(GRACE);
		int closed = 0;
		for (LiveSession due : this.sessions.findDue(before)) {
			if (close(due, before)) {
				closed++;
			}
		}
		return closed;
	}

	private boolean close(LiveSession due, Instant before) {
		LiveState to = due.isAutoReveal() ? LiveState.REVEALED : LiveState.CLOSED;
		HotSession s = this.hot.get(due.getCode());
		// The write lock waits for answers in flight, so a reveal counts every
		// acknowledged answer.
		long stamp = (s != null) ? s.lock.writeLock() : 0;
		boolean changed;
		try {
			changed = Boolean.TRUE.equals(this.tx.execute((status) -> {
				if (this.sessions.closeIfDue(due.getId(), due.getCurrentIndex(), to, before) != 1) {
					return false;
				}
				// the update moved the row's version on by one; other instances follow
				// the notice
				this.changes.publish(due.getCode(), LiveChanges.Kind.STATE, due.getVersion() + 1);
				return true;
			}));
			if (changed && s != null && s.index == due.getCurrentIndex() && s.state == LiveState.QUESTION) {
				s.state = to;
			}
		}
		finally {
			if (s != null) {
				s.lock.unlockWrite(stamp);
			}
		}
		if (changed) {
			changed(due.getCode(), true);
		}
		return changed;
	}

	private void changed(String code, boolean phase) {
		this.events.publishEvent(new LiveSessionChanged(code, phase));
	}

	/** The open question for a player, without its key. */
	public PlayerQuestion question(String code, String token) {
		try {
			return questionOf(code, token);
		}
		catch (LiveSessionException ex) {
			if (caughtUp(code, ex)) {
				return questionOf(code, token);
			}
			throw ex;
		}
	}

	/**
	 * With other instances on the database, a refusal that depends on the session's state
	 * is checked against the row first: the instructor may have started or moved on
	 * through another instance a moment ago, before its notice arrived. Only refusals pay
	 * this query, never the hot path.
	 * @return whether the copy was behind and has been re-read (the caller tries once
	 * more)
	 */
	private boolean caughtUp(String code, LiveSessionException refusal) {
		if (!this.changes.shared() || !(refusal.error() == Error.NOT_STARTED || refusal.error() == Error.NOT_CURRENT
				|| refusal.error() == Error.FINISHED)) {
			return false;
		}
		HotSession s = session(code);
		long version = this.sessions.findVersionById(s.id).orElse(s.version);
		if (version == s.version) {
			return false;
		}
		refill(s);
		return true;
	}

	private PlayerQuestion questionOf(String code, String token) {
		HotSession s = session(code);
		player(s, token);
		LiveState state = s.state;
		if (state == LiveState.FINISHED) {
			throw new LiveSessionException(Error.FINISHED);
		}
		if (state == LiveState.LOBBY) {
			throw new LiveSessionException(Error.NOT_STARTED);
		}
		return PlayerQuestion.of(s.index, s.currentQuestionId(), s.currentQuestion(), millisLeft(s));
	}

	/**
	 * Records an answer. A refused answer throws at once; an accepted one is queued for
	 * the next group commit, and the returned future completes only after that commit
	 * (exceptionally with a {@link LiveSessionException} if the database refuses it). No
	 * request thread waits for the disk.
	 */
	public CompletableFuture<Void> answer(String code, String token, Long questionId, String optionId) {
		CompletableFuture<Void> written;
		try {
			try {
				written = submitAnswer(code, token, questionId, optionId);
			}
			catch (LiveSessionException ex) {
				if (!caughtUp(code, ex)) {
					throw ex;
				}
				written = submitAnswer(code, token, questionId, optionId);
			}
		}
		catch (LiveSessionException ex) {
			this.metrics.refused(ex.error());
			throw ex;
		}
		return written.whenComplete((ok, failure) -> {
			if (failure == null) {
				this.metrics.accepted();
			}
			else if (failure.getCause() instanceof LiveSessionException refused) {
				this.metrics.refused(refused.error());
			}
			else if (failure instanceof LiveSessionException refused) {
				this.metrics.refused(refused.error());
			}
		});
	}

	private CompletableFuture<Void> submitAnswer(String code, String token, Long questionId, String optionId) {
		HotSession s = session(code);
		HotSession.Player player = player(s, token);
		long stamp = s.lock.readLock();
		Map<Long, Integer> answered;
		int index;
		boolean correct;
		int earned;
		Long questionOfAnswer;
		CompletableFuture<Void> written;
		try {
			LiveState state = s.state;
			if (state == LiveState.FINISHED) {
				throw new LiveSessionException(Error.FINISHED);
			}
			if (state == LiveState.LOBBY) {
				throw new LiveSessionException(Error.NOT_STARTED);
			}
			Long current = s.currentQuestionId();
			boolean thisQuestion = questionId != null && questionId.equals(current);
			Instant now = this.clock.instant();
			Instant deadline = s.deadline();
			boolean late = deadline != null && now.isAfter(deadline.plus(GRACE));
			// The question on the phone ran out of time (closed, revealed at 0 s, or not
			// yet closed by the
			// scheduler): say so, rather than that some other question is open.
			if (thisQuestion && (state == LiveState.CLOSED || late)) {
				throw new LiveSessionException(Error.TIME_UP);
			}
			if (state != LiveState.QUESTION || !thisQuestion) {
				throw new LiveSessionException(Error.NOT_CURRENT);
			}
			Question question = s.currentQuestion();
			index = question.indexOf(optionId);
			if (index < 0) {
				throw new LiveSessionException(Error.BAD_OPTION);
			}
			answered = s.currentAnswers;
			if (answered.putIfAbsent(player.id, index) != null) {
				throw new LiveSessionException(Error.ALREADY_ANSWERED);
			}
			correct = index == question.answerIndex();
			long elapsed = (s.openedAt != null) ? Math.max(0, Duration.between(s.openedAt, now).toMillis()) : 0;
			earned = Points.of(correct, s.speedPoints, elapsed, s.secondsPerQuestion);
			questionOfAnswer = current;
			written = this.writer.submit(s, current, player.id, index, correct, now, elapsed);
		}
		catch (RuntimeException ex) {
			s.lock.unlockRead(stamp);
			throw ex;
		}
		return written.handle((ok, failure) -> {
			try {
				if (failure == null) {
					s.currentCounts.incrementAndGet(index);
					player.answered.incrementAndGet();
					player.lastPoints = earned;
					player.lastQuestionId = questionOfAnswer;
					player.points.addAndGet(earned);
					if (correct) {
						player.correct.incrementAndGet();
					}
					return null;
				}
				Throwable cause = (failure instanceof CompletionException && failure.getCause() != null)
						? failure.getCause() : failure;
				if (cause instanceof DataIntegrityViolationException) {
					throw new LiveSessionException(Error.ALREADY_ANSWERED);
				}
				answered.remove(player.id);
				throw (cause instanceof RuntimeException runtime) ? runtime : new CompletionException(cause);
			}
			finally {
				s.lock.unlockRead(stamp);
				changed(s.code, false);
			}
		});
	}

	/**
	 * What a phone polls or is pushed: the session's state and, with a token, the
	 * player's own standing.
	 */
	public PlayerState state(String code, String token) {
		HotSession s = session(code);
		return state(s, (token != null && !token.isBlank()) ? player(s, token) : null);
	}

	private PlayerState state(HotSession s, HotSession.Player player) {
		LiveState state = s.state;
		Question question = s.currentQuestion();
		boolean shown = question != null && state != LiveState.LOBBY;
		Integer yours = (player != null && shown) ? s.currentAnswers.get(player.id) : null;
		boolean revealed = state == LiveState.REVEALED && question != null;
		boolean over = revealed || state == LiveState.FINISHED;
		Integer score = null;
		Integer points = null;
		Integer gained = null;
		Integer rank = null;
		if (player != null) {
			// While a question is open or closed but not revealed, its answer must not
			// show in the totals.
			boolean held = !over && shown && java.util.Objects.equals(player.lastQuestionId, s.currentQuestionId());
			score = player.correct.get();
			if (held && yours != null && yours == question.answerIndex()) {
				score--;
			}
			points = player.points.get() - (held ? player.lastPoints : 0);
			if (revealed) {
				gained = java.util.Objects.equals(player.lastQuestionId, s.currentQuestionId()) ? player.lastPoints : 0;
			}
			if (over) {
				rank = rank(s, player.points.get());
			}
		}
		String explanation = null;
		if (revealed && player != null) {
			String feedback = (yours != null) ? question.options().get(yours).feedback() : null;
			explanation = (feedback != null && !feedback.isBlank()) ? feedback : question.explanation();
		}
		return new PlayerState(s.code, state, shown ? s.index : null, s.questions.size(),
				shown ? s.currentQuestionId() : null, secondsLeft(s), s.byToken.size(), answerCount(s),
				(player != null) ? player.nickname : null, (player != null) ? yours != null : null,
				(yours != null) ? Question.letter(yours) : null,
				revealed ? Question.letter(question.answerIndex()) : null,
				(revealed && yours != null) ? yours == question.answerIndex() : null, score, millisLeft(s),
				revealed ? question.answer().text() : null, explanation, points, gained, rank,
				(rank != null) ? s.byToken.size() : null, s.speedPoints);
	}

	/**
	 * 1 plus the number of players with more points: players with equal points share a
	 * rank.
	 */
	private static int rank(HotSession s, int points) {
		int above = 0;
		for (HotSession.Player p : s.byToken.values()) {
			if (p.points.get() > points) {
				above++;
			}
		}
		return above + 1;
	}

	/** What the projector shows, pushed on every change. */
	public Snapshot snapshot(String code) {
		return snapshot(session(code));
	}

	private Snapshot snapshot(HotSession s) {
		LiveState state = s.state;
		Question question = s.currentQuestion();
		// Counts travel only with the reveal: a class that sees the majority before it
		// answers copies it.
		List<Integer> counts = new ArrayList<>();
		if (question != null && state == LiveState.REVEALED) {
			for (int i = 0; i < question.options().size(); i++) {
				counts.add(s.currentCounts.get(i));
			}
		}
		List<String> nicknames = s.byToken.values()
			.stream()
			.map((p) -> p.nickname)
			.sorted(String.CASE_INSENSITIVE_ORDER)
			.limit(300)
			.toList();
		return new Snapshot(s.code, state, (state == LiveState.LOBBY) ? null : s.index, s.questions.size(),
				(state == LiveState.LOBBY) ? null : s.currentQuestionId(), s.byToken.size(), answerCount(s), counts,
				secondsLeft(s), s.secondsPerQuestion,
				(state == LiveState.REVEALED && question != null) ? Question.letter(question.answerIndex()) : null,
				nicknames, leaders(s, state), millisLeft(s), s.autoReveal, s.speedPoints);
	}

	/**
	 * The five best players, once the scores of the question on screen are public (after
	 * its reveal and at the end); empty while a question is open, because a player's
	 * total already counts an answer that is not yet revealed.
	 */
	private static List<Leader> leaders(HotSession s, LiveState state) {
		if (state != LiveState.REVEALED && state != LiveState.FINISHED) {
			return List.of();
		}
		return s.byToken.values()
			.stream()
			.map((p) -> new Leader(p.nickname, p.correct.get(), p.points.get()))
			.sorted(java.util.Comparator.comparingInt(Leader::points)
				.reversed()
				.thenComparing(java.util.Comparator.comparingInt(Leader::score).reversed())
				.thenComparing(Leader::nickname, String.CASE_INSENSITIVE_ORDER))
			.limit(5)
			.toList();
	}

	/** The instructor's view: the snapshot plus the current question with its key. */
	public Console console(String code) {
		HotSession s = session(code);
		LiveSession entity = this.sessions.findById(s.id).orElseThrow();
		return new Console(snapshot(s), (s.state == LiveState.LOBBY) ? null : s.currentQuestion(), entity.getLang(),
				Difficulty.valueOf(entity.getDifficulty()), entity.getCreatedAt());
	}

	public List<LiveSession> recent(String instructor) {
		return this.sessions.findTop50ByCreatedByOrderByCreatedAtDesc(instructor);
	}

	private static int answerCount(HotSession s) {
		return s.currentAnswers.size();
	}

	/**
	 * Milliseconds until the open question closes, so that a countdown ends when the
	 * server closes it.
	 */
	private Long millisLeft(HotSession s) {
		Instant deadline = s.deadline();
		if (deadline == null || s.state != LiveState.QUESTION) {
			return null;
		}
		return Math.max(0, Duration.between(this.clock.instant(), deadline).toMillis());
	}

	private Integer secondsLeft(HotSession s) {
		Instant deadline = s.deadline();
		if (deadline == null || s.state != LiveState.QUESTION) {
			return null;
		}
		return (int) Math.max(0, Duration.between(this.clock.instant(), deadline).toSeconds());
	}

	private HotSession.Player player(HotSession s, String token) {
		if (token == null || token.isBlank()) {
			throw new LiveSessionException(Error.NO_TOKEN);
		}
		HotSession.Player player = s.byToken.get(token.strip());
		if (player == null && this.changes.shared()) {
			// Joined through another instance a moment ago: its notice may still be on
			// the way.
			player = this.players.findByToken(token.strip())
				.filter((p) -> p.getSessionId() == s.id && !p.isRemoved())
				.map((p) -> {
					s.nicknameKeys.put(Nicknames.key(p.getNickname()), Boolean.TRUE);
					return s.byToken.computeIfAbsent(p.getToken(),
							(t) -> new HotSession.Player(p.getId(), p.getNickname()));
				})
				.orElse(null);
		}
		if (player == null) {
			throw new LiveSessionException(Error.BAD_TOKEN);
		}
		return player;
	}

	/** The hot copy of a session, loaded from the database on first use. */
	HotSession session(String code) {
		String normalized = (code != null) ? code.strip().toUpperCase(Locale.ROOT) : "";
		if (!CODE.matcher(normalized).matches()) {
			throw new LiveSessionException(Error.UNKNOWN_CODE);
		}
		HotSession s = this.hot.get(normalized);
		if (s == null) {
			s = this.hot.computeIfAbsent(normalized, this::load);
		}
		if (s == null) {
			throw new LiveSessionException(Error.UNKNOWN_CODE);
		}
		return s;
	}

	private HotSession load(String code) {
		return this.tx.execute((status) -> {
			LiveSession entity = this.sessions.findByCode(code).orElse(null);
			if (entity == null) {
				return null;
			}
			List<LiveQuestion> stored = this.questions.findBySessionIdOrderByPos(entity.getId());
			HotSession s = new HotSession(entity.getId(), entity.getCode(), entity.getSecondsPerQuestion(),
					entity.isAutoReveal(), entity.isSpeedPoints(), stored.stream().map(LiveQuestion::getId).toList(),
					stored.stream().map((q) -> QuestionCodec.read(q.getBody())).toList());
			fill(s, entity);
			return s;
		});
	}

	/**
	 * Makes the copy match the database: state, players, every player's totals and the
	 * open question's answers. Runs in a transaction, on a new copy or under the copy's
	 * write lock (so that no answer of this instance is between its checks and its
	 * commit).
	 */
	private void fill(HotSession s, LiveSession entity) {
		s.state = entity.getState();
		s.index = entity.getCurrentIndex();
		s.openedAt = entity.getQuestionOpenedAt();
		s.closesAt = entity.getClosesAt();
		s.version = entity.getVersion();
		Map<Long, HotSession.Player> byId = new HashMap<>();
		for (LivePlayer p : this.players.findBySessionIdOrderByJoinedAt(entity.getId())) {
			// Recomputed rather than read, so that names stored before look-alike keys
			// clash too.
			s.nicknameKeys.put(Nicknames.key(p.getNickname()), Boolean.TRUE);
			if (p.isRemoved()) {
				s.byToken.remove(p.getToken());
				continue;
			}
			byId.put(p.getId(),
					s.byToken.computeIfAbsent(p.getToken(), (t) -> new HotSession.Player(p.getId(), p.getNickname())));
		}
		Map<Long, int[]> totals = new HashMap<>();
		Map<Long, Integer> current = new ConcurrentHashMap<>();
		java.util.concurrent.atomic.AtomicIntegerArray counts = new java.util.concurrent.atomic.AtomicIntegerArray(5);
		Long currentId = s.currentQuestionId();
		for (LiveAnswer a : this.answers.findBySessionId(entity.getId())) {
			if (!byId.containsKey(a.getPlayerId())) {
				continue;
			}
			int[] t = totals.computeIfAbsent(a.getPlayerId(), (id) -> new int[3]);
			int earned = Points.of(a.isCorrect(), s.speedPoints, a.getElapsedMs(), s.secondsPerQuestion);
			t[0]++;
			if (a.isCorrect()) {
				t[1]++;
			}
			t[2] += earned;
			if (a.getQuestionId().equals(currentId)) {
				current.put(a.getPlayerId(), a.getOptionIndex());
				counts.incrementAndGet(a.getOptionIndex());
				HotSession.Player player = byId.get(a.getPlayerId());
				player.lastQuestionId = currentId;
				player.lastPoints = earned;
			}
		}
		byId.forEach((id, player) -> {
			int[] t = totals.getOrDefault(id, new int[3]);
			player.answered.set(t[0]);
			player.correct.set(t[1]);
			player.points.set(t[2]);
		});
		s.currentAnswers = current;
		s.currentCounts = counts;
	}

	/**
	 * Adds the open question's answers that other instances stored. Needs no lock: an
	 * answer of this instance is in {@code currentAnswers} before its insert, so it is
	 * never counted twice.
	 */
	private void refreshAnswers(HotSession s) {
		Long questionId = s.currentQuestionId();
		if (questionId == null) {
			return;
		}
		Map<Long, Integer> current = s.currentAnswers;
		java.util.concurrent.atomic.AtomicIntegerArray counts = s.currentCounts;
		Map<Long, HotSession.Player> byId = new HashMap<>();
		s.byToken.values().forEach((p) -> byId.put(p.id, p));
		for (LiveAnswer a : this.answers.findByQuestionId(questionId)) {
			HotSession.Player player = byId.get(a.getPlayerId());
			if (player == null || current.putIfAbsent(a.getPlayerId(), a.getOptionIndex()) != null) {
				continue;
			}
			counts.incrementAndGet(a.getOptionIndex());
			player.answered.incrementAndGet();
			if (a.isCorrect()) {
				player.correct.incrementAndGet();
			}
			int earned = Points.of(a.isCorrect(), s.speedPoints, a.getElapsedMs(), s.secondsPerQuestion);
			player.points.addAndGet(earned);
			player.lastQuestionId = questionId;
			player.lastPoints = earned;
		}
	}

	/** Adds players who joined through other instances and drops those removed there. */
	private void refreshPlayers(HotSession s) {
		for (LivePlayer p : this.players.findBySessionIdOrderByJoinedAt(s.id)) {
			s.nicknameKeys.put(Nicknames.key(p.getNickname()), Boolean.TRUE);
			if (p.isRemoved()) {
				s.byToken.remove(p.getToken());
			}
			else {
				s.byToken.computeIfAbsent(p.getToken(), (t) -> new HotSession.Player(p.getId(), p.getNickname()));
			}
		}
	}

	/**
	 * Follows a change another instance committed (see {@link LiveNotifications}). A
	 * session this instance has not loaded is loaded fresh on first use; a state change,
	 * or a version this copy has not seen (a notice was missed), re-reads the whole
	 * session.
	 */
	void follow(String code, LiveChanges.Kind kind, long version) {
		HotSession s = this.hot.get(code);
		if (s == null) {
			return;
		}
		if (kind == LiveChanges.Kind.STATE || version > s.version) {
			refill(s);
		}
		else if (kind == LiveChanges.Kind.PLAYERS) {
			refreshPlayers(s);
		}
		else {
			refreshAnswers(s);
		}
		changed(s.code, kind == LiveChanges.Kind.STATE);
	}

	/**
	 * After the notification channel was down: every loaded session may have missed
	 * changes.
	 */
	void followAll() {
		for (HotSession s : this.hot.values()) {
			refill(s);
			changed(s.code, true);
		}
	}

	private void refill(HotSession s) {
		long stamp = s.lock.writeLock();
		try {
			this.tx.executeWithoutResult((status) -> this.sessions.findById(s.id).ifPresentOrElse((e) -> {
				if (e.getQuestionCount() != s.questions.size()) {
					// an instructor added questions on another instance: load the session
					// anew on next use
					this.hot.remove(s.code, s);
				}
				else {
					fill(s, e);
				}
			}, () -> this.hot.remove(s.code, s)));
		}
		finally {
			s.lock.unlockWrite(stamp);
		}
	}

	/** Forgets one session's hot copy (the warm-up's, before it is deleted). */
	void forget(String code) {
		this.hot.remove(code);
	}

	/**
	 * Forgets the hot copies, as a restart would; the next request reloads them from the
	 * database.
	 */
	public void evictAll() {
		this.hot.clear();
	}

	/**
	 * The open question as a player sees it: never the key. {@code millisLeft} is the
	 * time until it closes, null without a time limit or once it is closed.
	 */
	public record PlayerQuestion(int index, Long questionId, String stem, List<PlayerOption> options, String lang,
			Long millisLeft) {

		static PlayerQuestion of(int index, Long questionId, Question q, Long millisLeft) {
			List<PlayerOption> options = new ArrayList<>();
			for (int i = 0; i < q.options().size(); i++) {
				options.add(new PlayerOption(Question.letter(i), q.options().get(i).text()));
			}
			return new PlayerQuestion(index, questionId, q.stem(), options, q.lang(), millisLeft);
		}

	}

	public record PlayerOption(String id, String text) {
	}

	/**
	 * A phone's view of the session. Fields about the player are null without a token.
	 * After a reveal it carries the key's text, the engine's explanation for the option
	 * the player chose (or for the key, when they did not answer), the points this
	 * question earned and the player's rank; at the end the rank too. {@code score}
	 * counts right answers, {@code points} what they earned.
	 */
	public record PlayerState(String code, LiveState state, Integer index, int questionCount, Long questionId,
			Integer secondsLeft, int playerCount, int answerCount, String nickname, Boolean answered,
			String yourOptionId, String correctOptionId, Boolean correct, Integer score, Long millisLeft,
			String correctOptionText, String explanation, Integer points, Integer gained, Integer rank, Integer rankOf,
			boolean speedPoints) {
	}

	/**
	 * The projector's view of the session. {@code optionCounts} is empty until the
	 * question is revealed; {@code leaders} (the top five) is filled after a reveal and
	 * at the end.
	 */
	public record Snapshot(String code, LiveState state, Integer index, int questionCount, Long questionId,
			int playerCount, int answerCount, List<Integer> optionCounts, Integer secondsLeft,
			Integer secondsPerQuestion, String correctOptionId, List<String> nicknames, List<Leader> leaders,
			Long millisLeft, boolean autoReveal, boolean speedPoints) {
	}

	/** A player on the leaderboard: nickname, right answers and points so far. */
	public record Leader(String nickname, int score, int points) {
	}

	/** The instructor's console: the snapshot and the current question with its key. */
	public record Console(Snapshot snapshot, Question question, String lang, Difficulty difficulty, Instant createdAt) {

		public String letter(int index) {
			return Question.letter(index);
		}

	}

}
