package org.virtclass.lab.domain;

import java.io.IOException;
import java.io.InputStream;

/**
 * Copies a guest's console output, sanitised, into its {@link ConsoleBuffer}. Runs on its
 * own thread until the output ends. The console carries only what the student sees: the
 * facts and the ready marker come on the side channel ({@link SignalReader}).
 */
final class ConsolePump {

	private ConsolePump() {
	}

	static void pump(InputStream output, ConsoleBuffer console) {
		byte[] buffer = new byte[8192];
		TerminalSanitizer sanitizer = new TerminalSanitizer();
		try {
			int n;
			while ((n = output.read(buffer)) >= 0) {
				console.append(sanitizer.filter(java.util.Arrays.copyOf(buffer, n)));
			}
		}
		catch (IOException ex) {
			// The process was killed and its pipe closed: the end is handled by the
			// caller.
		}
	}

}
