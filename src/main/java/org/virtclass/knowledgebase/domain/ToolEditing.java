package org.virtclass.knowledgebase.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.virtclass.knowledgebase.ItemKind;
import org.virtclass.knowledgebase.KbProblem;
import org.virtclass.knowledgebase.ToolDocument;
import org.virtclass.knowledgebase.yaml.ToolYamlReader;
import org.virtclass.knowledgebase.yaml.ToolYamlWriter;
import org.virtclass.knowledgebase.yaml.YamlFields;

@Service
public class ToolEditing extends ItemEditing<Tool, ToolDocument> {

	private final ToolRepository tools;

	ToolEditing(ToolRepository tools, Revisions revisions, Clock clock) {
		super(revisions, clock);
		this.tools = tools;
	}

	@Override
	ItemKind kind() {
		return ItemKind.TOOL;
	}

	@Override
	Optional<Tool> find(String key) {
		return this.tools.findBySlug(key);
	}

	@Override
	List<Tool> findAll() {
		return this.tools.findAll(Sort.by("slug"));
	}

	@Override
	Tool newItem(ToolDocument document, Instant now, String by) {
		return new Tool(document, now, by);
	}

	@Override
	Tool saveAndFlush(Tool item) {
		return this.tools.saveAndFlush(item);
	}

	@Override
	String keyOf(ToolDocument document) {
		return document.slug();
	}

	@Override
	ToolYamlReader.Result<ToolDocument> check(ToolDocument document) {
		return ToolYamlReader.check(document);
	}

	@Override
	List<KbProblem> crossCheck(ToolDocument document) {
		return NameIndex.clashes(document, "form", this.tools.findAll().stream().map(Tool::toDocument).toList());
	}

	/** Names that belong to another tool, checked even while other fields of the form are still wrong. */
	public List<KbProblem> nameClashes(String slug, String name, String nameZh, List<String> aliases) {
		ToolDocument names = new ToolDocument(slug, (name != null) ? name : "", (nameZh != null) ? nameZh : "",
				aliases, null, null, null, null, null, null, null, null, false, null, null, null);
		return crossCheck(names);
	}

	@Override
	String yaml(ToolDocument document) {
		return ToolYamlWriter.write(document);
	}

	@Override
	ToolDocument read(String key, String yaml) {
		return ToolYamlReader.readTool("tools/" + key + ".yaml", yaml).document();
	}

	@Override
	Map<String, Object> fields(ToolDocument document) {
		return YamlFields.of(document);
	}

}
