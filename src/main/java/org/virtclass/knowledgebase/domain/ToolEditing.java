package org.virtclass.knowledgebase.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.virtclass.knowledgebase.Author;
import org.virtclass.knowledgebase.EditResult;
import org.virtclass.knowledgebase.ItemKind;
import org.virtclass.knowledgebase.KbProblem;
import org.virtclass.knowledgebase.ToolDocument;
import org.virtclass.knowledgebase.ToolEdited;
import org.virtclass.knowledgebase.yaml.ToolYamlReader;
import org.virtclass.knowledgebase.yaml.ToolYamlWriter;
import org.virtclass.knowledgebase.yaml.YamlFields;

/**
 * Tools as editable items: one file per tool, keyed by slug, names unique across all
 * tools.
 */
@Service
public class ToolEditing extends ItemEditing<Tool, ToolDocument> {

	private final ToolRepository tools;

	ToolEditing(ToolRepository tools, Revisions revisions, Clock clock) {
		super(ItemKind.TOOL, tools, "slug", revisions, clock);
		this.tools = tools;
	}

	@Override
	Optional<Tool> find(String key) {
		return this.tools.findBySlug(key);
	}

	@Override
	Tool newItem(ToolDocument document, Instant now, String by) {
		return new Tool(document, now, by);
	}

	@Override
	String keyField() {
		return "slug";
	}

	@Override
	public String keyOf(ToolDocument document) {
		return document.slug();
	}

	@Override
	ToolYamlReader.Result<ToolDocument> check(ToolDocument document) {
		return ToolYamlReader.check(document);
	}

	@Override
	List<KbProblem> crossCheck(ToolDocument document) {
		return NameIndex.clashes(document, "form", storedDocuments());
	}

	private List<ToolDocument> storedDocuments() {
		return this.tools.findAll().stream().map(Tool::toDocument).toList();
	}

	/**
	 * Names that belong to another tool, checked even while other fields of the form are
	 * still wrong.
	 */
	public List<KbProblem> nameClashes(String slug, String name, String nameZh, List<String> aliases) {
		ToolDocument names = new ToolDocument(slug, (name != null) ? name : "", (nameZh != null) ? nameZh : "", aliases,
				null, null, null, null, null, null, null, null, false, null, null, null);
		return crossCheck(names);
	}

	@Override
	public String yaml(ToolDocument document) {
		return ToolYamlWriter.write(document);
	}

	@Override
	public ToolDocument read(String key, String yaml) {
		return ToolYamlReader.readTool("tools/" + key + ".yaml", yaml).document();
	}

	@Override
	public ToolYamlReader.Result<ToolDocument> read(String source, Map<String, Object> fields) {
		return ToolYamlReader.readTool(source, fields);
	}

	@Override
	public Map<String, Object> fields(ToolDocument document) {
		return YamlFields.of(document);
	}

	/** Each file is one tool; a file whose names another tool already uses is skipped. */
	@Override
	List<Seed<ToolDocument>> readSeeds(List<SeedFile> files, List<KbProblem> problems) {
		List<NameIndex.Parsed> documents = new ArrayList<>();
		for (SeedFile file : files) {
			ToolYamlReader.Result<ToolDocument> result = ToolYamlReader.readTool(file.name(), file.content());
			problems.addAll(result.problems());
			if (result.ok()) {
				documents.add(new NameIndex.Parsed(result.document(), file));
			}
		}
		return NameIndex.rejectCollisions(documents, storedDocuments(), problems)
			.stream()
			.map((p) -> new Seed<>(p.document(), p.file()))
			.toList();
	}

	@Override
	public Object edited(EditResult<ToolDocument> result, Author author) {
		return new ToolEdited(result.item().key(), result.change(), author.source(), result.item().version(),
				author.name(), result.at());
	}

}
