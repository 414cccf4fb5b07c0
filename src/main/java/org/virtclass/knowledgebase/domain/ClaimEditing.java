package org.virtclass.knowledgebase.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.virtclass.knowledgebase.Author;
import org.virtclass.knowledgebase.ClaimDocument;
import org.virtclass.knowledgebase.ClaimEdited;
import org.virtclass.knowledgebase.EditResult;
import org.virtclass.knowledgebase.ItemKind;
import org.virtclass.knowledgebase.KbProblem;
import org.virtclass.knowledgebase.yaml.ToolYamlReader;
import org.virtclass.knowledgebase.yaml.ToolYamlWriter;
import org.virtclass.knowledgebase.yaml.YamlFields;

/** Myth-or-fact claims as editable items: all in one file, keyed by id. */
@Service
public class ClaimEditing extends ItemEditing<Claim, ClaimDocument> {

	private final ClaimRepository claims;

	ClaimEditing(ClaimRepository claims, Revisions revisions, Clock clock) {
		super(ItemKind.CLAIM, claims, "key", revisions, clock);
		this.claims = claims;
	}

	@Override
	Optional<Claim> find(String key) {
		return this.claims.findByKey(key);
	}

	@Override
	Claim newItem(ClaimDocument document, Instant now, String by) {
		return new Claim(document, now, by);
	}

	@Override
	String keyField() {
		return "id";
	}

	@Override
	public String keyOf(ClaimDocument document) {
		return document.id();
	}

	@Override
	ToolYamlReader.Result<ClaimDocument> check(ClaimDocument document) {
		return ToolYamlReader.check(document);
	}

	@Override
	public String yaml(ClaimDocument document) {
		return ToolYamlWriter.writeClaims(List.of(document));
	}

	@Override
	public ClaimDocument read(String key, String yaml) {
		var result = ToolYamlReader.readClaims("claims.yaml", yaml);
		return (result.problems().isEmpty() && result.document().size() == 1) ? result.document().get(0) : null;
	}

	@Override
	public ToolYamlReader.Result<ClaimDocument> read(String source, Map<String, Object> fields) {
		return ToolYamlReader.readClaim(source, fields);
	}

	@Override
	public Map<String, Object> fields(ClaimDocument document) {
		return YamlFields.of(document);
	}

	/**
	 * A file holds many claims, so a conflict shows the one claim as it would be written
	 * alone.
	 */
	@Override
	List<Seed<ClaimDocument>> readSeeds(List<SeedFile> files, List<KbProblem> problems) {
		List<Seed<ClaimDocument>> seeds = new ArrayList<>();
		for (SeedFile file : files) {
			ToolYamlReader.Result<List<ClaimDocument>> result = ToolYamlReader.readClaims(file.name(), file.content());
			problems.addAll(result.problems());
			if (result.document() != null) {
				result.document().forEach((c) -> seeds.add(new Seed<>(c, new SeedFile(file.name(), yaml(c)))));
			}
		}
		return seeds;
	}

	@Override
	public Object edited(EditResult<ClaimDocument> result, Author author) {
		return new ClaimEdited(result.item().key(), result.change(), author.source(), result.item().version(),
				author.name(), result.at());
	}

}
