package org.virtclass.knowledgebase.web;

import java.util.List;

import org.virtclass.classification.Category;
import org.virtclass.classification.HypervisorType;
import org.virtclass.classification.ImageModel;
import org.virtclass.classification.IsolationLevel;
import org.virtclass.classification.ToolFacts;
import org.virtclass.knowledgebase.HostPlatform;
import org.virtclass.knowledgebase.SourceLink;
import org.virtclass.knowledgebase.ToolDocument;
import org.virtclass.knowledgebase.ToolEntry;
import org.virtclass.knowledgebase.Verdicts;

/** The JSON shapes of {@code /api/tools}. Field names are part of the public API: add, never rename. */
final class ToolJson {

	private ToolJson() {
	}

	record Summary(String slug, String name, String nameZh, List<String> aliases, Category category,
			HypervisorType hypervisorType, IsolationLevel isolationLevel, ImageModel imageModel, boolean contested,
			Verdicts.View verdict) {

		static Summary of(ToolEntry entry, Verdicts.View verdict) {
			ToolDocument d = entry.document();
			return new Summary(d.slug(), d.name(), d.nameZh(), d.aliases(), d.labels().category(),
					d.labels().hypervisorType(), d.labels().isolationLevel(), d.labels().imageModel(),
					d.contested(), verdict);
		}

	}

	record Detail(String slug, String name, String nameZh, List<String> aliases, Category category,
			HypervisorType hypervisorType, IsolationLevel isolationLevel, ImageModel imageModel, boolean contested,
			String descriptionEn, String descriptionZh, String vendor, String license, Integer firstRelease,
			List<HostPlatform> hostPlatforms, ToolFacts facts, List<SourceLink> sources, String contestedNote,
			String contestedNoteZh, long version, Verdicts.View verdict) {

		static Detail of(ToolEntry entry, Verdicts.View verdict) {
			ToolDocument d = entry.document();
			return new Detail(d.slug(), d.name(), d.nameZh(), d.aliases(), d.labels().category(),
					d.labels().hypervisorType(), d.labels().isolationLevel(), d.labels().imageModel(), d.contested(),
					d.descriptionEn(), d.descriptionZh(), d.vendor(), d.license(), d.firstRelease(), d.hostPlatforms(),
					d.facts(), d.sources(), d.contested() ? d.contestedNoteEn() : null,
					d.contested() ? d.contestedNoteZh() : null, entry.version(), verdict);
		}

	}

}
