package org.virtclass.knowledgebase.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.virtclass.knowledgebase.Author;
import org.virtclass.knowledgebase.ChangeKind;
import org.virtclass.knowledgebase.EditResult;
import org.virtclass.knowledgebase.FieldChange;
import org.virtclass.knowledgebase.InvalidEditException;
import org.virtclass.knowledgebase.ItemKind;
import org.virtclass.knowledgebase.KbProblem;
import org.virtclass.knowledgebase.RevisionEntry;
import org.virtclass.knowledgebase.StaleEditException;
import org.virtclass.knowledgebase.StoredItem;
import org.virtclass.knowledgebase.UnknownItemException;
import org.virtclass.knowledgebase.yaml.ToolYamlReader;
import org.virtclass.knowledgebase.yaml.YamlFields;

/**
 * Edits of stored tools and claims, whatever door they come through (form, API, import,
 * conflict resolution, restore): each checks the version the editor saw, applies the file
 * loader's rules, writes the whole document and stores a revision. Runs inside the
 * caller's transaction.
 */
public abstract class ItemEditing<E extends EditableItem<D>, D> {

	/**
	 * A document read from a seed file, with the file content a conflict over it would
	 * show.
	 */
	record Seed<D>(D document, SeedFile file) {
	}

	/** What importing one seed document did. */
	enum SyncOutcome {

		ADDED, UPDATED, UNCHANGED, CONFLICT

	}

	private final ItemKind kind;

	private final JpaRepository<E, Long> repository;

	private final Sort order;

	private final Revisions revisions;

	private final Clock clock;

	ItemEditing(ItemKind kind, JpaRepository<E, Long> repository, String keyProperty, Revisions revisions,
			Clock clock) {
		this.kind = kind;
		this.repository = repository;
		this.order = Sort.by(keyProperty);
		this.revisions = revisions;
		this.clock = clock;
	}

	public ItemKind kind() {
		return this.kind;
	}

	abstract Optional<E> find(String key);

	abstract E newItem(D document, Instant now, String by);

	/**
	 * The form field that holds the key: a problem with a taken or changed key goes
	 * there.
	 */
	abstract String keyField();

	public abstract String keyOf(D document);

	/** The file loader's rules for one document. */
	abstract ToolYamlReader.Result<D> check(D document);

	/** Rules that need the other stored items, such as unique names. */
	List<KbProblem> crossCheck(D document) {
		return List.of();
	}

	/** The document as the knowledge-base files write it. */
	public abstract String yaml(D document);

	/**
	 * A document from its YAML as {@link #yaml} writes it, or null when it breaks the
	 * rules.
	 */
	public abstract D read(String key, String yaml);

	/**
	 * A document from nested fields (a form, a merge), checked by the file loader's
	 * rules.
	 */
	public abstract ToolYamlReader.Result<D> read(String source, Map<String, Object> fields);

	/** The document's fields by name, in file order, for diffs and merges. */
	public abstract Map<String, Object> fields(D document);

	/**
	 * The documents in the seed files of this kind; what is wrong with a file goes to
	 * {@code problems}.
	 */
	abstract List<Seed<D>> readSeeds(List<SeedFile> files, List<KbProblem> problems);

	/**
	 * The event other modules receive after a change: {@code ToolEdited},
	 * {@code ClaimEdited}.
	 */
	public abstract Object edited(EditResult<D> result, Author author);

	List<E> findAll() {
		return this.repository.findAll(this.order);
	}

	E saveAndFlush(E item) {
		return this.repository.saveAndFlush(item);
	}

	public Optional<StoredItem<D>> get(String key) {
		return find(key).map(this::stored);
	}

	public List<StoredItem<D>> all() {
		return findAll().stream().map(this::stored).toList();
	}

	/**
	 * Everything wrong with a document, as a new item ({@code creating}) or as an edit of
	 * its key.
	 */
	public List<KbProblem> problems(D document, boolean creating) {
		List<KbProblem> problems = new ArrayList<>(check(document).problems());
		if (problems.isEmpty()) {
			if (creating) {
				find(keyOf(document)).ifPresent((e) -> problems.add(keyTaken(e)));
			}
			problems.addAll(crossCheck(document));
		}
		return problems;
	}

	private KbProblem keyTaken(E existing) {
		String field = keyField();
		String code = existing.isRetired() ? "keyRetired" : "keyTaken";
		return new KbProblem("form", field,
				"'" + existing.getKey() + "' is already used"
						+ (existing.isRetired() ? " by a retired item; restore it instead" : ""),
				code, List.of(existing.getKey()));
	}

	public EditResult<D> create(D document, Author author) {
		requireValid(document, true);
		Instant now = this.clock.instant();
		E item = saveAndFlush(newItem(document, now, author.name()));
		record(item, ChangeKind.CREATE, author, now, null, document, null);
		return new EditResult<>(stored(item), ChangeKind.CREATE, now);
	}

	public EditResult<D> update(String key, long expectedVersion, D document, Author author) {
		return change(key, expectedVersion, document, author, ChangeKind.EDIT, null);
	}

	/**
	 * Settles a sync conflict: stores the chosen document and a revision even if the
	 * content stays, and remembers the file's hash so that the next start-up sees the
	 * file as imported.
	 */
	public EditResult<D> resolve(String key, long expectedVersion, D document, Author author, String fileHash) {
		return change(key, expectedVersion, document, author, ChangeKind.RESOLVE, fileHash);
	}

	public EditResult<D> revert(long revisionId, long expectedVersion, Author author) {
		RevisionEntry revision = this.revisions.get(revisionId)
			.filter((r) -> r.kind() == kind())
			.orElseThrow(() -> new UnknownItemException(kind(), "revision " + revisionId));
		D document = read(revision.key(), revision.afterYaml());
		if (document == null) {
			throw new InvalidEditException(List.of(new KbProblem("revision " + revisionId, "",
					"no longer passes the knowledge-base rules", "revisionInvalid", List.of())));
		}
		return change(revision.key(), expectedVersion, document, author, ChangeKind.REVERT, null);
	}

	public EditResult<D> retire(String key, long expectedVersion, Author author) {
		return setRetired(key, expectedVersion, true, author);
	}

	public EditResult<D> restore(String key, long expectedVersion, Author author) {
		return setRetired(key, expectedVersion, false, author);
	}

	private EditResult<D> setRetired(String key, long expectedVersion, boolean retired, Author author) {
		E item = current(key, expectedVersion);
		Instant now = this.clock.instant();
		if (item.isRetired() == retired) {
			return new EditResult<>(stored(item), null, now);
		}
		item.setRetired(retired);
		item.touch(now, author.name());
		item = flush(item, expectedVersion);
		D document = item.toDocument();
		ChangeKind change = retired ? ChangeKind.RETIRE : ChangeKind.RESTORE;
		record(item, change, author, now, document, document, List.of("retired"));
		return new EditResult<>(stored(item), change, now);
	}

	/**
	 * Stores a new content. With a {@code fileHash} (a resolved sync conflict) a revision
	 * is written even when the content stays, and the item remembers the file as
	 * imported.
	 */
	private EditResult<D> change(String key, long expectedVersion, D document, Author author, ChangeKind change,
			String fileHash) {
		boolean always = fileHash != null;
		E item = current(key, expectedVersion);
		if (!keyOf(document).equals(key)) {
			throw new InvalidEditException(List.of(new KbProblem("form", keyField(),
					"cannot be changed; it stays '" + key + "'", "keyFixed", List.of(key))));
		}
		requireValid(document, false);
		Instant now = this.clock.instant();
		D before = item.toDocument();
		boolean same = before.equals(document)
				|| YamlFields.diff(fields(before), fields(document), RevisionEntry.fieldNames(kind())).isEmpty();
		if (same && !always) {
			// nothing an editor would call a change (a set-like list only reordered): no
			// new version
			return new EditResult<>(stored(item), null, now);
		}
		if (same) {
			item.touch(now, author.name());
		}
		else {
			item.apply(document, now, author.name());
		}
		if (fileHash != null) {
			// Set last: any query before the flush would otherwise write it and bump the
			// version.
			item.setSeedHash(fileHash);
		}
		item = flush(item, expectedVersion);
		record(item, change, author, now, before, document, null);
		return new EditResult<>(stored(item), change, now);
	}

	/**
	 * Imports all seed documents of this kind, in order. The stored items are read once:
	 * a query per document would make Hibernate check every item loaded so far for
	 * changes before each one (an auto-flush), which made a first start's import of a few
	 * hundred tools take seconds.
	 */
	List<SyncOutcome> syncAll(List<D> documents, Instant now, Author author) {
		Map<String, E> stored = new HashMap<>();
		for (E item : findAll()) {
			stored.put(item.getKey(), item);
		}
		List<SyncOutcome> outcomes = new ArrayList<>(documents.size());
		for (D document : documents) {
			outcomes.add(sync(document, stored, now, author));
		}
		return outcomes;
	}

	/**
	 * Imports one document from a seed file, never over a browser edit: an item whose
	 * content left the last imported file is a conflict. Each item remembers the hash of
	 * the file content it came from.
	 */
	private SyncOutcome sync(D document, Map<String, E> stored, Instant now, Author author) {
		String fileHash = Hashes.sha256(yaml(document));
		E item = stored.get(keyOf(document));
		if (item == null) {
			item = newItem(document, now, author.name());
			item.setSeedHash(fileHash);
			this.repository.save(item);
			stored.put(item.getKey(), item);
			record(item, ChangeKind.CREATE, author, now, null, document, null);
			return SyncOutcome.ADDED;
		}
		if (fileHash.equals(item.getSeedHash())) {
			return SyncOutcome.UNCHANGED;
		}
		D before = item.toDocument();
		String storedHash = Hashes.sha256(yaml(before));
		if (storedHash.equals(fileHash)) {
			item.setSeedHash(fileHash);
			return SyncOutcome.UNCHANGED;
		}
		if (!storedHash.equals(item.getSeedHash())) {
			return SyncOutcome.CONFLICT;
		}
		item.apply(document, now, author.name());
		item.setSeedHash(fileHash);
		this.repository.saveAndFlush(item);
		record(item, ChangeKind.EDIT, author, now, before, document, null);
		return SyncOutcome.UPDATED;
	}

	private E current(String key, long expectedVersion) {
		E item = find(key).orElseThrow(() -> new UnknownItemException(kind(), key));
		if (item.getVersion() != expectedVersion) {
			throw new StaleEditException(kind(), key, expectedVersion);
		}
		return item;
	}

	private E flush(E item, long expectedVersion) {
		try {
			return saveAndFlush(item);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			// Another transaction saved between our version check and our write.
			throw new StaleEditException(kind(), item.getKey(), expectedVersion);
		}
	}

	private void requireValid(D document, boolean creating) {
		List<KbProblem> problems = problems(document, creating);
		if (!problems.isEmpty()) {
			throw new InvalidEditException(problems);
		}
	}

	private void record(E item, ChangeKind change, Author author, Instant now, D before, D after, List<String> fields) {
		List<String> changed = (fields != null) ? fields
				: YamlFields
					.diff((before != null) ? fields(before) : null, fields(after), RevisionEntry.fieldNames(kind()))
					.stream()
					.map(FieldChange::field)
					.toList();
		this.revisions.record(kind(), item.getKey(), change, author, now, item.getVersion(), changed,
				(before != null) ? yaml(before) : null, yaml(after));
	}

	StoredItem<D> stored(E item) {
		return new StoredItem<>(item.getKey(), item.toDocument(), item.getVersion(), item.getUpdatedAt(),
				item.getUpdatedBy(), item.isRetired());
	}

}
