package org.virtclass.knowledgebase.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.virtclass.knowledgebase.Author;
import org.virtclass.knowledgebase.ChangeKind;
import org.virtclass.knowledgebase.ItemKind;
import org.virtclass.knowledgebase.RevisionEntry;

/**
 * Stores a revision for every change and reads them back for the history and audit pages.
 */
@Service
public class Revisions {

	private final RevisionRepository repository;

	Revisions(RevisionRepository repository) {
		this.repository = repository;
	}

	RevisionEntry record(ItemKind kind, String key, ChangeKind change, Author author, Instant at, long version,
			List<String> changedFields, String beforeYaml, String afterYaml) {
		return entry(this.repository.save(new Revision(kind, key, change, author.source(), author.name(), at, version,
				changedFields, beforeYaml, afterYaml)));
	}

	public List<RevisionEntry> history(ItemKind kind, String key) {
		return this.repository.findByKindAndItemKeyOrderByIdDesc(kind, key).stream().map(Revisions::entry).toList();
	}

	public Page<RevisionEntry> all(int page, int size) {
		return this.repository.findAllByOrderByIdDesc(PageRequest.of(Math.max(0, page), size)).map(Revisions::entry);
	}

	public Optional<RevisionEntry> get(long id) {
		return this.repository.findById(id).map(Revisions::entry);
	}

	static RevisionEntry entry(Revision r) {
		return new RevisionEntry(r.getId(), r.getKind(), r.getItemKey(), r.getChange(), r.getSource(), r.getAuthor(),
				r.getCreatedAt(), r.getItemVersion(), r.getChangedFields(), r.getBeforeYaml(), r.getAfterYaml());
	}

}
