package org.virtclass.lab.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock that moves only when the test moves it: the wall clock the supervisor stamps
 * runs with, and the monotonic nanoseconds its limits are measured in, advanced together.
 */
final class ManualTime extends Clock {

	private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");

	private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

	private final long startNanos = this.nanos.get();

	void advance(Duration by) {
		this.nanos.addAndGet(by.toNanos());
	}

	long nanoTime() {
		return this.nanos.get();
	}

	@Override
	public Instant instant() {
		return START.plusNanos(this.nanos.get() - this.startNanos);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("one zone is enough here");
	}

}
