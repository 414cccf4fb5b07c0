package org.virtclass.lab;

import java.util.Optional;

/**
 * The lab's facade: start, watch, type into and stop runs. A client is one browser (the
 * server's signed cookie); the caps count per client and per address. Anyone who knows a
 * run's id may watch it; only the client that started it may type into it or stop it.
 */
public interface LabService {

	LabCapabilities capabilities();

	/**
	 * The slots this host offers and how long recent runs took: what the queue's
	 * estimates come from.
	 */
	LabStatistics statistics();

	/**
	 * Starts a run, or queues it when the global cap for its kind is reached.
	 * @throws LabRefused when this kind cannot run on this host, or the client or its
	 * address holds too many runs, or the queue is full
	 */
	LabRunView start(RunKind kind, LabCaller caller);

	/** Starts a VM and a container at the same moment, for the side-by-side view. */
	LabComparison compare(LabCaller caller);

	Optional<LabRunView> find(String runId);

	/**
	 * Completes with the run's view as soon as it is ready (RUNNING) or has ended, or
	 * with its view as it stands once {@code wait} has passed; so a client learns of
	 * readiness at once, without polling. Empty when there is no such run.
	 */
	Optional<java.util.concurrent.CompletableFuture<LabRunView>> whenSettled(String runId, java.time.Duration wait);

	/**
	 * Stops a run and kills its processes; a run that already ended is returned
	 * unchanged.
	 * @throws LabRefused when the caller did not start the run
	 */
	Optional<LabRunView> stop(String runId, String clientId);

	/**
	 * Connects a terminal to a run's console: the listener first gets what the console
	 * has kept, then everything new. The run's owner gets the one interactive terminal (a
	 * newer one of the owner's takes it over); everyone else watches read-only. Empty
	 * when there is no such run.
	 */
	Optional<ConsoleSession> attach(String runId, String clientId, ConsoleListener listener);

	/** The two runs {@link #compare} started. */
	record LabComparison(Started vm, Started container) {

		public record Started(String runId) {
		}

	}

	/**
	 * Receives a run's console output. Called from the run's reader thread; must not
	 * block.
	 */
	interface ConsoleListener {

		void output(byte[] bytes);

		/** The run has ended. */
		void closed(RunState state);

	}

	/** A terminal attached to a run. */
	interface ConsoleSession {

		/**
		 * Keystrokes for the guest. Never blocks: they are queued for the run's writer
		 * thread, and refused while that queue is full because the guest reads nothing.
		 */
		Input input(byte[] keys);

		/**
		 * The terminal's size; the interactive terminal's is set in the guest, so that
		 * long lines wrap where the browser's terminal does. Out-of-range sizes are
		 * ignored.
		 */
		default void resize(int rows, int cols) {
		}

		/** Whether this terminal may type: it is the owner's newest. */
		boolean interactive();

		/**
		 * Whether the run's owner opened this terminal (typing in it or not), rather than
		 * someone who was given the run's link.
		 */
		default boolean byOwner() {
			return false;
		}

		void detach();

	}

	/** What became of typed keys. */
	enum Input {

		/** Queued for the guest. */
		ACCEPTED,
		/**
		 * Refused: the guest has not read what came before; the terminal should say input
		 * is paused.
		 */
		PAUSED,
		/** Refused: this terminal only watches. */
		READ_ONLY,
		/** Ignored: the run is not running (yet or any more). */
		NOT_RUNNING

	}

}
