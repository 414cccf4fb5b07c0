package org.virtclass.quiz.checker;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.virtclass.knowledgebase.NameKeys;
import org.virtclass.knowledgebase.ToolDocument;

/**
 * Finds the tool an option names, and never guesses: an option matches only when, after
 * normalisation, it is a whole name, Chinese name, alias or slug of exactly one tool.
 * Normalisation ignores case, spacing and punctuation, a leading option letter, version
 * numbers, editions ("Pro", "Player", "Community", 专业版), descriptive words (software,
 * 虚拟机) and vendor prefixes ("Microsoft", 微软). It never matches on a part of a name or on
 * a shared word: "Ubuntu" does not find a VM tool whose description mentions Ubuntu, and
 * "Android" does not find the Android Emulator. A near miss ("Dokcer") only yields
 * suggestions, never a match. A bare vendor ("VMware") is read as that vendor's family
 * entry when the knowledge base has one.
 */
final class ToolMatcher {

	private static final Pattern OPTION_LETTER = Pattern
		.compile("^\\s*(?:[(\\[【（]\\s*[a-h]\\s*[)\\]】）]|[a-h]\\s*[.、:)．：])\\s*", Pattern.CASE_INSENSITIVE);

	private static final Pattern TOKEN = Pattern.compile("\\p{IsHan}+|[\\p{L}\\p{N}&&[^\\p{IsHan}]]+");

	private static final Pattern GLUED_VERSION = Pattern.compile("([a-z]{3,})(\\d+)");

	private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");

	private static final Pattern VERSION = Pattern
		.compile("v?\\d+[a-z]?|r\\d|sp\\d|x64|x86_64|amd64|arm64|lts|\\d+位|位|第\\d+版");

	private static final Set<String> EDITIONS = Set.of("pro", "professional", "ce", "ee", "community", "edition",
			"enterprise", "standard", "free", "express", "home", "ultimate", "premium", "lite", "basic", "trial",
			"portable", "player", "plus", "personal", "中文版", "免费版", "专业版", "企业版", "社区版", "个人版", "家庭版", "旗舰版", "标准版",
			"绿色版", "破解版", "最新版");

	/** "for Mac", "for Windows": the platform a build is for, not a different product. */
	private static final Set<String> PLATFORMS = Set.of("windows", "mac", "macos", "linux", "x86", "arm");

	private static final Set<String> VENDORS = Set.of("oracle", "microsoft", "ms", "sun", "apple", "google", "amazon",
			"aws", "redhat", "canonical", "ibm", "intel", "hashicorp", "broadcom", "微软", "甲骨文", "谷歌", "亚马逊", "苹果", "红帽",
			"开源", "免费");

	/**
	 * Words (and Chinese word endings) that describe what a product is rather than name
	 * it.
	 */
	private static final List<String> DESCRIPTORS = List.of("虚拟机工具软件", "虚拟机软件", "虚拟化软件", "虚拟机工具", "工具软件", "应用程序", "虚拟机",
			"软件", "工具", "平台", "程序", "应用", "客户端");

	private static final Set<String> LATIN_DESCRIPTORS = Set.of("software", "tool", "tools", "app", "application",
			"program", "platform", "client", "hypervisor");

	/**
	 * A brand alone names a company or a family of products. The family entry
	 * ({@code <brand>-family}) says which product an exam most likely means; without it,
	 * the curated default is read.
	 */
	private static final Map<String, List<String>> FAMILIES = Map.of("vmware",
			List.of("vmware-family", "vmware-workstation"), "威睿", List.of("vmware-family", "vmware-workstation"),
			"parallels", List.of("parallels-family", "parallels-desktop"), "citrix",
			List.of("citrix-family", "citrix-hypervisor"), "思杰", List.of("citrix-family", "citrix-hypervisor"),
			"oraclevm", List.of("oracle-vm-family", "virtualbox"), "wsl", List.of("wsl2"));

	private static final int MIN_NORMALISED = 3;

	private final Map<String, Set<ToolDocument>> byName = new LinkedHashMap<>();

	private final Map<String, Set<ToolDocument>> byNormalised = new LinkedHashMap<>();

	private final Map<String, ToolDocument> bySlug = new LinkedHashMap<>();

	ToolMatcher(List<ToolDocument> tools) {
		for (ToolDocument tool : tools) {
			this.bySlug.put(tool.slug(), tool);
		}
		for (ToolDocument tool : tools) {
			for (String name : names(tool)) {
				String cleaned = clean(name);
				List<String> all = tokens(cleaned);
				if (all.isEmpty()) {
					continue;
				}
				this.byName.computeIfAbsent(String.join("", all), (k) -> new LinkedHashSet<>()).add(tool);
				List<String> outside = tokens(PARENTHESES.matcher(cleaned).replaceAll(" "));
				String normal = String.join("", drop(outside, false, false));
				// "VM/370" without its version is "VM": too short to be anybody's name.
				if (normal.length() >= MIN_NORMALISED || isHan(normal) && normal.length() >= 2) {
					this.byNormalised.computeIfAbsent(normal, (k) -> new LinkedHashSet<>()).add(tool);
				}
			}
		}
	}

	/** How an option was read. */
	enum How {

		/** By its name, Chinese name or an alias. */
		EXACT,

		/**
		 * By a name, after leaving out versions, editions, vendors or descriptive words.
		 */
		LOOSE,

		/** A brand alone, read as its family entry or most common product. */
		FAMILY,

		/** It names several tools equally well. */
		AMBIGUOUS,

		/** No tool in the knowledge base has this name. */
		UNKNOWN

	}

	/**
	 * @param tool the tool, or null when unknown or ambiguous
	 * @param how how it was read
	 * @param candidates for an ambiguous option, the tools it could mean
	 * @param suggestions for an unknown option, tools with a name one or two letters
	 * away; never an answer
	 */
	record ToolMatch(ToolDocument tool, How how, List<ToolDocument> candidates, List<ToolDocument> suggestions) {

		boolean matched() {
			return this.tool != null;
		}

	}

	ToolMatch match(String option) {
		String cleaned = clean(stripLetter(option));
		List<String> all = tokens(cleaned);
		if (all.isEmpty()) {
			return unknown(List.of());
		}
		List<String> outside = tokens(PARENTHESES.matcher(cleaned).replaceAll(" "));
		List<String> normal = drop(outside, false, false);
		List<String> plain = drop(outside, true, false);
		List<String> bare = drop(outside, true, true);
		ToolMatch exact = lookUp(this.byName, all, How.EXACT);
		if (exact != null) {
			return exact;
		}
		// First leave out only what was added at the end ("WSL 1 2024" is WSL 1, not
		// WSL), then more.
		List<List<String>> forms = new ArrayList<>(trailing(all));
		forms.addAll(trailing(outside));
		forms.addAll(trailing(splitVersions(outside)));
		forms.addAll(List.of(normal, plain, bare));
		for (List<String> form : forms) {
			ToolMatch m = lookUp(this.byName, form, How.LOOSE);
			if (m != null) {
				return m;
			}
		}
		for (List<String> form : List.of(outside, normal, plain)) {
			ToolMatch m = family(String.join("", form));
			if (m != null) {
				return m;
			}
		}
		for (List<String> form : List.of(normal, plain, bare)) {
			ToolMatch m = lookUp(this.byNormalised, form, How.LOOSE);
			if (m != null) {
				return m;
			}
		}
		return unknown(suggest(String.join("", bare.isEmpty() ? outside : bare)));
	}

	/**
	 * The words, then the words without a trailing version, edition or "for Mac", one at
	 * a time.
	 */
	private static List<List<String>> trailing(List<String> tokens) {
		List<List<String>> forms = new ArrayList<>();
		List<String> current = tokens;
		forms.add(current);
		while (current.size() > 1) {
			int n = current.size();
			String last = current.get(n - 1);
			if (n > 2 && current.get(n - 2).equals("for") && PLATFORMS.contains(last)) {
				current = current.subList(0, n - 2);
			}
			else if (noise(last)) {
				current = current.subList(0, n - 1);
			}
			else {
				break;
			}
			forms.add(current);
		}
		return forms;
	}

	/** "uVision5", "Office2016": a version written onto the name. */
	private static List<String> splitVersions(List<String> tokens) {
		List<String> split = new ArrayList<>();
		for (String t : tokens) {
			Matcher m = GLUED_VERSION.matcher(t);
			if (m.matches()) {
				split.add(m.group(1));
				split.add(m.group(2));
			}
			else {
				split.add(t);
			}
		}
		return split;
	}

	private static boolean noise(String token) {
		return VERSION.matcher(token).matches() || EDITIONS.contains(token) || token.endsWith("版") && isHan(token);
	}

	/**
	 * The normalised form of a name, as stored for unknown names: lower case, versions
	 * and editions left out.
	 */
	static String normalisedName(String option) {
		String cleaned = clean(stripLetter(option));
		List<String> outside = tokens(PARENTHESES.matcher(cleaned).replaceAll(" "));
		List<String> normal = drop(outside, false, false);
		return String.join(" ", normal.isEmpty() ? outside : normal);
	}

	/** An option as typed, without a leading "A." "B、" "(C)". */
	static String stripLetter(String option) {
		String text = Normalizer.normalize(option, Normalizer.Form.NFKC);
		return OPTION_LETTER.matcher(text).replaceFirst("").strip();
	}

	private ToolMatch lookUp(Map<String, Set<ToolDocument>> index, List<String> tokens, How how) {
		if (tokens.isEmpty()) {
			return null;
		}
		Set<ToolDocument> tools = index.get(String.join("", tokens));
		if (tools == null) {
			return null;
		}
		if (tools.size() > 1) {
			return new ToolMatch(null, How.AMBIGUOUS, List.copyOf(tools), List.of());
		}
		ToolDocument tool = tools.iterator().next();
		return new ToolMatch(tool, tool.slug().endsWith("-family") ? How.FAMILY : how, List.of(), List.of());
	}

	private ToolMatch family(String key) {
		for (String slug : FAMILIES.getOrDefault(key, List.of())) {
			ToolDocument tool = this.bySlug.get(slug);
			if (tool != null) {
				return new ToolMatch(tool, How.FAMILY, List.of(), List.of());
			}
		}
		return null;
	}

	/**
	 * Tools with a name of five letters or more within one edit of the key (two for nine
	 * letters or more); a swap of two neighbouring letters counts as one edit.
	 */
	List<ToolDocument> suggest(String key) {
		Map<ToolDocument, Integer> best = new LinkedHashMap<>();
		for (Map<String, Set<ToolDocument>> index : List.of(this.byName, this.byNormalised)) {
			for (Map.Entry<String, Set<ToolDocument>> e : index.entrySet()) {
				int limit = NameKeys.typoLimit(e.getKey());
				if (limit == 0 || Math.abs(e.getKey().length() - key.length()) > limit) {
					continue;
				}
				int d = NameKeys.distance(key, e.getKey(), limit);
				if (d <= limit) {
					for (ToolDocument t : e.getValue()) {
						best.merge(t, d, Math::min);
					}
				}
			}
		}
		return best.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
			.limit(5)
			.map(Map.Entry::getKey)
			.toList();
	}

	private static ToolMatch unknown(List<ToolDocument> suggestions) {
		return new ToolMatch(null, How.UNKNOWN, List.of(), suggestions);
	}

	private static List<String> names(ToolDocument tool) {
		List<String> names = new ArrayList<>();
		names.add(tool.name());
		names.add(tool.nameZh());
		names.addAll(tool.aliases());
		names.add(tool.slug());
		return names;
	}

	/**
	 * Leaves out versions and editions (never the first word: "360", "7-Zip"), "for Mac",
	 * and, when asked, descriptive words and vendor names at the start.
	 */
	private static List<String> drop(List<String> tokens, boolean descriptors, boolean vendors) {
		List<String> kept = new ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			String t = tokens.get(i);
			if (i > 0 && noise(t)) {
				continue;
			}
			if (i > 0 && t.equals("for") && i + 1 < tokens.size() && PLATFORMS.contains(tokens.get(i + 1))) {
				i++;
				continue;
			}
			if (descriptors && i > 0 && LATIN_DESCRIPTORS.contains(t)) {
				continue;
			}
			if (descriptors && isHan(t)) {
				t = withoutDescriptor(t);
				if (t.isEmpty()) {
					continue;
				}
			}
			kept.add(t);
		}
		if (vendors) {
			while (kept.size() > 1 && VENDORS.contains(kept.get(0))) {
				kept.remove(0);
			}
			if (kept.size() > 2 && kept.get(0).equals("windows") && kept.get(1).equals("server")) {
				kept = new ArrayList<>(kept.subList(2, kept.size()));
			}
		}
		return kept;
	}

	/** 火绒安全软件 → 火绒安全; 虚拟机 alone stays empty (nothing is left to name). */
	private static String withoutDescriptor(String token) {
		for (String d : DESCRIPTORS) {
			if (token.endsWith(d)) {
				return token.substring(0, token.length() - d.length());
			}
		}
		return token;
	}

	private static boolean isHan(String text) {
		return !text.isEmpty()
				&& text.codePoints().allMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

	private static String clean(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
	}

	static List<String> tokens(String cleaned) {
		List<String> tokens = new ArrayList<>();
		Matcher m = TOKEN.matcher(cleaned);
		while (m.find()) {
			tokens.add(m.group());
		}
		return tokens;
	}

	/** A name's key for comparisons elsewhere: its words run together. */
	static String key(String text) {
		return String.join("", tokens(clean(text)));
	}

}
