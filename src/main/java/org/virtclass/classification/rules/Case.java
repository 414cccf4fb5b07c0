package org.virtclass.classification.rules;

import java.util.List;

import org.virtclass.classification.Category;
import org.virtclass.classification.ImageFormat;
import org.virtclass.classification.ImageModel;
import org.virtclass.classification.ToolFacts;

/**
 * What a rule looks at: the facts, and (for the three criteria) the category the table
 * has already decided. While the category itself is being decided, {@code category} is
 * null.
 */
public record Case(ToolFacts facts, Category category) {

	/** True when at least one listed format belongs to this image model. */
	public boolean has(ImageModel model) {
		for (ImageFormat format : this.facts.imageFormats()) {
			if (format.model() == model) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The listed formats that belong to this image model, in the order they were listed.
	 */
	public List<ImageFormat> formatsOf(ImageModel model) {
		return this.facts.imageFormats().stream().filter((f) -> f.model() == model).distinct().toList();
	}

}
