package org.virtclass.lab.domain;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import org.virtclass.lab.LabService.ConsoleListener;
import org.virtclass.lab.RunState;

import static org.assertj.core.api.Assertions.assertThat;

class ConsolePumpTests {

	@Test
	void viewersNeverSeeClipboardWritesTitlesOrQueriesEvenSplitAcrossReads() {
		String guest = "\u001b[32mready\u001b[0m\r\n\u001b]52;c;cm0gLXJmIH4=\u0007\u001b]0;owned\u0007\u001b[6nvm:/# ";
		ConsoleBuffer console = new ConsoleBuffer();
		ByteArrayOutputStream seen = new ByteArrayOutputStream();
		AtomicReference<RunState> closed = new AtomicReference<>();
		console.subscribe(new ConsoleListener() {
			@Override
			public void output(byte[] bytes) {
				seen.writeBytes(bytes);
			}

			@Override
			public void closed(RunState state) {
				closed.set(state);
			}
		});
		ConsolePump.pump(new TrickleStream(guest.getBytes(StandardCharsets.UTF_8), 3), console);
		assertThat(seen.toString(StandardCharsets.UTF_8)).isEqualTo("\u001b[32mready\u001b[0m\r\nvm:/# ");
	}

	/**
	 * Hands out at most {@code step} bytes per read, like a pipe that a guest writes in
	 * small pieces.
	 */
	private static final class TrickleStream extends InputStream {

		private final ByteArrayInputStream in;

		private final int step;

		TrickleStream(byte[] data, int step) {
			this.in = new ByteArrayInputStream(data);
			this.step = step;
		}

		@Override
		public int read() {
			return in.read();
		}

		@Override
		public int read(byte[] b, int off, int len) {
			return in.read(b, off, Math.min(len, step));
		}

	}

}
