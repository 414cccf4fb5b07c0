package org.virtclass.quiz.checker;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.virtclass.knowledgebase.ToolDocument;

/**
 * Finds the tool an option names, the way a teacher would read it. It tries, in order: the name,
 * Chinese name or an alias exactly (case, spacing and punctuation ignored); the same without
 * version numbers, editions, vendor prefixes and words such as "software" or 虚拟机; the longest
 * name that the option contains ("Windows Server 2019 Hyper-V"); and a name the option is the
 * start of ("Parallels"). A brand that starts several products' names ("VMware") is read as its
 * most common product, and the match says so.
 */
final class ToolMatcher {

	private static final Pattern OPTION_LETTER = Pattern
		.compile("^\\s*(?:[(\\[【]\\s*[a-h]\\s*[)\\]】]|[a-h]\\s*[.、:)])\\s*", Pattern.CASE_INSENSITIVE);

	private static final Pattern TOKEN = Pattern.compile("\\p{IsHan}+|[\\p{L}\\p{N}&&[^\\p{IsHan}]]+");

	private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");

	private static final Pattern VERSION = Pattern.compile("v?\\d+|r\\d|sp\\d|x64|x86_64|amd64|arm64|\\d+位|位");

	private static final Set<String> EDITIONS = Set.of("pro", "professional", "ce", "ee", "community", "edition",
			"enterprise", "standard", "free", "express", "home", "ultimate", "premium", "lite", "basic", "trial",
			"portable", "for", "windows", "mac", "macos", "linux");

	private static final Set<String> VENDORS = Set.of("oracle", "microsoft", "ms", "sun", "apple", "google", "amazon",
			"aws", "red", "hat", "redhat", "canonical", "ibm", "intel", "citrix", "hashicorp", "broadcom", "vmware",
			"微软", "甲骨文", "谷歌", "亚马逊", "苹果", "红帽", "思杰", "威睿", "开源", "免费");

	/** Words that describe what a product is rather than name it. */
	private static final Set<String> DESCRIPTORS = Set.of("software", "tool", "tools", "app", "application",
			"program", "platform", "软件", "工具", "工具软件", "虚拟机", "虚拟机软件", "虚拟机工具", "虚拟机工具软件", "平台",
			"程序", "应用", "应用程序", "系统");

	/**
	 * A brand alone names a company or a family of products; exam questions that list it mean the
	 * product students meet first.
	 */
	private static final Map<String, String> FAMILY_DEFAULTS = Map.of("vmware", "vmware-workstation", "威睿",
			"vmware-workstation", "wsl", "wsl2");

	private static final int MIN_LATIN = 3;

	private static final int MIN_HAN = 2;

	private final Map<String, Set<ToolDocument>> byKey = new LinkedHashMap<>();

	private final List<Variant> variants = new ArrayList<>();

	private final Map<String, ToolDocument> bySlug = new LinkedHashMap<>();

	ToolMatcher(List<ToolDocument> tools) {
		for (ToolDocument tool : tools) {
			this.bySlug.put(tool.slug(), tool);
			Set<String> names = new LinkedHashSet<>();
			names.add(tool.name());
			names.add(tool.nameZh());
			names.addAll(tool.aliases());
			names.add(tool.slug());
			for (String name : List.copyOf(names)) {
				String outside = PARENTHESES.matcher(clean(name)).replaceAll(" ").strip();
				if (!outside.isEmpty()) {
					names.add(outside);
				}
			}
			for (String name : names) {
				List<String> tokens = tokens(clean(name));
				if (tokens.isEmpty()) {
					continue;
				}
				String key = String.join("", tokens);
				if (this.byKey.computeIfAbsent(key, (k) -> new LinkedHashSet<>()).add(tool)) {
					this.variants.add(new Variant(tool, tokens, key));
				}
			}
		}
	}

	/** How an option was read. */
	enum How {

		/** By its name, Chinese name or an alias. */
		EXACT,

		/** By a name, after leaving out versions, editions, vendors or extra words. */
		LOOSE,

		/** A brand alone, read as its most common product. */
		FAMILY,

		/** It could name several tools. */
		AMBIGUOUS,

		/** No tool in the knowledge base has this name. */
		UNKNOWN

	}

	/**
	 * @param tool the tool, or null when unknown or ambiguous
	 * @param how how it was read
	 * @param candidates for an ambiguous or family option, the tools it could mean
	 */
	record ToolMatch(ToolDocument tool, How how, List<ToolDocument> candidates) {

		boolean matched() {
			return this.tool != null;
		}

	}

	ToolMatch match(String option) {
		String cleaned = clean(stripLetter(option));
		List<String> all = tokens(cleaned);
		if (all.isEmpty()) {
			return unknown();
		}
		ToolMatch exact = exact(all, How.EXACT);
		if (exact != null) {
			return exact;
		}
		List<String> outside = tokens(PARENTHESES.matcher(cleaned).replaceAll(" "));
		List<String> versionless = drop(outside, true, false, false);
		List<String> bare = drop(outside, true, true, false);
		List<String> plain = drop(outside, true, true, true);
		for (List<String> form : List.of(outside, versionless, bare, plain)) {
			ToolMatch m = exact(form, How.LOOSE);
			if (m != null) {
				return m;
			}
		}
		ToolMatch contained = longestContained(versionless);
		if (contained != null) {
			return contained;
		}
		for (List<String> form : List.of(versionless, bare, plain)) {
			ToolMatch prefix = prefixOf(form);
			if (prefix != null) {
				return prefix;
			}
		}
		return unknown();
	}

	/** An option as typed, without a leading "A." "B、" "(C)". */
	static String stripLetter(String option) {
		String text = Normalizer.normalize(option, Normalizer.Form.NFKC);
		return OPTION_LETTER.matcher(text).replaceFirst("").strip();
	}

	private ToolMatch exact(List<String> tokens, How how) {
		if (tokens.isEmpty()) {
			return null;
		}
		Set<ToolDocument> tools = this.byKey.get(String.join("", tokens));
		if (tools == null) {
			return null;
		}
		return (tools.size() == 1) ? new ToolMatch(tools.iterator().next(), how, List.of())
				: family(String.join("", tokens), List.copyOf(tools));
	}

	/** The longest name whose words all appear, in order and together, in the option. */
	private ToolMatch longestContained(List<String> tokens) {
		int best = 0;
		Set<ToolDocument> found = new LinkedHashSet<>();
		for (Variant v : this.variants) {
			if (!specific(v.key) || v.key.length() < best || !(containsRun(tokens, v.tokens) || hanInside(tokens, v))) {
				continue;
			}
			if (v.key.length() > best) {
				best = v.key.length();
				found.clear();
			}
			found.add(v.tool);
		}
		if (found.isEmpty()) {
			return null;
		}
		return (found.size() == 1) ? new ToolMatch(found.iterator().next(), How.LOOSE, List.of())
				: new ToolMatch(null, How.AMBIGUOUS, List.copyOf(found));
	}

	/** Tools with a name that the option starts, word by word ("Parallels", "火绒"). */
	private ToolMatch prefixOf(List<String> tokens) {
		if (tokens.isEmpty() || !specific(String.join("", tokens))) {
			return null;
		}
		Set<ToolDocument> found = new LinkedHashSet<>();
		for (Variant v : this.variants) {
			if (startsWith(v.tokens, tokens)) {
				found.add(v.tool);
			}
		}
		if (found.isEmpty()) {
			return null;
		}
		return (found.size() == 1) ? new ToolMatch(found.iterator().next(), How.LOOSE, List.of())
				: family(String.join("", tokens), List.copyOf(found));
	}

	private ToolMatch family(String key, List<ToolDocument> candidates) {
		String slug = FAMILY_DEFAULTS.get(key);
		ToolDocument chosen = (slug != null) ? this.bySlug.get(slug) : null;
		if (chosen != null) {
			return new ToolMatch(chosen, How.FAMILY, candidates);
		}
		return new ToolMatch(null, How.AMBIGUOUS, candidates);
	}

	private static ToolMatch unknown() {
		return new ToolMatch(null, How.UNKNOWN, List.of());
	}

	private static boolean startsWith(List<String> name, List<String> prefix) {
		if (prefix.size() > name.size()) {
			return false;
		}
		for (int i = 0; i < prefix.size(); i++) {
			String p = prefix.get(i);
			String n = name.get(i);
			boolean last = i == prefix.size() - 1;
			boolean hanStart = last && isHan(p) && n.startsWith(p) && p.length() >= MIN_HAN;
			if (!p.equals(n) && !hanStart) {
				return false;
			}
		}
		return prefix.size() < name.size() || !prefix.get(prefix.size() - 1).equals(name.get(name.size() - 1));
	}

	private static boolean containsRun(List<String> tokens, List<String> run) {
		outer: for (int i = 0; i + run.size() <= tokens.size(); i++) {
			for (int j = 0; j < run.size(); j++) {
				if (!tokens.get(i + j).equals(run.get(j))) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	/** A name written in Chinese characters only, inside a longer run of them ("蓝叠" in "蓝叠安卓模拟器"). */
	private static boolean hanInside(List<String> tokens, Variant v) {
		if (v.tokens.size() != 1 || !isHan(v.key) || v.key.length() < MIN_HAN) {
			return false;
		}
		return tokens.stream().anyMatch((t) -> isHan(t) && t.contains(v.key));
	}

	private static boolean specific(String key) {
		return isHan(key) ? key.length() >= MIN_HAN : key.length() >= MIN_LATIN;
	}

	private static boolean isHan(String text) {
		return !text.isEmpty() && text.codePoints().allMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

	/**
	 * Leaves out versions (never the first word: "360", "7-Zip"), editions and descriptive words,
	 * and vendor names at the start.
	 */
	private static List<String> drop(List<String> tokens, boolean versions, boolean editions, boolean vendors) {
		List<String> kept = new ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			String t = tokens.get(i);
			if (versions && i > 0 && VERSION.matcher(t).matches()) {
				continue;
			}
			if (editions && i > 0 && (EDITIONS.contains(t) || DESCRIPTORS.contains(t) || edition(t))) {
				continue;
			}
			if (vendors && kept.isEmpty() && VENDORS.contains(t) && i < tokens.size() - 1) {
				continue;
			}
			kept.add(t);
		}
		return kept;
	}

	/** 专业版, 企业版, 中文版 ... and Chinese words that end in a descriptor (Docker容器 is an alias, not this). */
	private static boolean edition(String token) {
		return isHan(token) && (token.endsWith("版") || DESCRIPTORS.contains(token));
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

	private record Variant(ToolDocument tool, List<String> tokens, String key) {
	}

}
