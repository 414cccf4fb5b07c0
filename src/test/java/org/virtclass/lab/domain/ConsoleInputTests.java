package org.virtclass.lab.domain;

import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.virtclass.lab.infra.SandboxProcess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class ConsoleInputTests {

	@Test
	void aGuestThatReadsNothingGetsABoundedQueueAndTheTypistIsNeverHeld() throws Exception {
		Stuck guest = new Stuck();
		ConsoleInput input = new ConsoleInput("run", guest);
		Thread writer = new Thread(input::writeUntilClosed);
		writer.start();
		byte[] line = new byte[4000];
		int accepted = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
			int n = 0;
			for (int i = 0; i < 1000; i++) {
				if (input.offer(line)) {
					n++;
				}
			}
			return n;
		});
		assertThat(accepted).as("one line in the stuck write and what fits in the queue")
			.isBetween(2, 2 + ConsoleInput.CAPACITY / line.length);
		assertThat(input.backedUp()).isTrue();

		input.discardQueued();
		assertThat(input.offer(line)).as("after a flush there is room again").isTrue();

		guest.release.countDown();
		input.close();
		writer.join(2000);
		assertThat(writer.isAlive()).isFalse();
		assertThat(guest.written.get()).isGreaterThanOrEqualTo(line.length);
	}

	@Test
	void oneMessageLargerThanTheQueueIsTakenWhenNothingWaits() {
		ConsoleInput input = new ConsoleInput("run", new Stuck());
		assertThat(input.offer(new byte[ConsoleInput.CAPACITY * 2])).isTrue();
		assertThat(input.offer(new byte[1])).as("while it waits, nothing more").isFalse();
	}

	/** A guest whose input blocks until released, as a full pipe does. */
	private static final class Stuck implements SandboxProcess {

		final CountDownLatch release = new CountDownLatch(1);

		final AtomicInteger written = new AtomicInteger();

		@Override
		public void input(byte[] keys) {
			try {
				release.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			written.addAndGet(keys.length);
		}

		@Override
		public long launchedNanos() {
			return 0;
		}

		@Override
		public java.io.InputStream signals() {
			return java.io.InputStream.nullInputStream();
		}

		@Override
		public long pid() {
			return 0;
		}

		@Override
		public InputStream output() {
			return InputStream.nullInputStream();
		}

		@Override
		public long rssKb() {
			return 0;
		}

		@Override
		public String accelerator() {
			return null;
		}

		@Override
		public int waitFor() {
			return 0;
		}

		@Override
		public void destroy() {
		}

	}

}
