package org.virtclass;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints the axe counts per page state from {@code target/axe-report.txt}, which every
 * {@link Axe#check} appends to: one row per state (the newest check of it), violations by
 * impact, and the totals. Run it after the browser tests:
 * {@code java -cp target/test-classes org.virtclass.AxeReport [report]}.
 */
public final class AxeReport {

	private static final Pattern SUMMARY = Pattern
		.compile("^axe (.+) \\[(.*)\\]: critical=(\\d+) serious=(\\d+) moderate=(\\d+) minor=(\\d+)$");

	private AxeReport() {
	}

	public static void main(String[] args) throws IOException {
		Path report = Path.of((args.length > 0) ? args[0] : "target/axe-report.txt");
		System.out.print(table(Files.readAllLines(report, StandardCharsets.UTF_8)));
	}

	/**
	 * The table for the lines of a report; a state checked more than once counts with its
	 * newest check.
	 */
	static String table(List<String> lines) {
		Map<String, String[]> states = new LinkedHashMap<>();
		for (String line : lines) {
			Matcher m = SUMMARY.matcher(line);
			if (m.matches()) {
				states.remove(m.group(1));
				states.put(m.group(1), new String[] { m.group(2), m.group(3), m.group(4), m.group(5), m.group(6) });
			}
		}
		StringBuilder out = new StringBuilder();
		out.append("| page state | path | critical | serious | moderate | minor |\n");
		out.append("| --- | --- | ---: | ---: | ---: | ---: |\n");
		int[] totals = new int[4];
		states.forEach((state, v) -> {
			out.append("| ").append(state).append(" | `").append(v[0]).append("` | ");
			for (int i = 0; i < 4; i++) {
				totals[i] += Integer.parseInt(v[i + 1]);
				out.append(v[i + 1]).append((i < 3) ? " | " : " |\n");
			}
		});
		out.append("| **").append(states.size()).append(" states** | | ");
		for (int i = 0; i < 4; i++) {
			out.append(totals[i]).append((i < 3) ? " | " : " |\n");
		}
		return out.toString();
	}

}
