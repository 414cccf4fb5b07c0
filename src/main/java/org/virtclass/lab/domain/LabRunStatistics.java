package org.virtclass.lab.domain;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.virtclass.lab.LabRunFinished;
import org.virtclass.lab.LabStatistics;
import org.virtclass.lab.RunKind;

/**
 * Durations of the most recent finished runs of each kind, from {@link LabRunFinished}:
 * how long they took to be ready and how long they held their slot. A queued run's wait
 * is estimated from them: each slot frees up after a mean hold time, so the p-th in line
 * waits about p mean holds shared by the slots.
 */
@Component
class LabRunStatistics {

	/** Enough runs for a stable mean, few enough that it follows today's class. */
	static final int WINDOW = 50;

	private final Map<RunKind, Deque<LabRunFinished>> recent = new EnumMap<>(RunKind.class);

	LabRunStatistics() {
		for (RunKind kind : RunKind.values()) {
			recent.put(kind, new ArrayDeque<>());
		}
	}

	@EventListener
	synchronized void finished(LabRunFinished run) {
		if (run.heldMillis() == null) {
			return; // left the queue without running: says nothing about how long runs
					// take
		}
		Deque<LabRunFinished> runs = recent.get(run.kind());
		runs.addLast(run);
		while (runs.size() > WINDOW) {
			runs.removeFirst();
		}
	}

	synchronized LabStatistics.KindStatistics of(RunKind kind) {
		Deque<LabRunFinished> runs = recent.get(kind);
		return new LabStatistics.KindStatistics(runs.size(),
				mean(runs.stream()
					.map(LabRunFinished::readyMillis)
					.filter(java.util.Objects::nonNull)
					.mapToLong(Long::longValue)),
				mean(runs.stream().mapToLong(LabRunFinished::heldMillis)));
	}

	/**
	 * The estimated wait of the {@code position}-th queued run, or null before any run
	 * has ended.
	 */
	Long estimatedWaitMillis(RunKind kind, int position, int slots) {
		Long held = of(kind).meanHeldMillis();
		return (held == null) ? null : Math.round((double) position * held / Math.max(1, slots));
	}

	private static Long mean(java.util.stream.LongStream values) {
		java.util.OptionalDouble mean = values.average();
		return mean.isPresent() ? Math.round(mean.getAsDouble()) : null;
	}

}
