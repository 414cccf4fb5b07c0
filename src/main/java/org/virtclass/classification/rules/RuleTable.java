package org.virtclass.classification.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.virtclass.classification.HardwareVirtualization;
import org.virtclass.classification.HypervisorType;
import org.virtclass.classification.ImageModel;
import org.virtclass.classification.IsolationLevel;
import org.virtclass.classification.RunsOn;

import static org.virtclass.classification.Category.COMPAT_LAYER;
import static org.virtclass.classification.Category.CONTAINER;
import static org.virtclass.classification.Category.EMULATOR;
import static org.virtclass.classification.Category.NOT_VIRTUALIZATION;
import static org.virtclass.classification.Category.ORCHESTRATOR;
import static org.virtclass.classification.Category.SANDBOXED_CONTAINER;
import static org.virtclass.classification.Category.VM_TOOL;
import static org.virtclass.classification.rules.Group.CATEGORY;
import static org.virtclass.classification.rules.Group.HYPERVISOR_TYPE;
import static org.virtclass.classification.rules.Group.IMAGE_MODEL;
import static org.virtclass.classification.rules.Group.ISOLATION_LEVEL;

/**
 * Every rule and weight of the engine, in one table that reads like the knowledge-base
 * README's "How the labels follow from the facts". Each group is the README's
 * first-match-wins list, step by step; a step with an "or" is split into one line per
 * alternative so that the reason can say which one held. A value's score is the weight of
 * its strongest matching rule, and each step weighs twice as much as the next one, so the
 * strongest match is always the first match: the weights reproduce the README's order
 * exactly, and how far the runner-up trails the winner gives the confidence.
 */
public final class RuleTable {

	/**
	 * Confidence is multiplied by this for each contested fact whose other reading
	 * changes the category.
	 */
	public static final double CONTESTED_CATEGORY_FACTOR = 0.6;

	/**
	 * ... and by this for each contested fact whose other reading changes only one of the
	 * three criteria.
	 */
	public static final double CONTESTED_CRITERION_FACTOR = 0.8;

	// The facts, as conditions.
	static final Predicate<Case> OWN_KERNEL = (c) -> c.facts().guestOwnKernel();
	static final Predicate<Case> SHARES_HOST_KERNEL = (c) -> c.facts().sharesHostKernel();
	static final Predicate<Case> USER_SPACE_KERNEL = (c) -> c.facts().userSpaceKernel();
	static final Predicate<Case> TRANSLATES_SYSCALLS = (c) -> c.facts().translatesSyscalls();
	static final Predicate<Case> EMULATES_FOREIGN_ISA = (c) -> c.facts().emulatesForeignIsa();
	static final Predicate<Case> MANAGES_OTHERS = (c) -> c.facts().managesOthers();
	static final Predicate<Case> NO_HARDWARE_VIRTUALIZATION = (
			c) -> c.facts().hardwareVirtualization() == HardwareVirtualization.NOT_USED;
	static final Predicate<Case> OCI = (c) -> c.has(ImageModel.LAYERED_OCI_IMAGE);
	static final Predicate<Case> DISK_IMAGE = (c) -> c.has(ImageModel.FULL_DISK_IMAGE);
	static final Predicate<Case> TEMPLATE = (c) -> c.has(ImageModel.ROOTFS_TEMPLATE);
	static final Predicate<Case> BOOT_MEDIA = (c) -> c.has(ImageModel.ROM_OR_ISO);

	/**
	 * A hypervisor: a VM tool that provides the virtual machines itself rather than
	 * managing others.
	 */
	static final Predicate<Case> HYPERVISOR = (c) -> c.category() == VM_TOOL && !c.facts().managesOthers();
	static final Predicate<Case> VM_MANAGER = (c) -> c.category() == VM_TOOL && c.facts().managesOthers();

	private static final List<Rule> RULES = List.of(
			// group, step, name, condition, target, weight
			rule(CATEGORY, 1, "orchestrator", MANAGES_OTHERS.and(SHARES_HOST_KERNEL.or(OCI)), ORCHESTRATOR, 128),
			rule(CATEGORY, 2, "vmManager", MANAGES_OTHERS.and(OWN_KERNEL), VM_TOOL, 64),
			rule(CATEGORY, 3, "sandboxVm", OWN_KERNEL.and(OCI), SANDBOXED_CONTAINER, 32),
			rule(CATEGORY, 3, "sandboxUserKernel", USER_SPACE_KERNEL.and(OCI), SANDBOXED_CONTAINER, 32),
			rule(CATEGORY, 4, "emulator", OWN_KERNEL.and(EMULATES_FOREIGN_ISA).and(NO_HARDWARE_VIRTUALIZATION),
					EMULATOR, 16),
			rule(CATEGORY, 5, "hypervisor", OWN_KERNEL, VM_TOOL, 8),
			rule(CATEGORY, 6, "container", SHARES_HOST_KERNEL, CONTAINER, 4),
			rule(CATEGORY, 7, "syscallTranslator", TRANSLATES_SYSCALLS, COMPAT_LAYER, 2),
			rule(CATEGORY, 7, "isaTranslator", EMULATES_FOREIGN_ISA, COMPAT_LAYER, 2),
			otherwise(CATEGORY, 8, "everyday", NOT_VIRTUALIZATION, 1),

			// Criterion 1, hardware abstraction level: only a hypervisor has a type.
			rule(HYPERVISOR_TYPE, 1, "type1", HYPERVISOR.and(runsOn(RunsOn.BARE_METAL)), HypervisorType.TYPE_1, 2),
			rule(HYPERVISOR_TYPE, 1, "hybrid", HYPERVISOR.and(runsOn(RunsOn.HOST_KERNEL)), HypervisorType.HYBRID, 2),
			rule(HYPERVISOR_TYPE, 1, "type2", HYPERVISOR.and(runsOn(RunsOn.HOST_OS)), HypervisorType.TYPE_2, 2),
			rule(HYPERVISOR_TYPE, 2, "managerHasNoType", VM_MANAGER, HypervisorType.NONE, 1),
			otherwise(HYPERVISOR_TYPE, 2, "notAHypervisor", HypervisorType.NONE, 1, (c) -> List.of(key(c.category()))),

			// Criterion 2, isolation strength.
			rule(ISOLATION_LEVEL, 1, "ownKernelIsolation", OWN_KERNEL, IsolationLevel.HARDWARE, 8),
			rule(ISOLATION_LEVEL, 2, "sharedKernelIsolation", SHARES_HOST_KERNEL, IsolationLevel.KERNEL, 4),
			rule(ISOLATION_LEVEL, 2, "userKernelIsolation", USER_SPACE_KERNEL, IsolationLevel.KERNEL, 4),
			rule(ISOLATION_LEVEL, 3, "syscallIsolation", TRANSLATES_SYSCALLS, IsolationLevel.PROCESS, 2),
			rule(ISOLATION_LEVEL, 3, "isaIsolation", EMULATES_FOREIGN_ISA, IsolationLevel.PROCESS, 2),
			otherwise(ISOLATION_LEVEL, 4, "noIsolation", IsolationLevel.NONE, 1),

			// Criterion 3, image model: the strongest format listed decides.
			rule(IMAGE_MODEL, 1, "diskImage", DISK_IMAGE, ImageModel.FULL_DISK_IMAGE, 16,
					formats(ImageModel.FULL_DISK_IMAGE)),
			rule(IMAGE_MODEL, 2, "ociImage", OCI, ImageModel.LAYERED_OCI_IMAGE, 8),
			rule(IMAGE_MODEL, 3, "rootfsTemplate", TEMPLATE, ImageModel.ROOTFS_TEMPLATE, 4,
					formats(ImageModel.ROOTFS_TEMPLATE)),
			rule(IMAGE_MODEL, 4, "bootMedia", BOOT_MEDIA, ImageModel.ROM_OR_ISO, 2, formats(ImageModel.ROM_OR_ISO)),
			otherwise(IMAGE_MODEL, 5, "noImage", ImageModel.NONE, 1));

	private RuleTable() {
	}

	/** Every rule, grouped, in table order. */
	public static List<Rule> rules() {
		return RULES;
	}

	/** The rules of one group, in table order. */
	public static List<Rule> rules(Group group) {
		return RULES.stream().filter((r) -> r.group() == group).toList();
	}

	/**
	 * The message key that displays an enum value:
	 * {@code classification.<enumType>.<CONSTANT>}.
	 */
	public static String key(Enum<?> value) {
		String type = value.getDeclaringClass().getSimpleName();
		return "classification." + Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + value.name();
	}

	private static Predicate<Case> runsOn(RunsOn where) {
		return (c) -> c.facts().runsOn() == where;
	}

	private static Function<Case, List<Object>> formats(ImageModel model) {
		return (c) -> List.of(c.formatsOf(model).stream().map(RuleTable::key).toList());
	}

	private static Rule rule(Group group, int step, String name, Predicate<Case> when, Enum<?> target, int weight) {
		return rule(group, step, name, when, target, weight, (c) -> List.of());
	}

	private static Rule rule(Group group, int step, String name, Predicate<Case> when, Enum<?> target, int weight,
			Function<Case, List<Object>> args) {
		return new Rule(group, step, name, when, target, weight, false, "classification.reason." + name, args);
	}

	private static Rule otherwise(Group group, int step, String name, Enum<?> target, int weight) {
		return otherwise(group, step, name, target, weight, (c) -> List.of());
	}

	private static Rule otherwise(Group group, int step, String name, Enum<?> target, int weight,
			Function<Case, List<Object>> args) {
		return new Rule(group, step, name, (c) -> true, target, weight, true, "classification.reason." + name, args);
	}

}
