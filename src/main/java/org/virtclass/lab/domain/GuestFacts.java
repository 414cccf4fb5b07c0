package org.virtclass.lab.domain;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.virtclass.lab.infra.ConsoleMarkers;

/**
 * The facts a guest reports about itself on its console, from the line
 * {@code @@VIRTCLASS-FACTS
 * kernel=… processes=… memtotal_kb=… hypervisor=yes|no cpus=… uptime_s=… boot_id=… board=… pid1=…}
 * that {@code lab/facts.sh} prints; board and pid1 are percent-encoded. A value the guest
 * could not read, or that does not parse, is {@code null}.
 *
 * @param uptimeMillis how long the kernel the guest runs on has been up
 * ({@code /proc/uptime})
 * @param bootId the kernel's boot id: a container shares the host's, a VM's kernel has
 * its own
 * @param board the DMI product or board name the guest sees, when it sees firmware tables
 * @param firstProcess the name of PID 1 in the guest's own process list
 */
record GuestFacts(String kernel, Integer processes, Long memTotalKb, Boolean hypervisor, Integer cpus,
		Long uptimeMillis, String bootId, String board, String firstProcess) {

	private static final Pattern BOOT_ID = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	GuestFacts(String kernel, Integer processes, Long memTotalKb, Boolean hypervisor) {
		this(kernel, processes, memTotalKb, hypervisor, null, null, null, null, null);
	}

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
		String bootId = values.get("boot_id");
		return new GuestFacts(text(values.get("kernel")), integer(values.get("processes")),
				number(values.get("memtotal_kb")),
				values.containsKey("hypervisor") ? "yes".equals(values.get("hypervisor")) : null,
				integer(values.get("cpus")), seconds(values.get("uptime_s")),
				(bootId != null && BOOT_ID.matcher(bootId).matches()) ? bootId : null, decoded(values.get("board")),
				decoded(values.get("pid1")));
	}

	private static String text(String value) {
		return (value == null || value.isEmpty()) ? null : value;
	}

	private static String decoded(String value) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		try {
			// Only %XX escapes come from the script; a literal '+' must stay a plus.
			String text = URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8).strip();
			return text.isEmpty() ? null : text;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Long seconds(String value) {
		try {
			return (value == null) ? null : Math.round(Double.parseDouble(value) * 1000);
		}
		catch (NumberFormatException ex) {
			return null;
		}
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
