package org.virtclass.knowledgebase.web;

import java.util.List;

/**
 * The add-row and remove-row buttons of the sources table: they change the rows and
 * redraw the form.
 */
final class SourceRows {

	private SourceRows() {
	}

	/**
	 * Applies an add or remove button, if one was pressed; true when the form must be
	 * shown again.
	 */
	static boolean edit(List<SourceRow> rows, String add, Integer remove) {
		if (add != null) {
			rows.add(new SourceRow());
			return true;
		}
		if (remove != null) {
			if (remove >= 0 && remove < rows.size()) {
				rows.remove((int) remove);
			}
			if (rows.isEmpty()) {
				rows.add(new SourceRow());
			}
			return true;
		}
		return false;
	}

}
