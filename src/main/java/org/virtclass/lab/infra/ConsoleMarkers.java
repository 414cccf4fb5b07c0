package org.virtclass.lab.infra;

/**
 * The lines the guests' fact script prints, shared by the launcher, the probe and the
 * parser.
 */
public final class ConsoleMarkers {

	public static final String READY = "@@VIRTCLASS-READY";

	public static final String FACTS = "@@VIRTCLASS-FACTS";

	private ConsoleMarkers() {
	}

}
