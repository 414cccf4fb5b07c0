package org.virtclass.classification;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The observable facts about a tool that the engine reads. Field names are the keys used
 * in the knowledge-base YAML files and in the JSON API.
 *
 * @param guestOwnKernel each guest boots its own OS kernel (or system software) on
 * virtual hardware
 * @param hardwareVirtualization whether the CPU's virtualization extensions are used
 * @param runsOn where the tool itself runs
 * @param emulatesForeignIsa executes another CPU architecture's instructions in software
 * @param sharesHostKernel guests are host processes that share the host kernel
 * (namespaces, cgroups)
 * @param userSpaceKernel guest system calls are served by a kernel running as a
 * user-space process
 * @param translatesSyscalls translates another OS's system calls or API into the host's
 * @param managesOthers drives other hypervisors, runtimes or hosts rather than isolating
 * itself
 * @param imageFormats what a guest is packaged as
 * @param contested names of the facts above on which sources disagree
 */
public record ToolFacts(boolean guestOwnKernel, HardwareVirtualization hardwareVirtualization, RunsOn runsOn,
		boolean emulatesForeignIsa, boolean sharesHostKernel, boolean userSpaceKernel, boolean translatesSyscalls,
		boolean managesOthers, List<ImageFormat> imageFormats, List<String> contested) {

	/** The fact names, in the fixed order used by the YAML files. */
	public static final List<String> NAMES = List.of("guestOwnKernel", "hardwareVirtualization", "runsOn",
			"emulatesForeignIsa", "sharesHostKernel", "userSpaceKernel", "translatesSyscalls", "managesOthers",
			"imageFormats", "contested");

	/** Facts that can be named in {@link #contested()}. */
	public static final Set<String> CONTESTABLE = Set.copyOf(NAMES.subList(0, NAMES.size() - 1));

	public ToolFacts {
		Objects.requireNonNull(hardwareVirtualization, "hardwareVirtualization");
		Objects.requireNonNull(runsOn, "runsOn");
		imageFormats = (imageFormats != null) ? List.copyOf(imageFormats) : List.of();
		contested = (contested != null) ? List.copyOf(contested) : List.of();
	}

	public boolean hasFormat(ImageFormat format) {
		return this.imageFormats.contains(format);
	}

	public boolean isContested(String fact) {
		return this.contested.contains(fact);
	}

}
