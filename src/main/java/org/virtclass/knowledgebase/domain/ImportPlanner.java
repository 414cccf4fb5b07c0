package org.virtclass.knowledgebase.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.virtclass.knowledgebase.ClaimDocument;
import org.virtclass.knowledgebase.ImportItem;
import org.virtclass.knowledgebase.ImportStatus;
import org.virtclass.knowledgebase.ItemKind;
import org.virtclass.knowledgebase.KbProblem;
import org.virtclass.knowledgebase.StoredItem;
import org.virtclass.knowledgebase.ToolDocument;
import org.virtclass.knowledgebase.yaml.ToolYamlReader;
import org.virtclass.knowledgebase.yaml.YamlFields;

/**
 * Compares the files of an import with what is stored, with the same rules as the
 * start-up sync (file validation, unique slugs and names), and says for each item whether
 * it would be added, changed, left alone, or skipped as invalid.
 */
@Service
public class ImportPlanner {

	private final ToolEditing tools;

	private final ClaimEditing claims;

	private final ToolRepository toolRepository;

	ImportPlanner(ToolEditing tools, ClaimEditing claims, ToolRepository toolRepository) {
		this.tools = tools;
		this.claims = claims;
		this.toolRepository = toolRepository;
	}

	/** An item of the plan with the document to store. */
	public record Planned(ImportItem item, ToolDocument tool, ClaimDocument claim) {
	}

	public List<Planned> plan(Uploads.Unpacked upload) {
		List<Planned> plan = new ArrayList<>();
		upload.refused()
			.forEach((p) -> plan.add(new Planned(invalid(ItemKind.TOOL, p.file(), List.of(p)), null, null)));
		planTools(upload.files().stream().filter((f) -> f.name().startsWith("tools/")).toList(), plan);
		upload.files().stream().filter((f) -> f.name().equals("claims.yaml")).forEach((f) -> planClaims(f, plan));
		return plan;
	}

	private void planTools(List<SeedFile> files, List<Planned> plan) {
		List<NameIndex.Parsed> parsed = new ArrayList<>();
		Map<String, List<KbProblem>> problems = new LinkedHashMap<>();
		for (SeedFile file : files) {
			ToolYamlReader.Result<ToolDocument> result = ToolYamlReader.readTool(file.name(), file.content());
			if (result.ok()) {
				parsed.add(new NameIndex.Parsed(result.document(), file));
			}
			else {
				problems.put(file.name(), result.problems());
			}
		}
		List<KbProblem> clashes = new ArrayList<>();
		List<ToolDocument> stored = this.toolRepository.findAll().stream().map(Tool::toDocument).toList();
		List<NameIndex.Parsed> accepted = NameIndex.rejectCollisions(parsed, stored, clashes);
		clashes.forEach((p) -> problems.computeIfAbsent(p.file(), (k) -> new ArrayList<>()).add(p));
		for (SeedFile file : files) {
			if (problems.containsKey(file.name())) {
				plan.add(new Planned(invalid(ItemKind.TOOL, slugOf(file.name()), problems.get(file.name())), null,
						null));
				continue;
			}
			accepted.stream().filter((p) -> p.file() == file).findFirst().ifPresent((p) -> {
				ToolDocument doc = p.document();
				Optional<StoredItem<ToolDocument>> current = this.tools.get(doc.slug());
				plan.add(new Planned(
						item(ItemKind.TOOL, doc.slug(), file.name(),
								current.map((c) -> YamlFields.of(c.document())).orElse(null), YamlFields.of(doc),
								current.map(StoredItem::retired).orElse(false), current.isPresent(), YamlFields.TOOL),
						doc, null));
			});
		}
	}

	private void planClaims(SeedFile file, List<Planned> plan) {
		ToolYamlReader.Result<List<ClaimDocument>> result = ToolYamlReader.readClaims(file.name(), file.content());
		Map<String, List<KbProblem>> problems = new LinkedHashMap<>();
		for (KbProblem p : result.problems()) {
			String item = p.key().contains("]") ? p.key().substring(0, p.key().indexOf(']') + 1) : file.name();
			problems.computeIfAbsent(item, (k) -> new ArrayList<>()).add(p);
		}
		problems.forEach((item, list) -> plan.add(new Planned(invalid(ItemKind.CLAIM, item, list), null, null)));
		if (result.document() == null) {
			return;
		}
		for (ClaimDocument claim : result.document()) {
			Optional<StoredItem<ClaimDocument>> current = this.claims.get(claim.id());
			plan.add(new Planned(
					item(ItemKind.CLAIM, claim.id(), file.name(),
							current.map((c) -> YamlFields.of(c.document())).orElse(null), YamlFields.of(claim),
							current.map(StoredItem::retired).orElse(false), current.isPresent(), YamlFields.CLAIM),
					null, claim));
		}
	}

	private static ImportItem item(ItemKind kind, String key, String file, Map<String, Object> before,
			Map<String, Object> after, boolean retired, boolean exists, List<String> fields) {
		if (!exists) {
			return new ImportItem(kind, key, file, ImportStatus.ADDED, List.of(), List.of(), false);
		}
		var changes = YamlFields.diff(before, after, fields);
		ImportStatus status = (changes.isEmpty() && !retired) ? ImportStatus.UNCHANGED : ImportStatus.CHANGED;
		return new ImportItem(kind, key, file, status, changes, List.of(), retired);
	}

	private static ImportItem invalid(ItemKind kind, String key, List<KbProblem> problems) {
		return new ImportItem(kind, key, problems.isEmpty() ? key : problems.get(0).file(), ImportStatus.INVALID,
				List.of(), problems, false);
	}

	private static String slugOf(String file) {
		String base = file.substring(file.lastIndexOf('/') + 1);
		return base.replaceFirst("\\.ya?ml$", "");
	}

}
