package org.virtclass.lab.web;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import static org.awaitility.Awaitility.await;

/**
 * Waits for a condition in the web tests; a timeout fails the test naming what it waited
 * for.
 */
final class LabTestWait {

	private LabTestWait() {
	}

	static void until(Duration timeout, BooleanSupplier condition, String what) throws InterruptedException {
		await(what).atMost(timeout)
			.pollDelay(Duration.ZERO)
			.pollInterval(Duration.ofMillis(20))
			.until(condition::getAsBoolean);
	}

}
