package org.virtclass.knowledgebase.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.virtclass.knowledgebase.Author;
import org.virtclass.knowledgebase.ChangeKind;
import org.virtclass.knowledgebase.ChangeSource;
import org.virtclass.knowledgebase.ClaimDocument;
import org.virtclass.knowledgebase.FieldChange;
import org.virtclass.knowledgebase.ItemKind;
import org.virtclass.knowledgebase.KbProblem;
import org.virtclass.knowledgebase.LoadReport;
import org.virtclass.knowledgebase.ToolDocument;
import org.virtclass.knowledgebase.yaml.ToolYamlReader;
import org.virtclass.knowledgebase.yaml.ToolYamlWriter;
import org.virtclass.knowledgebase.yaml.YamlFields;

/**
 * Imports the seed files into the database, idempotently and without ever overwriting an
 * instructor's edit. Each stored item remembers the hash of the file content it came from:
 * <ul>
 * <li>file unchanged since the last import: nothing to do;</li>
 * <li>file changed, item not edited in the browser since: the file wins;</li>
 * <li>both changed (to different contents): a {@link SyncConflict} is recorded and nothing is
 * overwritten.</li>
 * </ul>
 * A file with problems is skipped and reported; it never erases anything.
 */
@Service
public class KnowledgeBaseSync {

	static final String SYNC_USER = "knowledge-base files";

	private static final Logger log = LoggerFactory.getLogger(KnowledgeBaseSync.class);

	private final ToolRepository tools;

	private final ClaimRepository claims;

	private final SyncConflictRepository conflicts;

	private static final Author AUTHOR = new Author(SYNC_USER, ChangeSource.FILE_SYNC);

	private final Clock clock;

	private final Revisions revisions;

	KnowledgeBaseSync(ToolRepository tools, ClaimRepository claims, SyncConflictRepository conflicts, Clock clock,
			Revisions revisions) {
		this.tools = tools;
		this.claims = claims;
		this.conflicts = conflicts;
		this.clock = clock;
		this.revisions = revisions;
	}

	@Transactional
	public LoadReport sync(String location, List<SeedFile> toolFiles, List<SeedFile> claimFiles) {
		Instant now = this.clock.instant();
		Counts counts = new Counts();
		List<KbProblem> problems = new ArrayList<>();
		List<NameIndex.Parsed> documents = new ArrayList<>();
		for (SeedFile file : toolFiles) {
			ToolYamlReader.Result<ToolDocument> result = ToolYamlReader.readTool(file.name(), file.content());
			problems.addAll(result.problems());
			if (result.ok()) {
				documents.add(new NameIndex.Parsed(result.document(), file));
			}
		}
		List<ToolDocument> stored = this.tools.findAll().stream().map(Tool::toDocument).toList();
		for (NameIndex.Parsed parsed : NameIndex.rejectCollisions(documents, stored, problems)) {
			syncTool(parsed.document(), parsed.file(), now, counts);
		}
		for (SeedFile file : claimFiles) {
			ToolYamlReader.Result<List<ClaimDocument>> result = ToolYamlReader.readClaims(file.name(),
					file.content());
			problems.addAll(result.problems());
			if (result.document() != null) {
				for (ClaimDocument claim : result.document()) {
					syncClaim(claim, file, now, counts);
				}
			}
		}
		problems.forEach((p) -> log.warn("Knowledge base: {}", p));
		LoadReport report = new LoadReport(now, location, toolFiles.size() + claimFiles.size(), counts.added,
				counts.updated, counts.unchanged, counts.conflicts, problems);
		log.info("Knowledge base sync from {}: {} files, {} added, {} updated, {} unchanged, {} conflicts, {} problems",
				location, report.filesRead(), report.added(), report.updated(), report.unchanged(),
				report.conflicts(), problems.size());
		return report;
	}

	private void syncTool(ToolDocument doc, SeedFile file, Instant now, Counts counts) {
		String fileHash = Hashes.of(doc);
		Optional<Tool> existing = this.tools.findBySlug(doc.slug());
		if (existing.isEmpty()) {
			Tool tool = new Tool(doc, now, SYNC_USER);
			tool.setSeedHash(fileHash);
			this.tools.save(tool);
			recordTool(ChangeKind.CREATE, null, doc, tool.getVersion(), now);
			counts.added++;
			return;
		}
		Tool tool = existing.get();
		if (fileHash.equals(tool.getSeedHash())) {
			counts.unchanged++;
			return;
		}
		String storedHash = Hashes.of(tool.toDocument());
		if (storedHash.equals(fileHash)) {
			tool.setSeedHash(fileHash);
			counts.unchanged++;
		}
		else if (storedHash.equals(tool.getSeedHash())) {
			ToolDocument before = tool.toDocument();
			tool.apply(doc, now, SYNC_USER);
			tool.setSeedHash(fileHash);
			this.tools.saveAndFlush(tool);
			recordTool(ChangeKind.EDIT, before, doc, tool.getVersion(), now);
			counts.updated++;
		}
		else {
			recordConflict(SyncConflict.Kind.TOOL, doc.slug(), file, fileHash, now);
			counts.conflicts++;
		}
	}

	private void syncClaim(ClaimDocument doc, SeedFile file, Instant now, Counts counts) {
		String fileHash = Hashes.of(doc);
		Optional<Claim> existing = this.claims.findByKey(doc.id());
		if (existing.isEmpty()) {
			Claim claim = new Claim(doc, now, SYNC_USER);
			claim.setSeedHash(fileHash);
			this.claims.save(claim);
			recordClaim(ChangeKind.CREATE, null, doc, claim.getVersion(), now);
			counts.added++;
			return;
		}
		Claim claim = existing.get();
		if (fileHash.equals(claim.getSeedHash())) {
			counts.unchanged++;
			return;
		}
		String storedHash = Hashes.of(claim.toDocument());
		if (storedHash.equals(fileHash)) {
			claim.setSeedHash(fileHash);
			counts.unchanged++;
		}
		else if (storedHash.equals(claim.getSeedHash())) {
			ClaimDocument before = claim.toDocument();
			claim.apply(doc, now, SYNC_USER);
			claim.setSeedHash(fileHash);
			this.claims.saveAndFlush(claim);
			recordClaim(ChangeKind.EDIT, before, doc, claim.getVersion(), now);
			counts.updated++;
		}
		else {
			String content = ToolYamlWriter.writeClaims(List.of(doc));
			recordConflict(SyncConflict.Kind.CLAIM, doc.id(), new SeedFile(file.name(), content), fileHash, now);
			counts.conflicts++;
		}
	}

	private void recordTool(ChangeKind change, ToolDocument before, ToolDocument after, long version, Instant now) {
		List<String> fields = YamlFields.diff((before != null) ? YamlFields.of(before) : null, YamlFields.of(after),
				YamlFields.TOOL).stream().map(FieldChange::field).toList();
		this.revisions.record(ItemKind.TOOL, after.slug(), change, AUTHOR, now, version, fields,
				(before != null) ? ToolYamlWriter.write(before) : null, ToolYamlWriter.write(after));
	}

	private void recordClaim(ChangeKind change, ClaimDocument before, ClaimDocument after, long version, Instant now) {
		List<String> fields = YamlFields.diff((before != null) ? YamlFields.of(before) : null, YamlFields.of(after),
				YamlFields.CLAIM).stream().map(FieldChange::field).toList();
		this.revisions.record(ItemKind.CLAIM, after.id(), change, AUTHOR, now, version, fields,
				(before != null) ? ToolYamlWriter.writeClaims(List.of(before)) : null,
				ToolYamlWriter.writeClaims(List.of(after)));
	}

	private void recordConflict(SyncConflict.Kind kind, String key, SeedFile file, String fileHash, Instant now) {
		if (this.conflicts.findFirstByKindAndItemKeyAndFileHash(kind, key, fileHash).isEmpty()) {
			this.conflicts.save(new SyncConflict(kind, key, file.name(), file.content(), fileHash, now));
			log.warn("Knowledge base: {} changed in the file and in the browser; kept the browser's version and "
					+ "recorded a conflict for an instructor to resolve", file.name());
		}
	}

	private static final class Counts {

		int added;

		int updated;

		int unchanged;

		int conflicts;

	}

}
