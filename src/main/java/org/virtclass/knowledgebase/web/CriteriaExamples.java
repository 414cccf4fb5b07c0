package org.virtclass.knowledgebase.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.virtclass.knowledgebase.KnowledgeBase;
import org.virtclass.knowledgebase.ToolEntry;

/**
 * Well-known tools that illustrate each value of each criterion on the criteria page.
 * Only tools that exist and are not contested are shown, so an example never teaches a
 * disputed point.
 */
record CriteriaExamples(Map<String, List<ToolEntry>> byValue) {

	private static final Map<String, List<String>> PICKS = new LinkedHashMap<>();

	static {
		PICKS.put("TYPE_1", List.of("vmware-esxi", "hyper-v", "xen"));
		PICKS.put("TYPE_2", List.of("virtualbox", "vmware-workstation", "parallels-desktop"));
		PICKS.put("HYBRID", List.of("kvm", "bhyve"));
		PICKS.put("HARDWARE", List.of("virtualbox", "vmware-esxi", "hyper-v"));
		PICKS.put("KERNEL", List.of("docker", "lxc", "podman", "gvisor"));
		PICKS.put("PROCESS", List.of("wine", "wsl1", "rosetta-2"));
		PICKS.put("NONE", List.of("winrar", "wireshark", "jvm"));
		PICKS.put("FULL_DISK_IMAGE", List.of("virtualbox", "vmware-workstation", "qemu"));
		PICKS.put("LAYERED_OCI_IMAGE", List.of("docker", "podman", "kubernetes"));
		PICKS.put("ROOTFS_TEMPLATE", List.of("lxc", "openvz", "freebsd-jails"));
		PICKS.put("ROM_OR_ISO", List.of("mame", "daemon-tools"));
	}

	static CriteriaExamples from(KnowledgeBase kb) {
		Map<String, List<ToolEntry>> result = new LinkedHashMap<>();
		PICKS.forEach((value, slugs) -> result.put(value,
				slugs.stream().map((s) -> kb.tool(s).orElse(null)).filter(Objects::nonNull).toList()));
		return new CriteriaExamples(result);
	}

	public List<ToolEntry> get(String value) {
		return this.byValue.getOrDefault(value, List.of());
	}

}
