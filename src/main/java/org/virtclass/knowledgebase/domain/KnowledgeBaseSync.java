package org.virtclass.knowledgebase.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.virtclass.knowledgebase.Author;
import org.virtclass.knowledgebase.ChangeSource;
import org.virtclass.knowledgebase.ItemKind;
import org.virtclass.knowledgebase.KbProblem;
import org.virtclass.knowledgebase.LoadReport;

/**
 * Imports the seed files into the database, idempotently and without ever overwriting an
 * instructor's edit. Each stored item remembers the hash of the file content it came
 * from:
 * <ul>
 * <li>file unchanged since the last import: nothing to do;</li>
 * <li>file changed, item not edited in the browser since: the file wins;</li>
 * <li>both changed (to different contents): a {@link SyncConflict} is recorded and
 * nothing is overwritten.</li>
 * </ul>
 * A file with problems is skipped and reported; it never erases anything.
 */
@Service
public class KnowledgeBaseSync {

	static final String SYNC_USER = "knowledge-base files";

	private static final Logger log = LoggerFactory.getLogger(KnowledgeBaseSync.class);

	private static final Author AUTHOR = new Author(SYNC_USER, ChangeSource.FILE_SYNC);

	private final ToolEditing tools;

	private final ClaimEditing claims;

	private final SyncConflictRepository conflicts;

	private final Clock clock;

	KnowledgeBaseSync(ToolEditing tools, ClaimEditing claims, SyncConflictRepository conflicts, Clock clock) {
		this.tools = tools;
		this.claims = claims;
		this.conflicts = conflicts;
		this.clock = clock;
	}

	@Transactional
	public LoadReport sync(String location, List<SeedFile> toolFiles, List<SeedFile> claimFiles) {
		Instant now = this.clock.instant();
		Counts counts = new Counts();
		List<KbProblem> problems = new ArrayList<>();
		syncAll(this.tools, toolFiles, now, counts, problems);
		syncAll(this.claims, claimFiles, now, counts, problems);
		problems.forEach((p) -> log.warn("Knowledge base: {}", p));
		LoadReport report = new LoadReport(now, location, toolFiles.size() + claimFiles.size(), counts.added,
				counts.updated, counts.unchanged, counts.conflicts, problems);
		log.info("Knowledge base sync from {}: {} files, {} added, {} updated, {} unchanged, {} conflicts, {} problems",
				location, report.filesRead(), report.added(), report.updated(), report.unchanged(), report.conflicts(),
				problems.size());
		return report;
	}

	private <D> void syncAll(ItemEditing<?, D> editing, List<SeedFile> files, Instant now, Counts counts,
			List<KbProblem> problems) {
		List<ItemEditing.Seed<D>> seeds = editing.readSeeds(files, problems);
		List<ItemEditing.SyncOutcome> outcomes = editing
			.syncAll(seeds.stream().map(ItemEditing.Seed::document).toList(), now, AUTHOR);
		for (int i = 0; i < seeds.size(); i++) {
			ItemEditing.Seed<D> seed = seeds.get(i);
			switch (outcomes.get(i)) {
				case ADDED -> counts.added++;
				case UPDATED -> counts.updated++;
				case UNCHANGED -> counts.unchanged++;
				case CONFLICT -> {
					recordConflict(editing.kind(), editing.keyOf(seed.document()), seed.file(),
							Hashes.sha256(editing.yaml(seed.document())), now);
					counts.conflicts++;
				}
			}
		}
	}

	private void recordConflict(ItemKind kind, String key, SeedFile file, String fileHash, Instant now) {
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
