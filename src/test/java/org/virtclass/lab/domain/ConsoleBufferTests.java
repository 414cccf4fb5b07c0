package org.virtclass.lab.domain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import org.virtclass.lab.LabService.ConsoleListener;
import org.virtclass.lab.RunState;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleBufferTests {

	@Test
	void aLateTerminalGetsWhatWasPrintedThenWhatComes() {
		ConsoleBuffer console = new ConsoleBuffer();
		console.append(bytes("booting\r\n"));
		Recorder terminal = new Recorder();
		console.subscribe(terminal);
		console.append(bytes("ready\r\n"));
		console.close(RunState.FINISHED);
		console.append(bytes("after the end\r\n"));
		assertThat(terminal.text()).isEqualTo("booting\r\nready\r\n");
		assertThat(terminal.closed.get()).isEqualTo(RunState.FINISHED);
	}

	@Test
	void theApiGetsTheLastLinesWithoutControlSequences() {
		ConsoleBuffer console = new ConsoleBuffer();
		console.append(bytes("\u001bc\u001b[?7l\u001b[2Jline 1\r\nline 2\r\n\u001b[6nvm:/# uname -r\r\n6.1.0\r\n"));
		assertThat(console.lastLines(2)).isEqualTo("vm:/# uname -r\n6.1.0");
	}

	@Test
	void keepsOnlyTheTail() {
		ConsoleBuffer console = new ConsoleBuffer();
		byte[] block = new byte[ConsoleBuffer.CAPACITY];
		java.util.Arrays.fill(block, (byte) 'x');
		console.append(block);
		console.append(block);
		console.append(bytes("\nend"));
		Recorder terminal = new Recorder();
		console.subscribe(terminal);
		assertThat(terminal.out.size()).isEqualTo(ConsoleBuffer.CAPACITY);
		assertThat(terminal.text()).endsWith("\nend");
	}

	private static byte[] bytes(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}

	static final class Recorder implements ConsoleListener {

		final ByteArrayOutputStream out = new ByteArrayOutputStream();

		final AtomicReference<RunState> closed = new AtomicReference<>();

		@Override
		public void output(byte[] bytes) {
			out.writeBytes(bytes);
		}

		@Override
		public void closed(RunState state) {
			closed.set(state);
		}

		String text() {
			return out.toString(StandardCharsets.UTF_8);
		}

	}

}
