package org.virtclass.system;

import java.time.Duration;

/**
 * An error that tells the client how long to wait before trying again: the API answers it
 * with 429 and {@code Retry-After}. Other modules' exceptions implement it so that the
 * security configuration here needs to know none of them.
 */
public interface RetryLater {

	Duration retryAfter();

}
