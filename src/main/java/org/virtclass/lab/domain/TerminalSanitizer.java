package org.virtclass.lab.domain;

import java.io.ByteArrayOutputStream;

/**
 * Filters a guest's console output before any viewer's terminal sees it. A guest is
 * untrusted and, once many students watch one console, what it prints reaches many
 * browsers: so every sequence that makes a terminal act outside its screen or answer back
 * is removed. That is every OSC (the clipboard write OSC 52, window titles, colour
 * queries, hyperlinks), every DCS, SOS, PM and APC string (DECRQSS and capability
 * queries), the CSI queries and reports (device status {@code n}, device attributes
 * {@code c}, window operations and reports {@code t}, {@code x}, {@code $p}, {@code >q},
 * {@code ?u}) and DECID ({@code ESC Z}). Colours (SGR), cursor movement, erasing and
 * scrolling pass unchanged. The 8-bit C1 forms, written as UTF-8 ({@code C2 9B} for CSI),
 * count as their 7-bit equivalents. Sequences split across reads are handled: the state
 * lives here, one instance per console.
 */
final class TerminalSanitizer {

	/** A CSI longer than this is no sequence a terminal needs; it is dropped whole. */
	static final int MAX_CSI = 64;

	private enum State {

		GROUND, ESCAPE, ESCAPE_INTERMEDIATE, CSI, STRING, STRING_ESCAPE, C1_LEAD

	}

	private State state = State.GROUND;

	/** The state a C2 lead byte interrupted, for when the next byte is no C1 control. */
	private State beforeLead;

	private final ByteArrayOutputStream sequence = new ByteArrayOutputStream();

	private boolean csiOverlong;

	byte[] filter(byte[] data) {
		return filter(data, data.length);
	}

	synchronized byte[] filter(byte[] data, int length) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(length);
		for (int i = 0; i < length; i++) {
			accept(data[i] & 0xff, out);
		}
		return out.toByteArray();
	}

	private void accept(int b, ByteArrayOutputStream out) {
		if (state == State.C1_LEAD) {
			state = beforeLead;
			if (b >= 0x80 && b <= 0x9f) {
				// U+0080..U+009F: a C1 control, the same as ESC followed by b - 0x40
				c1(b - 0x40, out);
				return;
			}
			if (state == State.GROUND) {
				out.write(0xc2);
			}
		}
		if (b == 0xc2 && (state == State.GROUND || state == State.STRING || state == State.CSI)) {
			beforeLead = state;
			state = State.C1_LEAD;
			return;
		}
		switch (state) {
			case GROUND -> {
				if (b == 0x1b) {
					state = State.ESCAPE;
					sequence.reset();
					sequence.write(b);
				}
				else if (b != 0) {
					out.write(b); // NUL: terminals show nothing for it, and the
									// container's watchdog writes it
				}
			}
			case ESCAPE -> escape(b, out);
			case ESCAPE_INTERMEDIATE -> {
				if (b >= 0x20 && b <= 0x2f) {
					sequence.write(b);
				}
				else if (b >= 0x30 && b <= 0x7e) {
					sequence.write(b);
					emit(out);
				}
				else {
					abort(b, out);
				}
			}
			case CSI -> csi(b, out);
			case STRING -> {
				if (b == 0x07 || b == 0x18 || b == 0x1a) {
					state = State.GROUND; // BEL ends an OSC; CAN and SUB cancel any
											// string
				}
				else if (b == 0x1b) {
					state = State.STRING_ESCAPE;
				}
			}
			case STRING_ESCAPE -> {
				state = State.GROUND;
				if (b != '\\') {
					accept(0x1b, out); // the ESC ended the string and starts something
										// new
					accept(b, out);
				}
			}
			default -> throw new IllegalStateException(state.name());
		}
	}

	private void escape(int b, ByteArrayOutputStream out) {
		switch (b) {
			case '[' -> startCsi();
			case ']', 'P', 'X', '^', '_' -> state = State.STRING;
			case 'Z' -> state = State.GROUND; // DECID: the terminal would answer with its
												// identity
			case 0x18, 0x1a -> state = State.GROUND;
			case 0x1b -> {
				sequence.reset();
				sequence.write(b);
			}
			default -> {
				if (b >= 0x20 && b <= 0x2f) {
					sequence.write(b);
					state = State.ESCAPE_INTERMEDIATE;
				}
				else if (b >= 0x30 && b <= 0x7e) {
					sequence.write(b);
					emit(out);
				}
				else {
					abort(b, out);
				}
			}
		}
	}

	/**
	 * A C1 control arrived in its UTF-8 form; {@code seven} is the byte that follows ESC.
	 */
	private void c1(int seven, ByteArrayOutputStream out) {
		if (state == State.STRING || state == State.STRING_ESCAPE) {
			if (seven == '\\') {
				state = State.GROUND; // ST
			}
			return;
		}
		state = State.ESCAPE;
		sequence.reset();
		sequence.write(0x1b);
		escape(seven, out);
	}

	private void startCsi() {
		state = State.CSI;
		sequence.reset();
		sequence.write(0x1b);
		sequence.write('[');
		csiOverlong = false;
	}

	private void csi(int b, ByteArrayOutputStream out) {
		if (b >= 0x40 && b <= 0x7e) {
			if (!csiOverlong && !isQuery(sequence.toByteArray(), b)) {
				sequence.write(b);
				emit(out);
			}
			else {
				state = State.GROUND;
			}
		}
		else if (b >= 0x20 && b <= 0x3f) {
			if (sequence.size() < MAX_CSI) {
				sequence.write(b);
			}
			else {
				csiOverlong = true;
			}
		}
		else if (b == 0x1b || b == 0x18 || b == 0x1a) {
			state = State.GROUND;
			if (b == 0x1b) {
				accept(b, out);
			}
		}
		else {
			out.write(b); // a C0 control inside a CSI acts at once, as in a real terminal
		}
	}

	/**
	 * Queries and reports: the terminal would type its answer into the guest, or act on
	 * the window.
	 */
	private static boolean isQuery(byte[] csi, int fin) {
		String body = new String(csi, 2, csi.length - 2, java.nio.charset.StandardCharsets.ISO_8859_1);
		return switch (fin) {
			case 'n', 'c', 't', 'x' -> true;
			case 'p' -> body.endsWith("$");
			case 'q' -> body.startsWith(">");
			case 'u' -> body.startsWith("?");
			default -> false;
		};
	}

	private void emit(ByteArrayOutputStream out) {
		out.writeBytes(sequence.toByteArray());
		state = State.GROUND;
	}

	private void abort(int b, ByteArrayOutputStream out) {
		state = State.GROUND;
		accept(b, out);
	}

}
