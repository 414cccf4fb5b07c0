package org.virtclass.accounts.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The failed-login counter of one name. Failures count inside a fixed window that opens with the
 * first one; reaching the limit locks the name for a while and starts counting afresh.
 */
@Embeddable
class LoginFailures {

	@Column(name = "failed_logins", nullable = false)
	private int count;

	@Column(name = "first_failed_login_at")
	private Instant firstAt;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	boolean isLockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	/** @return whether this failure locked the name */
	boolean record(Instant now, LoginLimits limits) {
		if (isLockedAt(now)) {
			return false;
		}
		if (this.firstAt == null || !now.isBefore(this.firstAt.plus(limits.window()))) {
			this.firstAt = now;
			this.count = 0;
		}
		this.count++;
		if (this.count >= limits.maxFailures()) {
			this.lockedUntil = now.plus(limits.lockDuration());
			this.count = 0;
			this.firstAt = null;
			return true;
		}
		return false;
	}

	/** Nothing left to remember: not locked, and no failure still inside its window. */
	boolean isForgettable(Instant now, LoginLimits limits) {
		return !isLockedAt(now) && (this.firstAt == null || !now.isBefore(this.firstAt.plus(limits.window())));
	}

	void clear() {
		this.count = 0;
		this.firstAt = null;
		this.lockedUntil = null;
	}

	int count() {
		return this.count;
	}

	Instant lockedUntil() {
		return this.lockedUntil;
	}

}
