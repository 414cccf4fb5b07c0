package org.virtclass.quiz.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.virtclass.quiz.LiveLimits;
import org.virtclass.quiz.LiveSessionException;
import org.virtclass.quiz.LiveSessionException.Error;

/**
 * Per-address token buckets for joins and for lookups of unknown codes. Only misses count
 * as lookups: a whole class behind one school address types the right code, a script
 * guessing codes mostly misses. The address is the client's, or the forwarded one from a
 * trusted proxy ({@code server.tomcat.remoteip.internal-proxies}).
 */
@Component
class AddressLimits {

	private static final int SWEEP_AT = 10_000;

	private final Clock clock;

	private final Buckets joins;

	private final Buckets misses;

	AddressLimits(LiveLimits limits, Clock clock) {
		this.clock = clock;
		this.joins = new Buckets(limits.joinsPerMinute());
		this.misses = new Buckets(limits.unknownCodesPerMinute());
	}

	/** Takes one join from the address's allowance, or refuses with the wait. */
	void join(String address) {
		this.joins.take(address, this.clock.instant());
	}

	/** Refuses a lookup while the address has no unknown-code allowance left. */
	void beforeLookup(String address) {
		this.misses.check(address, this.clock.instant());
	}

	/** A lookup named no session: it costs the address one from its allowance. */
	void missed(String address) {
		try {
			this.misses.take(address, this.clock.instant());
		}
		catch (LiveSessionException ex) {
			// Already empty: the 404 for this miss stands; the next lookup is refused.
		}
	}

	private static final class Buckets {

		private final int perMinute;

		private final Map<String, Bucket> byAddress = new ConcurrentHashMap<>();

		Buckets(int perMinute) {
			this.perMinute = perMinute;
		}

		void take(String address, Instant now) {
			Bucket bucket = bucket(address, now);
			synchronized (bucket) {
				bucket.refill(now, this.perMinute);
				if (bucket.tokens < 1) {
					throw tooMany(bucket);
				}
				bucket.tokens--;
			}
		}

		void check(String address, Instant now) {
			Bucket bucket = this.byAddress.get(address);
			if (bucket == null) {
				return;
			}
			synchronized (bucket) {
				bucket.refill(now, this.perMinute);
				if (bucket.tokens < 1) {
					throw tooMany(bucket);
				}
			}
		}

		private LiveSessionException tooMany(Bucket bucket) {
			long millis = (long) Math.ceil((1 - bucket.tokens) * 60_000.0 / this.perMinute);
			return new LiveSessionException(Error.TOO_MANY_REQUESTS, Duration.ofMillis(Math.max(1000, millis)));
		}

		private Bucket bucket(String address, Instant now) {
			if (this.byAddress.size() > SWEEP_AT) {
				// A bucket that has refilled completely holds nothing worth remembering.
				this.byAddress.values().removeIf((b) -> Duration.between(b.at, now).toMillis() > 60_000L);
			}
			return this.byAddress.computeIfAbsent(address, (a) -> new Bucket(this.perMinute, now));
		}

	}

	private static final class Bucket {

		double tokens;

		Instant at;

		Bucket(int tokens, Instant at) {
			this.tokens = tokens;
			this.at = at;
		}

		void refill(Instant now, int perMinute) {
			long elapsed = Math.max(0, Duration.between(this.at, now).toMillis());
			this.tokens = Math.min(perMinute, this.tokens + elapsed * perMinute / 60_000.0);
			this.at = now;
		}

	}

}
