package org.virtclass.lab.infra;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The container's console behaves like a terminal in canonical mode. */
class LineDisciplineTests {

	private final ByteArrayOutputStream guest = new ByteArrayOutputStream();

	private final ByteArrayOutputStream screen = new ByteArrayOutputStream();

	private final AtomicInteger interrupts = new AtomicInteger();

	private final List<String> echoes = new ArrayList<>();

	private final LineDiscipline tty = new LineDiscipline(guest, (bytes) -> {
		screen.writeBytes(bytes);
		echoes.add(new String(bytes, StandardCharsets.UTF_8));
	}, interrupts::incrementAndGet);

	@Test
	void echoesKeysAndSendsTheLineOnEnter() throws Exception {
		type("uname -r\r");
		assertThat(guest()).isEqualTo("uname -r\n");
		assertThat(screen()).isEqualTo("uname -r\r\n");
	}

	@Test
	void aPastedLineIsEchoedInOnePieceBeforeItReachesTheGuest() throws Exception {
		String pasted = "x".repeat(4000);
		guest.reset();
		LineDiscipline watched = new LineDiscipline(new java.io.OutputStream() {
			@Override
			public void write(int b) {
				guest.write(b);
			}

			@Override
			public void write(byte[] b, int off, int len) {
				assertThat(echoes).as("the echo is out before the line goes to the guest")
					.containsExactly(pasted + "\r\n");
				guest.write(b, off, len);
			}
		}, (bytes) -> echoes.add(new String(bytes, StandardCharsets.UTF_8)), interrupts::incrementAndGet);
		watched.input((pasted + "\rls").getBytes(StandardCharsets.UTF_8));
		assertThat(echoes).as("one piece per line, not one per key").containsExactly(pasted + "\r\n", "ls");
		assertThat(guest()).isEqualTo(pasted + "\n");
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
