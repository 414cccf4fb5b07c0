package org.virtclass.knowledgebase;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.virtclass.knowledgebase.domain.ItemEditing;
import org.virtclass.knowledgebase.domain.SyncConflict;
import org.virtclass.knowledgebase.domain.SyncConflictRepository;
import org.virtclass.knowledgebase.yaml.ToolYamlReader;
import org.virtclass.knowledgebase.yaml.YamlFields;

/**
 * Conflicts the start-up sync found: a file and a browser edit both changed an item. An
 * instructor keeps the browser's version, takes the file's, or merges them field by
 * field; each way stores a revision and marks the file as imported.
 */
@Service
public class SyncConflicts {

	/** How a conflict was settled. */
	public enum Resolution {

		KEEP_BROWSER, TAKE_FILE, MERGE

	}

	/**
	 * A conflict as the pages show it; {@code fileYaml} is the file's content when it was
	 * found.
	 */
	public record Conflict(long id, ItemKind kind, String key, String fileName, String fileYaml, Instant detectedAt,
			Instant resolvedAt, String resolvedBy, String resolution) {

		public boolean resolved() {
			return this.resolvedAt != null;
		}

		/**
		 * The file's version as fields, or null when the file no longer passes the rules.
		 */
		public Map<String, Object> fileFields() {
			return this.kind.fields(this.fileYaml);
		}

	}

	private final SyncConflictRepository conflicts;

	private final KnowledgeBaseEditor editor;

	private final Clock clock;

	SyncConflicts(SyncConflictRepository conflicts, KnowledgeBaseEditor editor, Clock clock) {
		this.conflicts = conflicts;
		this.editor = editor;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Conflict> open() {
		return this.conflicts.findByResolvedAtIsNullOrderByDetectedAt().stream().map(SyncConflicts::view).toList();
	}

	@Transactional(readOnly = true)
	public List<Conflict> recentlyResolved() {
		return this.conflicts.findTop20ByResolvedAtIsNotNullOrderByResolvedAtDesc()
			.stream()
			.map(SyncConflicts::view)
			.toList();
	}

	@Transactional(readOnly = true)
	public long openCount() {
		return this.conflicts.countByResolvedAtIsNull();
	}

	@Transactional(readOnly = true)
	public Optional<Conflict> get(long id) {
		return this.conflicts.findById(id).map(SyncConflicts::view);
	}

	/**
	 * Settles an open conflict.
	 * @param browserVersion the version of the stored item the instructor saw
	 * @param fromFile for {@link Resolution#MERGE}, the fields taken from the file
	 * @throws StaleEditException when the item changed since the instructor looked
	 * @throws InvalidEditException when the chosen content breaks the rules
	 */
	@Transactional
	public EditResult<?> resolve(long id, long browserVersion, Resolution resolution, Set<String> fromFile,
			Author author) {
		SyncConflict conflict = this.conflicts.findById(id)
			.filter((c) -> c.getResolvedAt() == null)
			.orElseThrow(() -> new UnknownItemException(ItemKind.TOOL, "conflict " + id));
		EditResult<?> result = resolve(this.editor.editing(conflict.getKind()), view(conflict), browserVersion,
				resolution, fromFile, author, conflict.getFileHash());
		conflict.resolve(author.name(), resolution.name(), this.clock.instant());
		return result;
	}

	private <D> EditResult<D> resolve(ItemEditing<?, D> editing, Conflict view, long browserVersion,
			Resolution resolution, Set<String> fromFile, Author author, String fileHash) {
		D stored = editing.get(view.key())
			.orElseThrow(() -> new UnknownItemException(view.kind(), view.key()))
			.document();
		D chosen = choose(editing.fields(stored), view, resolution, fromFile,
				(map) -> editing.read(view.fileName(), map));
		return this.editor.published(view.kind(), editing.resolve(view.key(), browserVersion, chosen, author, fileHash),
				author);
	}

	private static <D> D choose(Map<String, Object> browser, Conflict conflict, Resolution resolution,
			Set<String> fromFile, java.util.function.Function<Map<String, Object>, ToolYamlReader.Result<D>> reader) {
		Map<String, Object> file = conflict.fileFields();
		if (file == null && resolution != Resolution.KEEP_BROWSER) {
			throw new InvalidEditException(List.of(new KbProblem(conflict.fileName(), "", "is not valid YAML any more",
					"notYaml", List.of(conflict.fileName()))));
		}
		Map<String, Object> chosen = switch (resolution) {
			case KEEP_BROWSER -> browser;
			case TAKE_FILE -> file;
			case MERGE -> YamlFields.merge(browser, file, fromFile);
		};
		ToolYamlReader.Result<D> result = reader.apply(YamlFields.nest(chosen));
		if (!result.ok()) {
			throw new InvalidEditException(result.problems());
		}
		return result.document();
	}

	private static Conflict view(SyncConflict c) {
		return new Conflict(c.getId(), c.getKind(), c.getItemKey(), c.getFileName(), c.getFileContent(),
				c.getDetectedAt(), c.getResolvedAt(), c.getResolvedBy(), c.getResolution());
	}

}
