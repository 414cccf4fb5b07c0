package org.virtclass.quiz.checker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.virtclass.classification.Category;
import org.virtclass.classification.ClassificationEngine;
import org.virtclass.classification.HypervisorType;
import org.virtclass.classification.Reason;
import org.virtclass.classification.Verdict;
import org.virtclass.knowledgebase.ToolDocument;

/**
 * Answers a multiple-choice question such as 以下软件中不属于虚拟机工具软件的是 from the engine's
 * verdicts: it reads what the stem asks, matches each option to a tool, and picks the one
 * option that fits. When no option fits fully it still answers, with lower confidence and
 * saying so, where that is sound: the only unknown option when every known one
 * contradicts the question, or the only option that fits in part (KVM for "type 1"). It
 * keeps no state besides the tools it was built from, so one instance serves any number
 * of threads.
 */
public class QuestionChecker {

	public static final int MIN_OPTIONS = 2;

	public static final int MAX_OPTIONS = 10;

	static final double PARTIAL_OTHERS = 0.85;

	static final double BY_ELIMINATION = 0.6;

	static final double ONLY_PARTIAL = 0.6;

	static final double FAMILY_READING = 0.9;

	private static final Set<String> TYPE_REASONS = Set.of("classification.reason.type1", "classification.reason.type2",
			"classification.reason.hybrid", "classification.reason.managerHasNoType");

	private final ToolMatcher matcher;

	private final Map<String, Verdict> verdicts = new HashMap<>();

	/** A checker over these tools, with a new engine. */
	public QuestionChecker(List<ToolDocument> tools) {
		this(tools, new ClassificationEngine());
	}

	public QuestionChecker(List<ToolDocument> tools, ClassificationEngine engine) {
		this.matcher = new ToolMatcher(tools);
		for (ToolDocument tool : tools) {
			this.verdicts.put(tool.slug(), engine.classify(tool.facts()));
		}
	}

	/**
	 * Checks one question.
	 * @param question the stem; may be null when {@code ask} is given
	 * @param options the options, two to ten, each with or without a leading "A." or
	 * "(B)"
	 * @param ask what the question asks, or null to read it from the stem
	 * @param locale the language of the explanation, or null for the question's own
	 * language
	 * @throws UnreadableQuestion when {@code ask} is null and the stem cannot be read
	 * @throws IllegalArgumentException when there are too few or too many options, or a
	 * blank one
	 */
	public Check check(String question, List<String> options, Ask ask, Locale locale) {
		if (options == null || options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS) {
			throw new IllegalArgumentException("between " + MIN_OPTIONS + " and " + MAX_OPTIONS + " options");
		}
		if (options.stream().anyMatch((o) -> o == null || ToolMatcher.stripLetter(o).isBlank())) {
			throw new IllegalArgumentException("an option is blank");
		}
		StemReader.StemReading reading = reading(question, ask);
		Ask asked = (ask != null) ? ask : reading.ask();
		boolean broad = reading != null && reading.ask() == asked && reading.broad();
		Locale language = (locale != null) ? locale : detect(question, options);
		boolean zh = "zh".equals(language.getLanguage());
		List<OptionCheck> checked = new ArrayList<>();
		List<Integer> metas = new ArrayList<>();
		for (String option : options) {
			String text = ToolMatcher.stripLetter(option);
			if (AboveOption.of(text) != null) {
				metas.add(checked.size());
				checked.add(null);
			}
			else {
				checked.add(checkOption(text, asked, broad, zh));
			}
		}
		List<OptionCheck> ordinary = checked.stream().filter((o) -> o != null).toList();
		for (int i : metas) {
			String text = ToolMatcher.stripLetter(options.get(i));
			checked.set(i, AboveOption.of(text).check(text, ordinary));
		}
		return decide(asked, ask == null, language, checked, zh);
	}

	private static StemReader.StemReading reading(String question, Ask ask) {
		if (ask == null) {
			return StemReader.read(question);
		}
		if (question == null || question.isBlank()) {
			return null;
		}
		try {
			return StemReader.read(question);
		}
		catch (UnreadableQuestion ex) {
			return null;
		}
	}

	private static Locale detect(String question, List<String> options) {
		if (question != null && !question.isBlank()) {
			return StemReader.isChinese(question) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
		}
		return options.stream().anyMatch(StemReader::isChinese) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
	}

	private OptionCheck checkOption(String text, Ask ask, boolean broad, boolean zh) {
		ToolMatcher.ToolMatch match = this.matcher.match(text);
		List<Note> reasons = new ArrayList<>();
		if (!match.matched()) {
			if (match.how() == ToolMatcher.How.AMBIGUOUS) {
				reasons.add(Note.of("checker.option.ambiguous", text,
						match.candidates().stream().limit(5).map((t) -> (Object) name(t, zh)).toList()));
			}
			else {
				reasons.add(Note.of("checker.option.unknown", text));
				if (!match.suggestions().isEmpty()) {
					reasons.add(Note.of("checker.option.didYouMean",
							match.suggestions().stream().map((t) -> (Object) name(t, zh)).toList()));
				}
			}
			return new OptionCheck(text, null, null, null, reasons);
		}
		ToolDocument tool = match.tool();
		Verdict verdict = this.verdicts.get(tool.slug());
		String name = name(tool, zh);
		switch (match.how()) {
			case FAMILY -> reasons.add(Note.of("checker.match.family", text, name));
			case LOOSE -> reasons.add(Note.of("checker.match.loose", text, name));
			default -> {
				if (!sameName(text, tool)) {
					reasons.add(Note.of("checker.match.alias", text, name));
				}
			}
		}
		reasons.add(Note.of("checker.option.is", name, kind(verdict, ask)));
		Reason decisive = verdict.reasons().get(0);
		if (ask.aboutType() && verdict.vmTool()) {
			decisive = verdict.reasons()
				.stream()
				.filter((r) -> TYPE_REASONS.contains(r.key()))
				.findFirst()
				.orElse(decisive);
		}
		reasons.add(Note.of("checker.reason", decisive));
		verdict.reasons()
			.stream()
			.filter((r) -> r.key().startsWith("classification.reason.contested.") && !r.key().endsWith(".harmless"))
			.findFirst()
			.ifPresent((r) -> reasons.add(Note.of("checker.reason", r)));
		Fit fit = ask.fit(verdict, broad);
		reasons.add((fit == Fit.PARTIAL) ? Note.of("checker.fit.PARTIAL." + ask, kind(verdict, ask))
				: Note.of("checker.fit." + fit));
		return new OptionCheck(text, tool, verdict, fit, reasons);
	}

	private Check decide(Ask ask, boolean fromStem, Locale locale, List<OptionCheck> options, boolean zh) {
		List<Integer> full = indexes(options, Fit.FULL);
		List<Integer> partial = indexes(options, Fit.PARTIAL);
		List<Integer> open = new ArrayList<>();
		List<Integer> unknown = new ArrayList<>();
		for (int i = 0; i < options.size(); i++) {
			if (options.get(i).fit() == null) {
				open.add(i);
			}
			if (!options.get(i).known() && AboveOption.of(options.get(i).text()) == null) {
				unknown.add(i);
			}
		}
		List<Note> explanation = new ArrayList<>();
		if (!unknown.isEmpty()) {
			// An unknown name is the first thing a student must hear: everything after it
			// is conditional.
			explanation.add(Note.of("checker.explain.unknownFirst", quoted(options, unknown)));
		}
		explanation.add(Note.of("checker.explain.asks", "checker.ask." + ask));
		Integer answer = null;
		double factor = 1;
		List<Note> caveats = new ArrayList<>();
		Integer all = full.stream()
			.filter((i) -> AboveOption.of(options.get(i).text()) == AboveOption.ALL)
			.findFirst()
			.orElse(null);
		if (all != null) {
			answer = all;
		}
		else if (full.size() == 1 && open.isEmpty()) {
			answer = full.get(0);
			if (!partial.isEmpty()) {
				factor *= PARTIAL_OTHERS;
				caveats.add(Note.of("checker.explain.partialOthers", quoted(options, partial)));
			}
		}
		else if (full.isEmpty() && partial.isEmpty() && open.size() == 1 && options.size() > 1) {
			answer = open.get(0);
			factor *= BY_ELIMINATION;
			caveats.add(Note.of("checker.explain.elimination", options.get(answer).text()));
		}
		else if (full.isEmpty() && partial.size() == 1 && open.isEmpty()) {
			answer = partial.get(0);
			factor *= ONLY_PARTIAL;
			caveats.add(Note.of("checker.explain.onlyPartial", options.get(answer).text()));
		}
		if (answer != null) {
			OptionCheck chosen = options.get(answer);
			explanation.add(Note.of("checker.explain.answer", Check.letter(answer), chosen.text()));
			if (chosen.known()) {
				explanation.add(Note.of("checker.option.is", name(chosen.tool(), zh), kind(chosen.verdict(), ask)));
				explanation.add(Note.of("checker.reason", chosen.verdict().reasons().get(0)));
			}
			else if (chosen.fit() != null) {
				explanation.addAll(chosen.reasons());
			}
			List<Object> others = new ArrayList<>();
			for (int i = 0; i < options.size(); i++) {
				OptionCheck o = options.get(i);
				if (i != answer && o.known() && (all == null || o.fit() != Fit.FULL)) {
					others.add(Note.of("checker.explain.otherItem", name(o.tool(), zh), kind(o.verdict(), ask)));
				}
			}
			if (!others.isEmpty()) {
				explanation.add(Note.of((all != null) ? "checker.explain.allFit" : "checker.explain.others", others));
			}
			explanation.addAll(caveats);
			explanation.add(Note.of("checker.rule." + ask));
		}
		else if (full.size() == 1) {
			explanation.add(Note.of("checker.explain.fitsButOpen", quoted(options, full), quoted(options, open)));
		}
		else if (full.size() > 1) {
			explanation.add(Note.of("checker.explain.several", quoted(options, full)));
		}
		else if (!open.isEmpty() && open.size() + partial.size() > 1) {
			explanation.add(Note.of("checker.explain.undecided", quoted(options, open)));
		}
		else {
			explanation.add(Note.of("checker.explain.none"));
		}
		if (options.stream().anyMatch((o) -> o.reasons().get(0).key().equals("checker.match.family"))) {
			factor *= FAMILY_READING;
		}
		double confidence = (answer == null) ? 0 : confidence(options, answer) * factor;
		return new Check(ask, fromStem, locale, answer, Math.round(confidence * 100) / 100.0, options, explanation);
	}

	/**
	 * The answer's own certainty, tempered by how certain the engine is about the other
	 * options.
	 */
	private static double confidence(List<OptionCheck> options, int answer) {
		OptionCheck chosen = options.get(answer);
		double own = chosen.known() ? chosen.verdict().confidence() : 1;
		double others = 1;
		for (int i = 0; i < options.size(); i++) {
			if (i != answer && options.get(i).known()) {
				others = Math.min(others, options.get(i).verdict().confidence());
			}
		}
		return Math.max(0, Math.min(1, own * (0.5 + 0.5 * others)));
	}

	private static List<Integer> indexes(List<OptionCheck> options, Fit fit) {
		List<Integer> found = new ArrayList<>();
		for (int i = 0; i < options.size(); i++) {
			if (options.get(i).fit() == fit) {
				found.add(i);
			}
		}
		return found;
	}

	private static List<Object> quoted(List<OptionCheck> options, List<Integer> indexes) {
		return indexes.stream().map((i) -> (Object) (Check.letter(i) + ". " + options.get(i).text())).toList();
	}

	/**
	 * What to call a tool: for a question about hypervisor types, the type; otherwise the
	 * category.
	 */
	private static String kind(Verdict v, Ask ask) {
		if (ask.aboutType() && v.vmTool() && v.hypervisorType() != HypervisorType.NONE) {
			return "checker.kind.type." + v.hypervisorType();
		}
		if (v.category() == Category.VM_TOOL && v.hypervisorType() == HypervisorType.NONE) {
			return "checker.kind.vmManager";
		}
		return "checker.kind." + v.category();
	}

	/**
	 * Chinese texts keep the Latin brand ("VirtualBox 虚拟机" would read as a tautology)
	 * unless the Chinese name is the brand itself (火绒安全, 360安全卫士).
	 */
	private static String name(ToolDocument tool, boolean zh) {
		return (zh && tool.nameZh().codePoints().noneMatch((c) -> c < 128 && Character.isLetter(c))) ? tool.nameZh()
				: tool.name();
	}

	/** "VirtualBox" for Oracle VirtualBox needs no note; "VBox" does. */
	private static boolean sameName(String text, ToolDocument tool) {
		String key = key(text);
		return key(tool.name()).contains(key) || key(tool.nameZh()).contains(key);
	}

	private static String key(String text) {
		return String.join("", ToolMatcher.tokens(StemReader.normalize(text)));
	}

}
