package org.virtclass.lab.infra;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * The terminal line discipline for a console without a terminal. The container's shell
 * reads a pipe, so nothing echoes or edits what the user types; this does it on the
 * server the way a tty in canonical mode would: printable keys are echoed and collected,
 * Backspace erases, Enter sends the line, Ctrl-C cancels the line and interrupts the
 * foreground command, Ctrl-D on an empty line ends the input. Escape sequences (arrow
 * keys, terminal replies) are dropped. The guest's output gets CR before each LF, like a
 * tty's ONLCR. What one call echoes goes out as one piece, not a byte at a time: a pasted
 * line of 4,000 characters is one frame to each watching terminal, not 4,000.
 */
final class LineDiscipline {

	private static final int MAX_LINE = 4096;

	private final OutputStream toGuest;

	private final Consumer<byte[]> echo;

	private final Runnable interrupt;

	private final ByteArrayOutputStream line = new ByteArrayOutputStream();

	/** What this call has echoed so far, sent before anything else leaves. */
	private final ByteArrayOutputStream echoed = new ByteArrayOutputStream();

	private int escape;

	LineDiscipline(OutputStream toGuest, Consumer<byte[]> echo, Runnable interrupt) {
		this.toGuest = toGuest;
		this.echo = echo;
		this.interrupt = interrupt;
	}

	synchronized void input(byte[] keys) throws IOException {
		try {
			apply(keys);
		}
		finally {
			flushEcho();
		}
	}

	private void apply(byte[] keys) throws IOException {
		for (byte b : keys) {
			int c = b & 0xff;
			if (escape > 0) {
				escape = skipEscape(escape, c);
				continue;
			}
			switch (c) {
				case 0x1b -> escape = 1;
				case '\r', '\n' -> {
					echo("\r\n");
					flushEcho();
					line.write('\n');
					toGuest.write(line.toByteArray());
					toGuest.flush();
					line.reset();
				}
				case 0x7f, 0x08 -> erase();
				case 0x03 -> {
					line.reset();
					echo("^C\r\n");
					flushEcho();
					interrupt.run();
				}
				case 0x15 -> {
					while (line.size() > 0) {
						erase();
					}
				}
				case 0x04 -> {
					if (line.size() == 0) {
						flushEcho();
						toGuest.close();
					}
				}
				default -> {
					if ((c >= 0x20 || c == '\t') && line.size() < MAX_LINE) {
						line.write(c);
						echoed.write(c);
					}
				}
			}
		}
	}

	/**
	 * After ESC: CSI and SS3 sequences end with a byte in 0x40..0x7e; other escapes are
	 * two bytes.
	 */
	private static int skipEscape(int state, int c) {
		if (state == 1) {
			return (c == '[' || c == 'O') ? 2 : 0;
		}
		return (c >= 0x40 && c <= 0x7e) ? 0 : 2;
	}

	private void erase() {
		byte[] bytes = line.toByteArray();
		if (bytes.length == 0) {
			return;
		}
		int end = bytes.length - 1;
		while (end > 0 && (bytes[end] & 0xc0) == 0x80) {
			end--; // step back over UTF-8 continuation bytes to remove one whole
					// character
		}
		line.reset();
		line.write(bytes, 0, end);
		echo("\b \b");
	}

	private void echo(String text) {
		echoed.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
	}

	private void flushEcho() {
		if (echoed.size() > 0) {
			byte[] bytes = echoed.toByteArray();
			echoed.reset();
			echo.accept(bytes);
		}
	}

	/** Adds CR before every LF that lacks one. */
	static byte[] onlcr(byte[] data, int length, boolean[] lastWasCr) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(length + 16);
		for (int i = 0; i < length; i++) {
			byte b = data[i];
			if (b == '\n' && !lastWasCr[0]) {
				out.write('\r');
			}
			out.write(b);
			lastWasCr[0] = (b == '\r');
		}
		return out.toByteArray();
	}

}
