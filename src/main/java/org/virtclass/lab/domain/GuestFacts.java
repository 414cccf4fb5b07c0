package org.virtclass.lab.domain;

import java.util.HashMap;
import java.util.Map;

import org.virtclass.lab.infra.ConsoleMarkers;

/**
 * The facts a guest reports about itself on its console, from the line
 * {@code @@VIRTCLASS-FACTS kernel=… processes=… memtotal_kb=… hypervisor=yes|no}.
 */
record GuestFacts(String kernel, Integer processes, Long memTotalKb, Boolean hypervisor) {

	static GuestFacts parse(String line) {
		int at = line.indexOf(ConsoleMarkers.FACTS);
		if (at < 0) {
			return null;
		}
		Map<String, String> values = new HashMap<>();
		for (String pair : line.substring(at + ConsoleMarkers.FACTS.length()).strip().split("\\s+")) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				values.put(pair.substring(0, eq), pair.substring(eq + 1));
			}
		}
		String kernel = values.get("kernel");
		return new GuestFacts((kernel == null || kernel.isEmpty()) ? null : kernel, integer(values.get("processes")),
				number(values.get("memtotal_kb")),
				values.containsKey("hypervisor") ? "yes".equals(values.get("hypervisor")) : null);
	}

	private static Integer integer(String value) {
		Long n = number(value);
		return (n == null) ? null : n.intValue();
	}

	private static Long number(String value) {
		try {
			return (value == null) ? null : Long.valueOf(value);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
