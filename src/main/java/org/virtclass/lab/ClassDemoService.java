package org.virtclass.lab;

import java.util.Optional;

/**
 * The class demo: an instructor runs one VM and one container side by side while any
 * number of students watch both consoles live and read-only from a link. There is one
 * demo at a time on the server. Its runs sit beside the lab's caps (see
 * {@link ClassDemoProperties}); each console is read once and fanned out to every viewer,
 * and a viewer that falls behind is dropped, never waited for.
 */
public interface ClassDemoService {

	/**
	 * Starts the demo, or returns the one already running.
	 * @throws org.virtclass.system.ApiProblem 503 when this host cannot run a VM or a
	 * container now
	 */
	ClassDemoView start(String instructor);

	/** The demo while it runs. */
	Optional<ClassDemoView> current();

	/** The demo with this code, running or ended (until the next one starts). */
	Optional<ClassDemoView> find(String code);

	/** Stops both runs of the demo. Empty when there is no demo with this code. */
	Optional<ClassDemoView> stop(String code);

	/**
	 * Connects a screen to the demo: the listener first gets what each console has kept,
	 * then everything new. A controlling screen (the instructor's) may type and is told
	 * the viewer count; every other screen is a viewer and only watches. Empty when there
	 * is no demo with this code.
	 * @throws org.virtclass.system.ApiProblem 429 when the demo has its maximum of
	 * viewers
	 */
	Optional<Watch> watch(String code, Listener listener, boolean controls);

	/**
	 * Receives the demo's consoles. Called from the runs' reader threads; must not block.
	 */
	interface Listener {

		void output(RunKind console, byte[] bytes);

		/** That console's run has ended. */
		void closed(RunKind console, RunState state);

		/** The number of viewers changed; only controlling screens are told. */
		void viewers(int count);

	}

	/** A screen attached to the demo. */
	interface Watch {

		/**
		 * Keys for one console, or for both when {@code console} is null. Never blocks.
		 * {@link LabService.Input#READ_ONLY} for a viewer: nothing it sends reaches a
		 * guest.
		 */
		LabService.Input input(RunKind console, byte[] keys);

		boolean controls();

		void detach();

	}

}
