package org.virtclass.knowledgebase;

import java.util.List;

/**
 * One tool or claim in an import, as the preview shows it.
 *
 * @param key the slug or claim id, or the file name when the file could not be read
 * @param file where in the upload it came from
 * @param changes for {@link ImportStatus#CHANGED}, the fields that would change
 * @param problems for {@link ImportStatus#INVALID}, why it is skipped
 * @param restores the item is retired now and the import brings it back
 */
public record ImportItem(ItemKind kind, String key, String file, ImportStatus status, List<FieldChange> changes,
		List<KbProblem> problems, boolean restores) {

	public ImportItem {
		changes = List.copyOf(changes);
		problems = List.copyOf(problems);
	}

}
