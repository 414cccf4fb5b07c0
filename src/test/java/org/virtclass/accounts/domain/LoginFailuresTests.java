package org.virtclass.accounts.domain;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginFailuresTests {

	static final LoginLimits LIMITS = new LoginLimits(5, Duration.ofMinutes(15), Duration.ofMinutes(15));

	static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");

	final LoginFailures failures = new LoginFailures();

	@Test
	void theFifthFailureInsideTheWindowLocks() {
		for (int i = 0; i < 4; i++) {
			assertThat(this.failures.record(T0.plusSeconds(i * 60), LIMITS)).isFalse();
		}
		assertThat(this.failures.record(T0.plusSeconds(600), LIMITS)).isTrue();
		assertThat(this.failures.isLockedAt(T0.plusSeconds(600))).isTrue();
		assertThat(this.failures.lockedUntil()).isEqualTo(T0.plusSeconds(600).plus(Duration.ofMinutes(15)));
	}

	@Test
	void theLockEndsExactlyWhenItsTimeIsUp() {
		lock();
		Instant until = this.failures.lockedUntil();
		assertThat(this.failures.isLockedAt(until.minusMillis(1))).isTrue();
		assertThat(this.failures.isLockedAt(until)).isFalse();
	}

	@Test
	void failuresWhileLockedDoNotExtendTheLock() {
		lock();
		Instant until = this.failures.lockedUntil();
		assertThat(this.failures.record(T0.plusSeconds(300), LIMITS)).isFalse();
		assertThat(this.failures.lockedUntil()).isEqualTo(until);
	}

	@Test
	void aFailureAfterTheWindowStartsCountingAgain() {
		for (int i = 0; i < 4; i++) {
			this.failures.record(T0, LIMITS);
		}
		assertThat(this.failures.record(T0.plus(Duration.ofMinutes(15)), LIMITS)).isFalse();
		assertThat(this.failures.count()).isEqualTo(1);
	}

	@Test
	void afterALockEndsTheCountStartsFromZero() {
		lock();
		Instant later = this.failures.lockedUntil().plusSeconds(1);
		for (int i = 0; i < 4; i++) {
			assertThat(this.failures.record(later, LIMITS)).isFalse();
		}
		assertThat(this.failures.record(later, LIMITS)).isTrue();
	}

	@Test
	void isForgettableOnceNeitherLockedNorCounting() {
		assertThat(this.failures.isForgettable(T0, LIMITS)).isTrue();
		this.failures.record(T0, LIMITS);
		assertThat(this.failures.isForgettable(T0.plusSeconds(60), LIMITS)).isFalse();
		assertThat(this.failures.isForgettable(T0.plus(Duration.ofMinutes(15)), LIMITS)).isTrue();
	}

	private void lock() {
		for (int i = 0; i < 5; i++) {
			this.failures.record(T0, LIMITS);
		}
	}

}
