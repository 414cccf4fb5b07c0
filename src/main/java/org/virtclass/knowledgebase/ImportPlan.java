package org.virtclass.knowledgebase;

import java.util.List;

/**
 * What an import would do, item by item, before anything is written.
 *
 * @param ignored entries of a zip that are not knowledge-base files (a README, a folder),
 * skipped
 */
public record ImportPlan(String fileName, List<ImportItem> items, List<String> ignored) {

	public ImportPlan {
		items = List.copyOf(items);
		ignored = List.copyOf(ignored);
	}

	public List<ImportItem> with(ImportStatus status) {
		return this.items.stream().filter((i) -> i.status() == status).toList();
	}

	public long count(ImportStatus status) {
		return this.items.stream().filter((i) -> i.status() == status).count();
	}

	/** Whether applying would change anything. */
	public boolean hasChanges() {
		return count(ImportStatus.ADDED) + count(ImportStatus.CHANGED) > 0;
	}

}
