package org.virtclass.accounts.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.virtclass.accounts.AccountsProperties;

/**
 * Spaces out password guesses instead of locking accounts. Three counters decide how long
 * a login attempt for a name from an address must wait, and the attempt is refused before
 * its password is checked while it must:
 * <ul>
 * <li>wrong passwords for this name from this address: the owner typing badly, or a
 * guesser;</li>
 * <li>wrong passwords from this address for any name: one script trying many names;</li>
 * <li>wrong passwords for this name from any address: guessing spread over many
 * addresses.</li>
 * </ul>
 * After a few free failures each counter doubles its wait with every further failure, up
 * to a ceiling. The last two counters do not apply to a name and address that signed in
 * successfully before, so a stranger can slow only their own guesses, never the owner at
 * their usual address. Names that belong to no account are counted the same way, so the
 * answers reveal nothing.
 * <p>
 * Kept in memory: a restart forgets the counters, which costs an attacker's budget
 * nothing worth having (the waits rebuild within minutes), and the login path writes
 * nothing to the database.
 */
@Component
public class LoginThrottle {

	/**
	 * Beyond this many entries in one map, forgotten entries are swept on the next
	 * failure.
	 */
	private static final int SWEEP_AT = 10_000;

	private final Clock clock;

	private final AccountsProperties limits;

	private final Map<String, Counter> pairs = new ConcurrentHashMap<>();

	private final Map<String, Counter> addresses = new ConcurrentHashMap<>();

	private final Map<String, Counter> names = new ConcurrentHashMap<>();

	private final Map<String, Instant> trusted = new ConcurrentHashMap<>();

	LoginThrottle(Clock clock, AccountsProperties limits) {
		this.clock = clock;
		this.limits = limits;
	}

	/** How long this attempt must still wait; zero when it may go ahead. */
	public Duration waitFor(String name, String address) {
		Instant now = this.clock.instant();
		String who = key(name);
		String pair = who + "\n" + address;
		Duration wait = wait(this.pairs.get(pair), this.limits.freeFailedLogins(), now);
		if (!isTrusted(pair, now)) {
			wait = max(wait, wait(this.addresses.get(address), this.limits.freeFailedLoginsPerAddress(), now));
			wait = max(wait, wait(this.names.get(who), this.limits.freeFailedLoginsPerAccount(), now));
		}
		return wait;
	}

	public void failed(String name, String address) {
		Instant now = this.clock.instant();
		String who = key(name);
		count(this.pairs, who + "\n" + address, now);
		count(this.addresses, address, now);
		count(this.names, who, now);
	}

	/**
	 * The owner got in: their own earlier mistakes are forgiven and this address is
	 * theirs.
	 */
	public void succeeded(String name, String address) {
		String pair = key(name) + "\n" + address;
		this.pairs.remove(pair);
		this.trusted.put(pair, this.clock.instant());
		if (this.trusted.size() > SWEEP_AT) {
			Instant horizon = this.clock.instant().minus(this.limits.forgetAfter());
			this.trusted.values().removeIf((at) -> at.isBefore(horizon));
		}
	}

	/** Wrong passwords for this name still remembered, from all addresses together. */
	public int recentFailures(String name) {
		Counter counter = this.names.get(key(name));
		return (counter != null && !counter.forgotten(this.clock.instant(), this.limits.forgetAfter()))
				? counter.failures : 0;
	}

	/** An instructor vouches for the owner: every wait on this name ends. */
	public void forget(String name) {
		String who = key(name);
		this.names.remove(who);
		this.pairs.keySet().removeIf((pair) -> pair.startsWith(who + "\n"));
	}

	private boolean isTrusted(String pair, Instant now) {
		Instant at = this.trusted.get(pair);
		return at != null && at.plus(this.limits.forgetAfter()).isAfter(now);
	}

	private Duration wait(Counter counter, int free, Instant now) {
		if (counter == null || counter.forgotten(now, this.limits.forgetAfter())) {
			return Duration.ZERO;
		}
		Duration delay;
		synchronized (counter) {
			if (counter.failures < free) {
				return Duration.ZERO;
			}
			delay = delay(counter.failures - free);
			Duration left = Duration.between(now, counter.last.plus(delay));
			return left.isNegative() ? Duration.ZERO : left;
		}
	}

	/** The wait after the n-th failure past the free ones (n = 0 is the first wait). */
	Duration delay(int n) {
		Duration max = this.limits.maxDelay();
		if (n >= 40) {
			return max;
		}
		Duration delay = this.limits.firstDelay().multipliedBy(1L << n);
		return (delay.compareTo(max) > 0) ? max : delay;
	}

	private void count(Map<String, Counter> counters, String key, Instant now) {
		if (counters.size() > SWEEP_AT) {
			counters.values().removeIf((c) -> c.forgotten(now, this.limits.forgetAfter()));
		}
		Counter counter = counters.computeIfAbsent(key, (k) -> new Counter());
		synchronized (counter) {
			if (counter.forgotten(now, this.limits.forgetAfter())) {
				counter.failures = 0;
			}
			counter.failures++;
			counter.last = now;
		}
	}

	private static Duration max(Duration a, Duration b) {
		return (a.compareTo(b) >= 0) ? a : b;
	}

	private static String key(String name) {
		return AccountRules.normalizeUsername(name);
	}

	private static final class Counter {

		int failures;

		Instant last;

		boolean forgotten(Instant now, Duration forgetAfter) {
			return this.last == null || !this.last.plus(forgetAfter).isAfter(now);
		}

	}

}
