package org.virtclass.knowledgebase.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.virtclass.knowledgebase.ToolDocument;
import org.virtclass.knowledgebase.ToolEntry;
import org.virtclass.knowledgebase.yaml.ToolYamlReader;

/**
 * The tools whose name, Chinese name or alias is closest to a name that matched nothing,
 * by edit distance; a name that starts like the typed text counts as close, so
 * "virtualbx" finds VirtualBox.
 */
final class ClosestNames {

	private ClosestNames() {
	}

	static List<ToolEntry> of(String typed, List<ToolEntry> tools, int limit) {
		String q = ToolYamlReader.normalize(typed);
		record Scored(ToolEntry tool, int distance) {
		}
		return tools.stream()
			.map((t) -> new Scored(t, distance(q, t.document())))
			.sorted(Comparator.comparingInt(Scored::distance).thenComparing((s) -> s.tool().slug()))
			.limit(limit)
			.map(Scored::tool)
			.toList();
	}

	private static int distance(String q, ToolDocument d) {
		List<String> names = new ArrayList<>();
		names.add(d.name());
		names.add(d.nameZh());
		names.addAll(d.aliases());
		int best = Integer.MAX_VALUE;
		for (String name : names) {
			String n = (name != null) ? ToolYamlReader.normalize(name) : "";
			if (n.isEmpty()) {
				continue;
			}
			best = Math.min(best, levenshtein(q, n));
			if (n.length() > q.length()) {
				best = Math.min(best, levenshtein(q, n.substring(0, q.length())) + 1);
			}
		}
		return best;
	}

	static int levenshtein(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
