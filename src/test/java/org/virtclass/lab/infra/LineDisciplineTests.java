package org.virtclass.lab.infra;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The container's console behaves like a terminal in canonical mode. */
class LineDisciplineTests {

	private final ByteArrayOutputStream guest = new ByteArrayOutputStream();

	private final ByteArrayOutputStream screen = new ByteArrayOutputStream();

	private final AtomicInteger interrupts = new AtomicInteger();

	private final LineDiscipline tty = new LineDiscipline(guest, screen::writeBytes, interrupts::incrementAndGet);

	@Test
	void echoesKeysAndSendsTheLineOnEnter() throws Exception {
		type("uname -r\r");
		assertThat(guest()).isEqualTo("uname -r\n");
		assertThat(screen()).isEqualTo("uname -r\r\n");
	}

	@Test
	void backspaceErasesOneCharacterEvenAMultiByteOne() throws Exception {
		type("lsx\u007f\r");
		type("echo 中\u007f文\r");
		assertThat(guest()).isEqualTo("ls\necho 文\n");
	}

	@Test
	void ctrlCDropsTheLineAndInterrupts() throws Exception {
		type("sleep 100\u0003");
		assertThat(guest()).isEmpty();
		assertThat(interrupts).hasValue(1);
		assertThat(screen()).endsWith("^C\r\n");
	}

	@Test
	void arrowKeysAndTerminalRepliesAreDropped() throws Exception {
		type("\u001b[A\u001b[12;40Rps\u001bOB\r");
		assertThat(guest()).isEqualTo("ps\n");
	}

	@Test
	void outputGetsCarriageReturnsLikeATty() {
		boolean[] lastWasCr = new boolean[1];
		byte[] in = "a\nb\r\nc\n".getBytes(StandardCharsets.UTF_8);
		assertThat(new String(LineDiscipline.onlcr(in, in.length, lastWasCr), StandardCharsets.UTF_8))
			.isEqualTo("a\r\nb\r\nc\r\n");
	}

	private void type(String keys) throws Exception {
		tty.input(keys.getBytes(StandardCharsets.UTF_8));
	}

	private String guest() {
		return guest.toString(StandardCharsets.UTF_8);
	}

	private String screen() {
		return screen.toString(StandardCharsets.UTF_8);
	}

}
