package org.virtclass.knowledgebase;

import java.util.List;
import java.util.Locale;

import org.virtclass.classification.Category;
import org.virtclass.classification.HypervisorType;
import org.virtclass.classification.IsolationLevel;
import org.virtclass.knowledgebase.yaml.ToolYamlReader;

/**
 * A catalogue query: free text over both languages' names and aliases, plus label filters. Blank
 * parts match everything.
 */
public record ToolSearch(String q, Category category, HypervisorType hypervisorType, IsolationLevel isolationLevel) {

	public List<ToolEntry> apply(List<ToolEntry> tools) {
		String needle = (this.q == null) ? "" : ToolYamlReader.normalize(this.q.strip());
		return tools.stream().filter((t) -> matches(t.document(), needle)).toList();
	}

	private boolean matches(ToolDocument d, String needle) {
		if (this.category != null && d.labels().category() != this.category) {
			return false;
		}
		if (this.hypervisorType != null && d.labels().hypervisorType() != this.hypervisorType) {
			return false;
		}
		if (this.isolationLevel != null && d.labels().isolationLevel() != this.isolationLevel) {
			return false;
		}
		if (needle.isEmpty()) {
			return true;
		}
		if (ToolYamlReader.normalize(d.name()).contains(needle) || ToolYamlReader.normalize(d.nameZh()).contains(needle)
				|| d.slug().contains(needle.toLowerCase(Locale.ROOT))
				|| ToolYamlReader.normalize(d.vendor()).contains(needle)) {
			return true;
		}
		return d.aliases().stream().anyMatch((a) -> ToolYamlReader.normalize(a).contains(needle));
	}

}
