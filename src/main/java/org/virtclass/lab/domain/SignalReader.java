package org.virtclass.lab.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.virtclass.lab.infra.ConsoleMarkers;

/**
 * Reads a guest's side channel until the ready marker: the facts line before it, then the
 * marker. Runs on its own thread; it ends at the marker, or when the guest is destroyed
 * and the channel closed.
 */
final class SignalReader {

	private static final int MAX_LINE = 8192;

	interface ReadyCallback {

		void ready(GuestFacts facts, long nanos);

	}

	private SignalReader() {
	}

	/**
	 * @return whether the marker came
	 */
	static boolean readUntilReady(InputStream signals, ReadyCallback onReady) {
		StringBuilder line = new StringBuilder();
		GuestFacts facts = null;
		byte[] buffer = new byte[4096];
		try {
			int n;
			while ((n = signals.read(buffer)) >= 0) {
				long now = System.nanoTime();
				String text = new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
				for (int i = 0; i < text.length(); i++) {
					char c = text.charAt(i);
					if (c != '\n') {
						if (line.length() < MAX_LINE) {
							line.append(c);
						}
						continue;
					}
					String complete = line.toString();
					line.setLength(0);
					if (complete.contains(ConsoleMarkers.FACTS)) {
						facts = GuestFacts.parse(complete);
					}
					else if (complete.contains(ConsoleMarkers.READY)) {
						onReady.ready((facts != null) ? facts : new GuestFacts(null, null, null, null), now);
						return true;
					}
				}
			}
		}
		catch (IOException ex) {
			// closed when the guest was destroyed
		}
		return false;
	}

}
