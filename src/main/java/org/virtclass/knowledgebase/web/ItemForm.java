package org.virtclass.knowledgebase.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the forms of all editable kinds share: the version the editor saw and the source
 * rows. The shared edit pages ({@link ItemEditController}) need nothing else from a form.
 */
abstract class ItemForm {

	private Long version;

	private List<SourceRow> sources = new ArrayList<>();

	/** The form as file keys and values, the shape the file loader validates. */
	public abstract Map<String, Object> toFileMap();

	/**
	 * Puts the key from the address into the form: it cannot change once the item exists.
	 */
	abstract void keepKey(String key);

	/**
	 * The source rows from a document's {@code sources} field; one empty row when there
	 * are none.
	 */
	void fillSources(Object sources) {
		this.sources = FormFields.rows(sources);
		if (this.sources.isEmpty()) {
			this.sources.add(new SourceRow());
		}
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	/** The source rows with their positions, for the form's table. */
	public List<SourceRow.Indexed> getSourceRows() {
		return SourceRow.indexed(this.sources);
	}

	public List<SourceRow> getSources() {
		return this.sources;
	}

	public void setSources(List<SourceRow> sources) {
		this.sources = (sources != null) ? sources : new ArrayList<>();
	}

}
