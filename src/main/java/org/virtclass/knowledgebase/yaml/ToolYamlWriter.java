package org.virtclass.knowledgebase.yaml;

import java.util.List;
import java.util.regex.Pattern;

import org.virtclass.classification.ToolFacts;
import org.virtclass.knowledgebase.ClaimDocument;
import org.virtclass.knowledgebase.SourceLink;
import org.virtclass.knowledgebase.ToolDocument;

/**
 * Writes tools and claims back in exactly the knowledge-base format: fixed key order,
 * two-space indentation, folded blocks for long prose. Reading what it writes gives back
 * an equal document.
 */
public final class ToolYamlWriter {

	private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}(][\\p{L}\\p{N} ._/()+,&'’·（）、，。：:#?=%~@*-]*");

	private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

	private static final Pattern RESERVED = Pattern
		.compile("(?i)(true|false|yes|no|on|off|null|y|n|~|[-+]?[0-9][0-9_.,:eE+-]*|\\.inf|\\.nan)");

	private static final int WIDTH = 100;

	private ToolYamlWriter() {
	}

	public static String write(ToolDocument tool) {
		StringBuilder out = new StringBuilder(2048);
		scalar(out, "slug", tool.slug());
		scalar(out, "name", tool.name());
		scalar(out, "nameZh", tool.nameZh());
		list(out, "", "aliases", tool.aliases());
		scalar(out, "vendor", tool.vendor());
		scalar(out, "license", tool.license());
		out.append("firstRelease: ").append(tool.firstRelease()).append('\n');
		flow(out, "", "hostPlatforms", tool.hostPlatforms().stream().map(Enum::name).toList());
		prose(out, "", "descriptionEn", tool.descriptionEn());
		prose(out, "", "descriptionZh", tool.descriptionZh());
		ToolFacts f = tool.facts();
		out.append("facts:\n");
		out.append("  guestOwnKernel: ").append(f.guestOwnKernel()).append('\n');
		out.append("  hardwareVirtualization: ").append(f.hardwareVirtualization()).append('\n');
		out.append("  runsOn: ").append(f.runsOn()).append('\n');
		out.append("  emulatesForeignIsa: ").append(f.emulatesForeignIsa()).append('\n');
		out.append("  sharesHostKernel: ").append(f.sharesHostKernel()).append('\n');
		out.append("  userSpaceKernel: ").append(f.userSpaceKernel()).append('\n');
		out.append("  translatesSyscalls: ").append(f.translatesSyscalls()).append('\n');
		out.append("  managesOthers: ").append(f.managesOthers()).append('\n');
		flow(out, "  ", "imageFormats", f.imageFormats().stream().map(Enum::name).toList());
		flow(out, "  ", "contested", f.contested());
		out.append("labels:\n");
		out.append("  category: ").append(tool.labels().category()).append('\n');
		out.append("  hypervisorType: ").append(tool.labels().hypervisorType()).append('\n');
		out.append("  isolationLevel: ").append(tool.labels().isolationLevel()).append('\n');
		out.append("  imageModel: ").append(tool.labels().imageModel()).append('\n');
		out.append("contested: ").append(tool.contested()).append('\n');
		prose(out, "", "contestedNoteEn", tool.contestedNoteEn());
		prose(out, "", "contestedNoteZh", tool.contestedNoteZh());
		sources(out, "", tool.sources());
		return out.toString();
	}

	public static String writeClaims(List<ClaimDocument> claims) {
		StringBuilder out = new StringBuilder(16384);
		out.append("claims:\n");
		for (ClaimDocument c : claims) {
			out.append("  - id: ").append(quote(c.id())).append('\n');
			prose(out, "    ", "claimZh", c.claimZh());
			prose(out, "    ", "claimEn", c.claimEn());
			out.append("    verdict: ").append(c.verdict()).append('\n');
			prose(out, "    ", "correctionEn", c.correctionEn());
			prose(out, "    ", "correctionZh", c.correctionZh());
			flow(out, "    ", "tools", c.tools());
			sources(out, "    ", c.sources());
		}
		return out.toString();
	}

	private static void scalar(StringBuilder out, String key, String value) {
		out.append(key).append(": ").append(quote(value)).append('\n');
	}

	private static void list(StringBuilder out, String indent, String key, List<String> values) {
		if (values.isEmpty()) {
			out.append(indent).append(key).append(": []\n");
			return;
		}
		out.append(indent).append(key).append(":\n");
		for (String v : values) {
			out.append(indent).append("  - ").append(quote(v)).append('\n');
		}
	}

	private static void flow(StringBuilder out, String indent, String key, List<String> values) {
		out.append(indent).append(key).append(": [");
		for (int i = 0; i < values.size(); i++) {
			String v = values.get(i);
			boolean flowUnsafe = v.indexOf(',') >= 0 || v.indexOf('[') >= 0 || v.indexOf(']') >= 0;
			out.append((i > 0) ? ", " : "").append(flowUnsafe ? "'" + v.replace("'", "''") + "'" : quote(v));
		}
		out.append("]\n");
	}

	private static void sources(StringBuilder out, String indent, List<SourceLink> sources) {
		out.append(indent).append("sources:\n");
		for (SourceLink s : sources) {
			out.append(indent).append("  - title: ").append(quote(s.title())).append('\n');
			out.append(indent).append("    url: ").append(quote(s.url())).append('\n');
		}
	}

	/**
	 * Long prose as a folded block, wrapped at word boundaries; anything unusual is
	 * quoted instead.
	 */
	private static void prose(StringBuilder out, String indent, String key, String text) {
		boolean foldable = !text.isEmpty() && text.equals(text.strip()) && !text.contains("\n") && !text.contains("  ")
				&& !text.contains("\t") && text.length() > 60;
		if (!foldable) {
			scalar(out.append(indent), key, text);
			return;
		}
		out.append(indent).append(key).append(": >-\n");
		String pad = indent + "  ";
		if (HAN.matcher(text).find()) {
			// Chinese has no spaces to wrap at, and a break inside a sentence would read
			// as a space.
			out.append(pad).append(text).append('\n');
			return;
		}
		StringBuilder line = new StringBuilder();
		for (String word : text.split(" ")) {
			if (line.length() > 0 && pad.length() + line.length() + 1 + word.length() > WIDTH) {
				out.append(pad).append(line).append('\n');
				line.setLength(0);
			}
			if (line.length() > 0) {
				line.append(' ');
			}
			line.append(word);
		}
		out.append(pad).append(line).append('\n');
	}

	static String quote(String value) {
		if (value.isEmpty()) {
			return "''";
		}
		boolean plain = PLAIN.matcher(value).matches() && !RESERVED.matcher(value).matches() && !value.endsWith(" ")
				&& !value.endsWith(":") && !value.contains(": ") && !value.contains(" #");
		if (plain) {
			return value;
		}
		return "'" + value.replace("'", "''") + "'";
	}

}
