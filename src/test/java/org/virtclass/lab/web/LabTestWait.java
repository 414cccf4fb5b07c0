package org.virtclass.lab.web;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.fail;

/** Waits for a condition in the web tests. */
final class LabTestWait {

	private LabTestWait() {
	}

	static void until(Duration timeout, BooleanSupplier condition, String what) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				fail("Timed out after " + timeout + " waiting until " + what);
			}
			Thread.sleep(20);
		}
	}

}
