package org.virtclass.knowledgebase.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.virtclass.knowledgebase.KbProblem;
import org.virtclass.knowledgebase.ToolDocument;
import org.virtclass.knowledgebase.yaml.ToolYamlReader;

/**
 * Slugs, names and aliases must each point at one tool, or a student's answer "VBox" or
 * an exam option could match two tools. The first file to claim a name keeps it; later
 * files that repeat it are rejected with a problem naming both.
 */
final class NameIndex {

	private NameIndex() {
	}

	/** A document and the file it came from. */
	record Parsed(ToolDocument document, SeedFile file) {
	}

	static List<Parsed> rejectCollisions(List<Parsed> documents, List<ToolDocument> stored, List<KbProblem> problems) {
		Map<String, String> owner = new HashMap<>();
		Map<String, ToolDocument> incoming = new HashMap<>();
		documents.forEach((p) -> incoming.putIfAbsent(p.document().slug(), p.document()));
		for (ToolDocument s : stored) {
			if (!incoming.containsKey(s.slug())) {
				names(s).forEach((n) -> owner.putIfAbsent(n, s.slug()));
			}
		}
		List<Parsed> accepted = new ArrayList<>();
		Map<String, String> slugFile = new HashMap<>();
		for (Parsed parsed : documents) {
			ToolDocument d = parsed.document();
			String file = parsed.file().name();
			if (slugFile.containsKey(d.slug())) {
				problems
					.add(new KbProblem(file, "slug", "'" + d.slug() + "' is already used by " + slugFile.get(d.slug()),
							"slugInFile", List.of(d.slug(), slugFile.get(d.slug()))));
				continue;
			}
			List<KbProblem> clashes = clashes(d, file, owner);
			if (!clashes.isEmpty()) {
				problems.addAll(clashes);
				continue;
			}
			slugFile.put(d.slug(), file);
			names(d).forEach((n) -> owner.put(n, d.slug()));
			accepted.add(parsed);
		}
		return accepted;
	}

	/**
	 * The names of one tool, as in an edit, that already belong to another of the stored
	 * tools.
	 */
	static List<KbProblem> clashes(ToolDocument d, String source, List<ToolDocument> stored) {
		Map<String, String> owner = new HashMap<>();
		for (ToolDocument s : stored) {
			if (!s.slug().equals(d.slug())) {
				names(s).forEach((n) -> owner.putIfAbsent(n, s.slug()));
			}
		}
		return clashes(d, source, owner);
	}

	private static List<KbProblem> clashes(ToolDocument d, String file, Map<String, String> owner) {
		List<KbProblem> clashes = new ArrayList<>();
		List<String> names = names(d);
		for (int i = 0; i < names.size(); i++) {
			String other = owner.get(names.get(i));
			if (other != null && !other.equals(d.slug())) {
				String key = (i == 0) ? "name" : (i == 1) ? "nameZh" : "aliases[" + (i - 2) + "]";
				String value = (i == 0) ? d.name() : (i == 1) ? d.nameZh() : d.aliases().get(i - 2);
				clashes.add(new KbProblem(file, key, "'" + value + "' already names the tool '" + other + "'",
						"nameTaken", List.of(value, other)));
			}
		}
		return clashes;
	}

	static List<String> names(ToolDocument d) {
		List<String> names = new ArrayList<>();
		names.add(ToolYamlReader.normalize(d.name()));
		names.add(ToolYamlReader.normalize(d.nameZh()));
		d.aliases().forEach((a) -> names.add(ToolYamlReader.normalize(a)));
		return names;
	}

}
