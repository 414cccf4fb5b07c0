package org.virtclass.lab.domain;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignalReaderTests {

	@Test
	void theFactsBeforeTheMarkerAreReportedOnceTheMarkerArrivesEvenSplitAcrossReads() {
		String side = "noise\n@@VIRTCLASS-FACTS kernel=6.1.0-57-cloud-amd64 processes=48 memtotal_kb=45784 hypervisor=no"
				+ " cpus=1 uptime_s=0.91 boot_id=9b059553-73aa-48fe-8e92-8b65a500ee6a board= pid1=init\n@@VIRTCLASS-READY\n";
		AtomicReference<GuestFacts> seen = new AtomicReference<>();
		boolean ready = SignalReader.readUntilReady(trickle(side, 5), (facts, nanos) -> seen.set(facts));
		assertThat(ready).isTrue();
		assertThat(seen.get().kernel()).isEqualTo("6.1.0-57-cloud-amd64");
		assertThat(seen.get().uptimeMillis()).isEqualTo(910);
		assertThat(seen.get().firstProcess()).isEqualTo("init");
	}

	@Test
	void aChannelThatEndsWithoutTheMarkerIsNeverReady() {
		AtomicReference<GuestFacts> seen = new AtomicReference<>();
		boolean ready = SignalReader.readUntilReady(trickle("@@VIRTCLASS-FACTS kernel=x\n@@VIRTCLASS-REA", 4),
				(facts, nanos) -> seen.set(facts));
		assertThat(ready).isFalse();
		assertThat(seen.get()).isNull();
	}

	/** Hands out at most {@code step} bytes per read. */
	private static InputStream trickle(String text, int step) {
		ByteArrayInputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		return new InputStream() {
			@Override
			public int read() {
				return in.read();
			}

			@Override
			public int read(byte[] b, int off, int len) {
				return in.read(b, off, Math.min(len, step));
			}
		};
	}

}
