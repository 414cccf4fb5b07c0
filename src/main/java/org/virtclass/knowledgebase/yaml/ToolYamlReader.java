package org.virtclass.knowledgebase.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import org.virtclass.classification.HardwareVirtualization;
import org.virtclass.classification.Category;
import org.virtclass.classification.HypervisorType;
import org.virtclass.classification.ImageFormat;
import org.virtclass.classification.ImageModel;
import org.virtclass.classification.IsolationLevel;
import org.virtclass.classification.RunsOn;
import org.virtclass.classification.ToolFacts;
import org.virtclass.knowledgebase.ClaimDocument;
import org.virtclass.knowledgebase.ClaimVerdict;
import org.virtclass.knowledgebase.HostPlatform;
import org.virtclass.knowledgebase.KbProblem;
import org.virtclass.knowledgebase.Labels;
import org.virtclass.knowledgebase.SourceLink;
import org.virtclass.knowledgebase.ToolDocument;

/**
 * Parses and validates knowledge-base YAML: one tool per file, and the claims file. Every
 * problem names the file, the key and what is wrong; a file with any problem yields no
 * document.
 */
public final class ToolYamlReader {

	public static final List<String> TOOL_KEYS = List.of("slug", "name", "nameZh", "aliases", "vendor", "license",
			"firstRelease", "hostPlatforms", "descriptionEn", "descriptionZh", "facts", "labels", "contested",
			"contestedNoteEn", "contestedNoteZh", "sources");

	static final List<String> LABEL_KEYS = List.of("category", "hypervisorType", "isolationLevel", "imageModel");

	static final List<String> SOURCE_KEYS = List.of("title", "url");

	static final List<String> CLAIM_KEYS = List.of("id", "claimZh", "claimEn", "verdict", "correctionEn",
			"correctionZh", "tools", "sources");

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final int SHORT = 200;

	private static final int LONG = 4000;

	private ToolYamlReader() {
	}

	/** The outcome of reading one file: a document, or the problems that kept it out. */
	public record Result<T>(T document, List<KbProblem> problems) {

		public boolean ok() {
			return this.document != null;
		}

	}

	public static Result<ToolDocument> readTool(String file, String content) {
		List<KbProblem> problems = new ArrayList<>();
		Map<?, ?> root = parse(file, content, problems);
		if (root == null) {
			return new Result<>(null, problems);
		}
		return readTool(file, root, problems);
	}

	/**
	 * Validates a tool given as a map of the file's keys to values (nested maps for
	 * {@code facts} and {@code labels}, lists for lists), as the edit form and the JSON
	 * API build it. The rules are exactly those for a file; problem keys are the file's
	 * dotted keys.
	 */
	public static Result<ToolDocument> readTool(String source, Map<?, ?> map) {
		return readTool(source, map, new ArrayList<>());
	}

	/**
	 * Checks a document that was built in code (an import, a restored revision) against
	 * the file rules.
	 */
	public static Result<ToolDocument> check(ToolDocument tool) {
		return readTool("tools/" + tool.slug() + ".yaml", ToolYamlWriter.write(tool));
	}

	private static Result<ToolDocument> readTool(String file, Map<?, ?> root, List<KbProblem> problems) {
		YamlNode node = new YamlNode(file, "", root, problems);
		node.rejectUnknownKeys(TOOL_KEYS);
		String slug = node.string("slug", true, 80);
		if (slug != null && !SLUG.matcher(slug).matches()) {
			node.problem("slug", "slugFormat", "'" + slug + "' must be lower-case letters, digits and single hyphens",
					slug);
		}
		String expected = baseName(file);
		if (slug != null && expected != null && !expected.equals(slug)) {
			node.problem("slug", "slugFileName", "'" + slug + "' must equal the file name '" + expected + "'", slug,
					expected);
		}
		String name = node.string("name", true, SHORT);
		String nameZh = node.string("nameZh", true, SHORT);
		List<String> aliases = node.strings("aliases", false, SHORT);
		if (aliases != null) {
			checkAliases(node, name, nameZh, aliases);
		}
		String vendor = node.string("vendor", true, SHORT);
		String license = node.string("license", true, SHORT);
		Integer firstRelease = node.integer("firstRelease", 1950, 2100);
		List<HostPlatform> platforms = node.enums("hostPlatforms", HostPlatform.class, true);
		if (platforms != null && platforms.isEmpty()) {
			node.problem("hostPlatforms", "noPlatform", "must name at least one platform");
		}
		String descriptionEn = node.string("descriptionEn", true, LONG);
		String descriptionZh = node.string("descriptionZh", true, LONG);
		ToolFacts facts = readFacts(node.child("facts"));
		Labels labels = readLabels(node.child("labels"));
		Boolean contested = node.bool("contested");
		String noteEn = node.string("contestedNoteEn", false, LONG);
		String noteZh = node.string("contestedNoteZh", false, LONG);
		if (Boolean.TRUE.equals(contested)) {
			if (noteEn == null || noteEn.isBlank()) {
				node.problem("contestedNoteEn", "noteRequired",
						"is required when contested is true: say what sources disagree on");
			}
			if (noteZh == null || noteZh.isBlank()) {
				node.problem("contestedNoteZh", "noteRequired",
						"is required when contested is true: say what sources disagree on");
			}
		}
		List<SourceLink> sources = readSources(node, "sources");
		if (!problems.isEmpty()) {
			return new Result<>(null, problems);
		}
		return new Result<>(new ToolDocument(slug, name, nameZh, aliases, vendor, license, firstRelease, platforms,
				descriptionEn, descriptionZh, facts, labels, contested, contested ? noteEn : "",
				contested ? noteZh : "", sources), problems);
	}

	/** Reads a facts mapping, as in a tool file or a {@code POST /api/classify} body. */
	static ToolFacts readFacts(YamlNode node) {
		if (node == null) {
			return null;
		}
		node.rejectUnknownKeys(ToolFacts.NAMES);
		Boolean ownKernel = node.bool("guestOwnKernel");
		HardwareVirtualization hw = node.enumValue("hardwareVirtualization", HardwareVirtualization.class);
		RunsOn runsOn = node.enumValue("runsOn", RunsOn.class);
		Boolean foreignIsa = node.bool("emulatesForeignIsa");
		Boolean sharesKernel = node.bool("sharesHostKernel");
		Boolean userSpaceKernel = node.bool("userSpaceKernel");
		Boolean translates = node.bool("translatesSyscalls");
		Boolean manages = node.bool("managesOthers");
		List<ImageFormat> formats = node.enums("imageFormats", ImageFormat.class, true);
		List<String> contested = node.strings("contested", false, 40);
		if (contested != null) {
			for (String fact : contested) {
				if (!ToolFacts.CONTESTABLE.contains(fact)) {
					node.problem(node.key("contested"), "notAFact", "'" + fact + "' is not a fact; expected names from "
							+ String.join(", ", new TreeSet<>(ToolFacts.CONTESTABLE)), fact);
				}
			}
		}
		if (ownKernel == null || hw == null || runsOn == null || foreignIsa == null || sharesKernel == null
				|| userSpaceKernel == null || translates == null || manages == null || formats == null
				|| contested == null) {
			return null;
		}
		return new ToolFacts(ownKernel, hw, runsOn, foreignIsa, sharesKernel, userSpaceKernel, translates, manages,
				formats, contested);
	}

	/** Reads a facts object given as a plain map, for the JSON API. */
	public static Result<ToolFacts> readFacts(String source, Map<?, ?> map) {
		List<KbProblem> problems = new ArrayList<>();
		ToolFacts facts = readFacts(new YamlNode(source, "", map, problems));
		return new Result<>(problems.isEmpty() ? facts : null, problems);
	}

	private static Labels readLabels(YamlNode node) {
		if (node == null) {
			return null;
		}
		node.rejectUnknownKeys(LABEL_KEYS);
		Category category = node.enumValue("category", Category.class);
		HypervisorType type = node.enumValue("hypervisorType", HypervisorType.class);
		IsolationLevel isolation = node.enumValue("isolationLevel", IsolationLevel.class);
		ImageModel image = node.enumValue("imageModel", ImageModel.class);
		if (category == null || type == null || isolation == null || image == null) {
			return null;
		}
		return new Labels(category, type, isolation, image);
	}

	private static List<SourceLink> readSources(YamlNode node, String key) {
		List<YamlNode> items = node.children(key, true);
		if (items == null) {
			return null;
		}
		if (items.isEmpty()) {
			node.problem(node.key(key), "noSource", "needs at least one source (title and url)");
			return null;
		}
		List<SourceLink> sources = new ArrayList<>();
		for (YamlNode item : items) {
			item.rejectUnknownKeys(SOURCE_KEYS);
			String title = item.string("title", true, SHORT);
			String url = item.url("url");
			if (title != null && url != null) {
				sources.add(new SourceLink(title, url));
			}
		}
		return sources;
	}

	private static void checkAliases(YamlNode node, String name, String nameZh, List<String> aliases) {
		Set<String> seen = new TreeSet<>();
		if (name != null) {
			seen.add(normalize(name));
		}
		if (nameZh != null) {
			seen.add(normalize(nameZh));
		}
		for (int i = 0; i < aliases.size(); i++) {
			if (!seen.add(normalize(aliases.get(i)))) {
				node.problem("aliases[" + i + "]", "aliasRepeats",
						"'" + aliases.get(i) + "' repeats the name or another alias", aliases.get(i));
			}
		}
	}

	/**
	 * The form in which names and aliases must be unique: case, spacing and punctuation
	 * ignored.
	 */
	public static String normalize(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Punct}·（）]+", "");
	}

	public static Result<List<ClaimDocument>> readClaims(String file, String content) {
		List<KbProblem> problems = new ArrayList<>();
		Map<?, ?> root = parse(file, content, problems);
		if (root == null) {
			return new Result<>(null, problems);
		}
		YamlNode node = new YamlNode(file, "", root, problems);
		node.rejectUnknownKeys(List.of("claims"));
		List<YamlNode> items = node.children("claims", true);
		List<ClaimDocument> claims = new ArrayList<>();
		Set<String> ids = new TreeSet<>();
		if (items != null) {
			for (YamlNode item : items) {
				ClaimDocument claim = readClaim(item, ids, problems);
				if (claim != null) {
					claims.add(claim);
				}
			}
		}
		return new Result<>(claims, problems);
	}

	/**
	 * Validates one claim given as a map of its keys to values, with the rules of the
	 * claims file.
	 */
	public static Result<ClaimDocument> readClaim(String source, Map<?, ?> map) {
		List<KbProblem> problems = new ArrayList<>();
		ClaimDocument claim = readClaim(new YamlNode(source, "", map, problems), new TreeSet<>(), problems);
		return new Result<>(claim, problems);
	}

	/** Checks a claim that was built in code against the rules of the claims file. */
	public static Result<ClaimDocument> check(ClaimDocument claim) {
		Result<List<ClaimDocument>> result = readClaims("claims.yaml", ToolYamlWriter.writeClaims(List.of(claim)));
		return new Result<>(result.problems().isEmpty() ? result.document().get(0) : null, result.problems());
	}

	private static ClaimDocument readClaim(YamlNode item, Set<String> ids, List<KbProblem> problems) {
		int before = problems.size();
		item.rejectUnknownKeys(CLAIM_KEYS);
		String id = item.string("id", true, 80);
		if (id != null && !SLUG.matcher(id).matches()) {
			item.problem(item.key("id"), "slugFormat", "'" + id + "' must be lower-case letters, digits and hyphens",
					id);
		}
		if (id != null && !ids.add(id)) {
			item.problem(item.key("id"), "claimIdTaken", "'" + id + "' is used by another claim", id);
		}
		String claimZh = item.string("claimZh", true, LONG);
		String claimEn = item.string("claimEn", true, LONG);
		ClaimVerdict verdict = item.enumValue("verdict", ClaimVerdict.class);
		String correctionEn = item.string("correctionEn", true, LONG);
		String correctionZh = item.string("correctionZh", true, LONG);
		List<String> tools = item.strings("tools", false, 80);
		List<SourceLink> sources = readSources(item, "sources");
		if (problems.size() != before) {
			return null;
		}
		return new ClaimDocument(id, claimZh, claimEn, verdict, correctionEn, correctionZh, tools, sources);
	}

	/** Parses YAML text into a mapping, or returns null and records why it could not. */
	static Map<?, ?> parse(String file, String content, List<KbProblem> problems) {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		options.setMaxAliasesForCollections(10);
		options.setCodePointLimit(1_000_000);
		try {
			Object root = new Yaml(new SafeConstructor(options)).load(content);
			if (!(root instanceof Map<?, ?> map)) {
				problems
					.add(new KbProblem(file, "", "must be a YAML mapping of keys to values", "notMapping", List.of()));
				return null;
			}
			return map;
		}
		catch (MarkedYAMLException ex) {
			String line = (ex.getProblemMark() != null) ? String.valueOf(ex.getProblemMark().getLine() + 1) : "?";
			problems.add(new KbProblem(file, "", "is not valid YAML at line " + line + ": " + ex.getProblem(),
					"notYamlAt", List.of(line, String.valueOf(ex.getProblem()))));
			return null;
		}
		catch (YAMLException ex) {
			problems.add(new KbProblem(file, "", "is not valid YAML: " + ex.getMessage(), "notYaml",
					List.of(String.valueOf(ex.getMessage()))));
			return null;
		}
	}

	private static String baseName(String file) {
		String name = file.substring(file.lastIndexOf('/') + 1);
		if (name.endsWith(".yaml")) {
			return name.substring(0, name.length() - 5);
		}
		if (name.endsWith(".yml")) {
			return name.substring(0, name.length() - 4);
		}
		return null;
	}

}
