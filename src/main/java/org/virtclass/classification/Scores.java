package org.virtclass.classification;

import java.util.Map;

/**
 * How strongly the rules point at each value: for the category and for each of the three
 * criteria, every value has a share between 0 and 1, and the shares of one map add up to
 * 1. The winning value has the largest share. Keys are in the enum's declaration order.
 *
 * @param category a share per category
 * @param hypervisorType criterion 1, a share per hypervisor type
 * @param isolationLevel criterion 2, a share per isolation level
 * @param imageModel criterion 3, a share per image model
 */
public record Scores(Map<Category, Double> category, Map<HypervisorType, Double> hypervisorType,
		Map<IsolationLevel, Double> isolationLevel, Map<ImageModel, Double> imageModel) {

}
