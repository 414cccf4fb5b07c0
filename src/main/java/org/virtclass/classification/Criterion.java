package org.virtclass.classification;

/**
 * The three criteria the seed article judges a "VM tool" by, numbered as the article
 * numbers them.
 */
public enum Criterion {

	HYPERVISOR_TYPE(1, "hypervisorType"), ISOLATION_LEVEL(2, "isolationLevel"), IMAGE_MODEL(3, "imageModel");

	private final int number;

	private final String field;

	Criterion(int number, String field) {
		this.number = number;
		this.field = field;
	}

	/** 1, 2 or 3. */
	public int number() {
		return this.number;
	}

	/** The verdict's field for this criterion. */
	public String field() {
		return this.field;
	}

	/**
	 * The message key of the criterion's name, {@code classification.dimension.<field>}.
	 */
	public String key() {
		return "classification.dimension." + this.field;
	}

}
