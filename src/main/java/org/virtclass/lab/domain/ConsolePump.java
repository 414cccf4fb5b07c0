package org.virtclass.lab.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.virtclass.lab.infra.ConsoleMarkers;

/**
 * Copies a guest's console output, sanitised, into its {@link ConsoleBuffer} and, until the guest is ready,
 * watches the lines for the facts and the ready marker. Runs on its own thread until the output ends.
 */
final class ConsolePump {

	private static final int MAX_LINE = 8192;

	interface ReadyCallback {

		void ready(GuestFacts facts, long nanos);

	}

	private ConsolePump() {
	}

	static void pump(InputStream output, ConsoleBuffer console, ReadyCallback onReady) {
		byte[] buffer = new byte[8192];
		StringBuilder line = new StringBuilder();
		GuestFacts facts = null;
		boolean ready = false;
		TerminalSanitizer sanitizer = new TerminalSanitizer();
		try {
			int n;
			while ((n = output.read(buffer)) >= 0) {
				long now = System.nanoTime();
				byte[] chunk = java.util.Arrays.copyOf(buffer, n);
				console.append(sanitizer.filter(chunk));
				if (ready) {
					continue;
				}
				for (String complete : lines(chunk, line)) {
					if (complete.contains(ConsoleMarkers.FACTS)) {
						facts = GuestFacts.parse(complete);
					}
					else if (complete.contains(ConsoleMarkers.READY)) {
						ready = true;
						onReady.ready((facts != null) ? facts : new GuestFacts(null, null, null, null), now);
						break;
					}
				}
			}
		}
		catch (IOException ex) {
			// The process was killed and its pipe closed: the end is handled by the caller.
		}
	}

	private static java.util.List<String> lines(byte[] chunk, StringBuilder line) {
		java.util.List<String> complete = new java.util.ArrayList<>();
		String text = new String(chunk, StandardCharsets.ISO_8859_1);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				complete.add(line.toString());
				line.setLength(0);
			}
			else if (line.length() < MAX_LINE) {
				line.append(c);
			}
		}
		return complete;
	}

}
