package org.virtclass.knowledgebase.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.virtclass.knowledgebase.ClaimDocument;
import org.virtclass.knowledgebase.ItemKind;
import org.virtclass.knowledgebase.KbProblem;
import org.virtclass.knowledgebase.yaml.ToolYamlReader;
import org.virtclass.knowledgebase.yaml.ToolYamlWriter;
import org.virtclass.knowledgebase.yaml.YamlFields;

@Service
public class ClaimEditing extends ItemEditing<Claim, ClaimDocument> {

	private final ClaimRepository claims;

	ClaimEditing(ClaimRepository claims, Revisions revisions, Clock clock) {
		super(revisions, clock);
		this.claims = claims;
	}

	@Override
	ItemKind kind() {
		return ItemKind.CLAIM;
	}

	@Override
	Optional<Claim> find(String key) {
		return this.claims.findByKey(key);
	}

	@Override
	List<Claim> findAll() {
		return this.claims.findAll(Sort.by("key"));
	}

	@Override
	Claim newItem(ClaimDocument document, Instant now, String by) {
		return new Claim(document, now, by);
	}

	@Override
	Claim saveAndFlush(Claim item) {
		return this.claims.saveAndFlush(item);
	}

	@Override
	String keyOf(ClaimDocument document) {
		return document.id();
	}

	@Override
	ToolYamlReader.Result<ClaimDocument> check(ClaimDocument document) {
		return ToolYamlReader.check(document);
	}

	@Override
	List<KbProblem> crossCheck(ClaimDocument document) {
		return List.of();
	}

	@Override
	String yaml(ClaimDocument document) {
		return ToolYamlWriter.writeClaims(List.of(document));
	}

	@Override
	ClaimDocument read(String key, String yaml) {
		var result = ToolYamlReader.readClaims("claims.yaml", yaml);
		return (result.problems().isEmpty() && result.document().size() == 1) ? result.document().get(0) : null;
	}

	@Override
	Map<String, Object> fields(ClaimDocument document) {
		return YamlFields.of(document);
	}

}
