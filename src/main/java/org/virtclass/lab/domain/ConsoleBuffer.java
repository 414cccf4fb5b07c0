package org.virtclass.lab.domain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import org.virtclass.lab.LabService.ConsoleListener;
import org.virtclass.lab.RunState;

/**
 * What a run's console printed: the last {@value #CAPACITY} bytes for terminals that
 * attach late and for the API's {@code console}, and the terminals attached right now.
 */
class ConsoleBuffer {

	static final int CAPACITY = 64 * 1024;

	/** CSI and OSC sequences, and other control characters but newline and tab. */
	private static final Pattern CONTROL = Pattern.compile(
			"\u001b\\[[0-?]*[ -/]*[@-~]|\u001b\\][^\u0007\u001b]*(\u0007|\u001b\\\\)|\u001b[@-Z\\\\-_]|[\\x00-\\x08\\x0b-\\x1f\\x7f]");

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

	private final List<ConsoleListener> listeners = new CopyOnWriteArrayList<>();

	private RunState closedWith;

	synchronized void append(byte[] data) {
		if (closedWith != null || data.length == 0) {
			return;
		}
		bytes.write(data, 0, data.length);
		if (bytes.size() > 2 * CAPACITY) {
			byte[] all = bytes.toByteArray();
			bytes.reset();
			bytes.write(all, all.length - CAPACITY, CAPACITY);
		}
		for (ConsoleListener listener : listeners) {
			listener.output(data);
		}
	}

	synchronized void subscribe(ConsoleListener listener) {
		byte[] all = bytes.toByteArray();
		if (all.length > 0) {
			listener.output((all.length > CAPACITY) ? Arrays.copyOfRange(all, all.length - CAPACITY, all.length) : all);
		}
		if (closedWith != null) {
			listener.closed(closedWith);
		}
		else {
			listeners.add(listener);
		}
	}

	void unsubscribe(ConsoleListener listener) {
		listeners.remove(listener);
	}

	synchronized void close(RunState state) {
		if (closedWith == null) {
			closedWith = state;
			listeners.forEach((l) -> l.closed(state));
			listeners.clear();
		}
	}

	/** The last {@code count} lines as plain text, without terminal control sequences. */
	synchronized String lastLines(int count) {
		String text = CONTROL.matcher(bytes.toString(StandardCharsets.UTF_8).replace("\r\n", "\n")).replaceAll("");
		List<String> lines = text.lines().toList();
		return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
	}

}
