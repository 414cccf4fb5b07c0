package org.virtclass.knowledgebase;

import org.virtclass.classification.Category;
import org.virtclass.classification.HypervisorType;
import org.virtclass.classification.ImageModel;
import org.virtclass.classification.IsolationLevel;

/** The curated answer for a tool, which the engine's verdict must agree with. */
public record Labels(Category category, HypervisorType hypervisorType, IsolationLevel isolationLevel,
		ImageModel imageModel) {
}
