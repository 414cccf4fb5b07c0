package org.virtclass.lab.domain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class TerminalSanitizerTests {

	static Stream<Arguments> removed() {
		return Stream.of(Arguments.of("OSC 52 clipboard write, BEL", "a\u001b]52;c;ZWNobyBoaQ==\u0007b"),
				Arguments.of("OSC 52 clipboard write, ST", "a\u001b]52;c;ZWNobyBoaQ==\u001b\\b"),
				Arguments.of("window title", "a\u001b]0;you have been hacked\u0007b"),
				Arguments.of("icon title", "a\u001b]2;title\u001b\\b"),
				Arguments.of("colour query", "a\u001b]11;?\u0007b"),
				Arguments.of("cursor position report", "a\u001b[6nb"),
				Arguments.of("private cursor position report", "a\u001b[?6nb"),
				Arguments.of("device status", "a\u001b[5nb"), Arguments.of("primary device attributes", "a\u001b[cb"),
				Arguments.of("secondary device attributes", "a\u001b[>0cb"),
				Arguments.of("window report", "a\u001b[21tb"), Arguments.of("window resize", "a\u001b[8;1;1tb"),
				Arguments.of("mode report", "a\u001b[?2004$pb"), Arguments.of("terminal version", "a\u001b[>qb"),
				Arguments.of("keyboard protocol query", "a\u001b[?ub"), Arguments.of("DECRQSS", "a\u001bP$qm\u001b\\b"),
				Arguments.of("DECID", "a\u001bZb"), Arguments.of("APC", "a\u001b_payload\u001b\\b"),
				Arguments.of("C1 OSC 52 as UTF-8", "a\u009d52;c;ZWNobw==\u0007b"),
				Arguments.of("C1 CSI 6n as UTF-8", "a\u009b6nb"),
				Arguments.of("C1 DCS ended by C1 ST", "a\u0090$qm\u009cb"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("removed")
	void removesSequencesThatActOutsideTheScreenOrAnswerBack(String name, String input) {
		assertThat(clean(input)).isEqualTo("ab");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("removed")
	void removesThemEvenWhenSplitAtEveryByte(String name, String input) {
		TerminalSanitizer sanitizer = new TerminalSanitizer();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte b : input.getBytes(StandardCharsets.UTF_8)) {
			out.writeBytes(sanitizer.filter(new byte[] { b }));
		}
		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("ab");
	}

	@Test
	void keepsColoursCursorMovementAndText() {
		String screen = "\u001b[1;31mred\u001b[0m \u001b[2J\u001b[H\u001b[10;5H\u001b[3A\u001b[K\u001b[?25l\u001b[?25h"
				+ "\u001b7\u001b8\u001b(B\u001b[38;5;208m\u001b[?1049h\u001b[1;24r\r\n\tdone é 中 ✓";
		assertThat(clean(screen)).isEqualTo(screen);
	}

	@Test
	void keepsTextAroundWhatItRemoves() {
		assertThat(clean("vm:/# \u001b]0;x\u0007\u001b[32mok\u001b[0m\u001b[6n\r\n"))
			.isEqualTo("vm:/# \u001b[32mok\u001b[0m\r\n");
	}

	@Test
	void anOverlongCsiIsDroppedWhole() {
		String params = "1;".repeat(TerminalSanitizer.MAX_CSI);
		assertThat(clean("a\u001b[" + params + "mb")).isEqualTo("ab");
	}

	/**
	 * Any split of a stream gives the same result as the stream in one piece. The seed is
	 * printed, so a failure can be repeated.
	 */
	@Test
	void theResultDoesNotDependOnHowTheStreamIsSplit() {
		long seed = System.nanoTime();
		Random random = new Random(seed);
		String[] pieces = { "text ", "\u001b[31m", "\u001b]52;c;QQ==\u0007", "\u001b[6n", "\u001b]0;t\u001b\\", "中文",
				"\u009b6n", "\u001b[0m", "\r\n", "\u001bP+q544e\u001b\\", "\u001b[?25l" };
		for (int round = 0; round < 200; round++) {
			StringBuilder stream = new StringBuilder();
			for (int i = 0; i < 30; i++) {
				stream.append(pieces[random.nextInt(pieces.length)]);
			}
			byte[] bytes = stream.toString().getBytes(StandardCharsets.UTF_8);
			byte[] whole = new TerminalSanitizer().filter(bytes);
			TerminalSanitizer split = new TerminalSanitizer();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			int at = 0;
			while (at < bytes.length) {
				int n = Math.min(bytes.length - at, 1 + random.nextInt(7));
				out.writeBytes(split.filter(java.util.Arrays.copyOfRange(bytes, at, at + n)));
				at += n;
			}
			String wholeText = new String(whole, StandardCharsets.UTF_8);
			assertThat(out.toString(StandardCharsets.UTF_8)).as("seed %d", seed).isEqualTo(wholeText);
			assertThat(wholeText).as("seed %d", seed).doesNotContain("]52", "[6n", "\u009b", "+q");
			if (stream.indexOf("\u001b[31m") >= 0) {
				assertThat(wholeText).as("seed %d", seed).contains("\u001b[31m");
			}
		}
	}

	private static String clean(String input) {
		return new String(new TerminalSanitizer().filter(input.getBytes(StandardCharsets.UTF_8)),
				StandardCharsets.UTF_8);
	}

}
