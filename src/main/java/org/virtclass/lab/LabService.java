package org.virtclass.lab;

import java.util.Optional;

/**
 * The lab's facade: start, watch, type into and stop runs. A client is one browser (a cookie) or,
 * without one, one address; the caps count per client.
 */
public interface LabService {

	LabCapabilities capabilities();

	/**
	 * Starts a run, or queues it when the global cap for its kind is reached.
	 * @throws org.virtclass.system.ApiProblem 503 when this kind cannot run on this host, 429 when the
	 * client holds too many runs or the queue is full
	 */
	LabRunView start(RunKind kind, String clientId);

	/** Starts a VM and a container at the same moment, for the side-by-side view. */
	LabComparison compare(String clientId);

	Optional<LabRunView> find(String runId);

	/**
	 * Completes with the run's view as soon as it is ready (RUNNING) or has ended, or with its view
	 * as it stands once {@code wait} has passed; so a client learns of readiness at once, without
	 * polling. Empty when there is no such run.
	 */
	Optional<java.util.concurrent.CompletableFuture<LabRunView>> whenSettled(String runId, java.time.Duration wait);

	/** Stops a run and kills its processes; a run that already ended is returned unchanged. */
	Optional<LabRunView> stop(String runId);

	/**
	 * Connects a terminal to a run's console: the listener first gets what the console has kept, then
	 * everything new. Empty when there is no such run.
	 */
	Optional<ConsoleSession> attach(String runId, ConsoleListener listener);

	/** The two runs {@link #compare} started. */
	record LabComparison(Started vm, Started container) {

		public record Started(String runId) {
		}

	}

	/** Receives a run's console output. Called from the run's reader thread; must not block. */
	interface ConsoleListener {

		void output(byte[] bytes);

		/** The run has ended. */
		void closed(RunState state);

	}

	/** A terminal attached to a run. */
	interface ConsoleSession {

		/** Keystrokes for the guest; ignored unless the run is RUNNING. */
		void input(byte[] keys);

		void detach();

	}

}
