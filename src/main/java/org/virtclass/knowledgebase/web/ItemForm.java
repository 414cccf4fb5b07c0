package org.virtclass.knowledgebase.web;

import java.util.List;
import java.util.Map;

/** What the shared edit pages need from the form of each editable kind. */
interface ItemForm {

	Long getVersion();

	void setVersion(Long version);

	List<SourceRow> getSources();

	/** The form as file keys and values, the shape the file loader validates. */
	Map<String, Object> toFileMap();

}
