package org.virtclass.quiz.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.virtclass.quiz.LiveSessionException;

/**
 * Writes answers durably with group commit. This is the hot path of a live session: a
 * whole class answers within a second, and with every commit written through to the file
 * (see {@link H2Durability}) one commit per answer would queue the class behind the disk.
 * So answers that arrive together are written by one thread in one transaction, and each
 * answer's future completes only after that transaction has committed: the 201 that
 * follows it promises a durable answer, exactly as with a commit of its own. No request
 * thread is parked meanwhile, so a burst of answers does not fill the server's thread
 * pool and leave the writer one runnable thread among hundreds. If a batch fails (for
 * example the unique key on question and player refuses a second answer), its answers are
 * retried one by one so that each caller gets its own outcome.
 */
@Component
class AnswerWriter {

	private static final Logger log = LoggerFactory.getLogger(AnswerWriter.class);

	private static final String INSERT = "INSERT INTO quiz_live_answer "
			+ "(session_id, question_id, player_id, option_index, correct, answered_at, elapsed_ms) "
			+ "VALUES (?, ?, ?, ?, ?, ?, ?)";

	/**
	 * With other instances on the same database, an answer is stored only while its
	 * question is open in the session row, which the insert locks for share: a reveal or
	 * next on another instance (an update of that row) waits for this batch to commit and
	 * then counts it, and an answer that comes after the update finds the question closed
	 * and stores nothing.
	 */
	private static final String INSERT_IF_OPEN = "INSERT INTO quiz_live_answer "
			+ "(session_id, question_id, player_id, option_index, correct, answered_at, elapsed_ms) "
			+ "SELECT s.id, q.id, ?, ?, ?, ?, ? FROM quiz_live_session s "
			+ "JOIN quiz_live_question q ON q.session_id = s.id AND q.pos = s.current_index "
			+ "WHERE s.id = ? AND q.id = ? AND s.state = 'QUESTION' FOR SHARE OF s";

	private static final int MAX_BATCH = 500;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();

	private final Thread writer;

	private volatile boolean running = true;

	private final LiveChanges changes;

	private final String insert;

	AnswerWriter(DataSource dataSource, LiveChanges changes) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.changes = changes;
		this.insert = changes.shared() ? INSERT_IF_OPEN : INSERT;
		// Plain JDBC transactions: a batch of inserts needs no JPA session around it.
		this.transactions = new TransactionTemplate(new JdbcTransactionManager(dataSource));
		this.writer = new Thread(this::writeLoop, "quiz-answer-writer");
		this.writer.setDaemon(true);
		this.writer.start();
	}

	/**
	 * Queues an answer for the next group commit. The returned future completes, on the
	 * writer's thread, once the transaction holding the answer has committed, or
	 * exceptionally if it could not be written.
	 */
	CompletableFuture<Void> submit(HotSession session, long questionId, long playerId, int optionIndex, boolean correct,
			Instant at, long elapsedMs) {
		Object[] args = this.changes.shared()
				? new Object[] { playerId, optionIndex, correct, at.atOffset(ZoneOffset.UTC), elapsedMs, session.id,
						questionId }
				: new Object[] { session.id, questionId, playerId, optionIndex, correct, at.atOffset(ZoneOffset.UTC),
						elapsedMs };
		Pending pending = new Pending(args, session.code, session.version, new CompletableFuture<>());
		if (!this.running) {
			pending.done().completeExceptionally(new IllegalStateException("The answer writer has stopped"));
			return pending.done();
		}
		this.queue.add(pending);
		return pending.done();
	}

	private void writeLoop() {
		List<Pending> batch = new ArrayList<>(MAX_BATCH);
		while (this.running || !this.queue.isEmpty()) {
			try {
				Pending first = this.queue.poll(200, java.util.concurrent.TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				this.queue.drainTo(batch, MAX_BATCH - 1);
				long started = System.nanoTime();
				write(batch);
				if (log.isDebugEnabled()) {
					log.debug("Committed {} answers in {} µs", batch.size(), (System.nanoTime() - started) / 1000);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				this.running = false;
			}
			catch (RuntimeException ex) {
				log.error("Unexpected failure in the answer writer", ex);
				batch.forEach((p) -> p.done().completeExceptionally(ex));
			}
			finally {
				batch.clear();
			}
		}
		Pending left;
		while ((left = this.queue.poll()) != null) {
			left.done().completeExceptionally(new IllegalStateException("The answer writer has stopped"));
		}
	}

	private void write(List<Pending> batch) {
		int[] stored;
		try {
			stored = this.transactions.execute((status) -> {
				int[] counts = this.jdbc.batchUpdate(this.insert, batch.stream().map(Pending::args).toList());
				announce(batch, counts);
				return counts;
			});
		}
		catch (RuntimeException batchFailed) {
			stored = new int[batch.size()];
			for (int i = 0; i < batch.size(); i++) {
				Pending p = batch.get(i);
				try {
					stored[i] = this.jdbc.update(this.insert, p.args());
					if (stored[i] > 0) {
						this.changes.publish(p.code(), LiveChanges.Kind.ANSWERS, p.version());
					}
				}
				catch (RuntimeException ex) {
					stored[i] = -1;
					p.done().completeExceptionally(ex);
				}
			}
		}
		for (int i = 0; i < batch.size(); i++) {
			Pending p = batch.get(i);
			if (stored[i] > 0 || stored[i] == java.sql.Statement.SUCCESS_NO_INFO) {
				p.done().complete(null);
			}
			else if (stored[i] == 0) {
				// Another instance closed the question between this instance's check and
				// the insert.
				p.done().completeExceptionally(new LiveSessionException(LiveSessionException.Error.NOT_CURRENT));
			}
		}
	}

	/** One notification per session in the batch, inside its transaction. */
	private void announce(List<Pending> batch, int[] counts) {
		if (!this.changes.shared()) {
			return;
		}
		java.util.Map<String, Long> sessions = new java.util.HashMap<>();
		for (int i = 0; i < batch.size(); i++) {
			if (counts[i] != 0) {
				sessions.merge(batch.get(i).code(), batch.get(i).version(), Math::max);
			}
		}
		sessions.forEach((code, version) -> this.changes.publish(code, LiveChanges.Kind.ANSWERS, version));
	}

	@PreDestroy
	void stop() throws InterruptedException {
		this.running = false;
		this.writer.join(5_000);
	}

	private record Pending(Object[] args, String code, long version, CompletableFuture<Void> done) {
	}

}
