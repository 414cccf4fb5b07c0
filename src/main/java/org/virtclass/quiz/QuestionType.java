package org.virtclass.quiz;

/** The kinds of question the generator writes. Names are part of the JSON API. */
public enum QuestionType {

	/** Which of these is not a VM tool (the classic exam question). */
	NOT_VM_TOOL,
	/** Which of these is a VM tool. */
	VM_TOOL,
	/** Which of these is a type 1 (bare-metal) hypervisor. */
	TYPE_1_HYPERVISOR,
	/** Which of these is a type 2 (hosted) hypervisor. */
	TYPE_2_HYPERVISOR,
	/** Which of these runs its guests as processes on the host's kernel. */
	SHARES_HOST_KERNEL,
	/** Which tool uses this image format, or which format a tool uses. */
	IMAGE_FORMAT,
	/** Is this claim from the seed article a fact, a myth or misleading. */
	MYTH_OR_FACT,
	/** Which of the three criteria separates two tools. */
	CRITERION,
	/** A question an instructor pasted and keyed; never generated. */
	TEACHER;

	private static final java.util.List<QuestionType> GENERATED = java.util.Arrays.stream(values())
		.filter((t) -> t != TEACHER)
		.toList();

	/** The types the generator writes: every type but the teachers' own. */
	public static java.util.List<QuestionType> generated() {
		return GENERATED;
	}

	public String messageKey() {
		return "quiz.type." + name();
	}

}
