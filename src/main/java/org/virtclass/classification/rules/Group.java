package org.virtclass.classification.rules;

import java.util.List;

import org.virtclass.classification.Category;
import org.virtclass.classification.HypervisorType;
import org.virtclass.classification.ImageModel;
import org.virtclass.classification.IsolationLevel;

/**
 * The four questions the rule table answers, in the order it answers them: the category
 * first, because the hypervisor type depends on it, then the three criteria. Each group
 * is first-match-wins.
 */
public enum Group {

	CATEGORY("category", List.of(Category.values())),
	HYPERVISOR_TYPE("hypervisorType", List.of(HypervisorType.values())),
	ISOLATION_LEVEL("isolationLevel", List.of(IsolationLevel.values())),
	IMAGE_MODEL("imageModel", List.of(ImageModel.values()));

	private final String field;

	private final List<Enum<?>> outcomes;

	Group(String field, List<Enum<?>> values) {
		this.field = field;
		this.outcomes = values;
	}

	/**
	 * The verdict's field name, also used in message keys
	 * ({@code classification.dimension.<field>}).
	 */
	public String field() {
		return this.field;
	}

	/** Every value this group can take, in declaration order. */
	public List<Enum<?>> outcomes() {
		return this.outcomes;
	}

}
