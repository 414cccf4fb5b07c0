package org.virtclass.lab;

import java.time.Instant;

/**
 * A class demo as its pages see it.
 *
 * @param code what the viewer link ends with
 * @param active whether one of its runs is still starting or running
 * @param endsAt when the hard limit stops it
 * @param viewers screens watching now, the instructor's not counted
 */
public record ClassDemoView(String code, boolean active, String instructor, String vmRunId, RunState vmState,
		String containerRunId, RunState containerState, Instant startedAt, Instant endsAt, int viewers) {
}
