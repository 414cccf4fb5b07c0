package org.virtclass.quiz.checker;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a question stem asks, in Chinese or English: "which is (not) a virtual
 * machine / container / type 1 / type 2 hypervisor". It looks for the thing asked about
 * and for a negation in the same clause; when a stem names both virtual machines and
 * containers ("a container rather than a virtual machine"), the one that is not negated
 * is what it asks for.
 */
final class StemReader {

	private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

	private static final Pattern STATEMENT = Pattern
		.compile("说法|叙述|描述|正确的是|错误的是|statements?\\b|\\btrue\\b|\\bfalse\\b|\\bcorrect(ly)?\\b|\\bincorrect\\b");

	/** Negations that reach the whole stem: "all of the following EXCEPT", 除……外. */
	private static final Pattern GLOBAL_NEGATION = Pattern.compile("\\bexcept\\b|\\bexcluding\\b|除.{0,24}?(以外|之外|外)");

	private static final Pattern NEGATION = Pattern
		.compile("不(属于|是|为|算|能|可以|可|包括|包含|会)|并非|非(虚拟|容器)|\\bnot\\b|n[’']t\\b|\\bnon-?(?=hyper|virtual|container)"
				+ "|^\\s*than\\b|^\\s*of\\b");

	private static final Pattern CLAUSE_BOUNDARY = Pattern
		.compile("[，,。；;:：?？!！]|而|但|\\bbut\\b|\\brather\\b|\\binstead\\b");

	private static final Pattern TYPE_1 = Pattern
		.compile("裸机|裸金属|原生型|本地型|第\\s*(一|1)\\s*类|(?<![i\\d])(1|i)\\s*类|(?<![i\\d一二哪这那每同])(1|i|一)\\s*型"
				+ "|类型\\s*(一|1)(?!\\d)|type[-\\s]?(1|i|one)\\b|bare[-\\s]?metal|\\bnative\\s+hypervisor");

	private static final Pattern TYPE_2 = Pattern
		.compile("寄居|寄宿|宿主型|托管型|第\\s*(二|2)\\s*类|(?<![\\d])(2|ii)\\s*类|(?<![\\d一二哪这那每同])(2|ii|二)\\s*型"
				+ "|类型\\s*(二|2)(?!\\d)|type[-\\s]?(2|ii|two)\\b|\\bhosted\\b");

	private static final Pattern CONTAINER = Pattern.compile("容器|container"
			+ "|shar(e|es|ed|ing)\\s+(the\\s+)?host(’s|'s)?\\s+(os\\s+|operating\\s+system(’s|'s)?\\s+)?kernel|共享(宿主机|主机|宿主)的?(操作系统)?内核");

	/**
	 * "OS-level virtualization" is what textbooks call containers; it must not read as
	 * virtual machines.
	 */
	private static final Pattern OS_LEVEL = Pattern
		.compile("(os|operating[-\\s]system)[-\\s]level\\s+virtuali[sz]ation|操作系统(级|层)(的)?虚拟化");

	private static final Pattern VM = Pattern.compile("虚拟机|管理程序|hypervisor|virtual[-\\s]machine|\\bvms?\\b|\\bvmm\\b");

	/**
	 * An emulator, but not "Wine is not an emulator" style names inside options: stems
	 * only.
	 */
	private static final Pattern EMULATOR = Pattern.compile("模拟器|仿真器|emulators?\\b|emulation");

	/** Stems that describe what a VM tool does without naming it. */
	private static final Pattern VM_DEFINITION = Pattern
		.compile("(run|runs|running)\\s+(several|multiple|two|many|different)\\s+(guest\\s+)?operating\\s+systems"
				+ "|同时运行(多个|多种|两个)(不同的)?操作系统|(多个|多种)操作系统同时运行");

	/** Stems that describe what a container tool does without naming it. */
	private static final Pattern CONTAINER_DEFINITION = Pattern.compile(
			"packag\\w*\\s+(an\\s+)?applications?\\s+(together\\s+)?(with|and)\\s+(all\\s+)?(its|their)\\s+dependencies"
					+ "|(应用|程序)(及其|和)(所有)?依赖.{0,6}打包|打包.{0,8}(应用|程序)(及其|和)(所有)?依赖");

	private static final Pattern VIRTUALIZATION = Pattern.compile("虚拟化|virtuali[sz]ation|virtuali[sz]ing");

	private StemReader() {
	}

	/**
	 * What the stem asks.
	 * @throws UnreadableQuestion when it asks something else, or nothing this reader
	 * knows
	 */
	static StemReading read(String stem) {
		if (stem == null || stem.isBlank()) {
			throw new UnreadableQuestion("The question is empty and no 'ask' was given.");
		}
		String text = OS_LEVEL.matcher(normalize(stem)).replaceAll("container");
		boolean chinese = isChinese(stem);
		if (STATEMENT.matcher(text).find()) {
			throw new UnreadableQuestion("The question asks which statement is true or false; the checker only "
					+ "answers which option is (or is not) a given kind of software.");
		}
		boolean global = GLOBAL_NEGATION.matcher(text).find();
		boolean type1 = TYPE_1.matcher(text).find();
		boolean type2 = TYPE_2.matcher(text).find();
		if (type1 || type2) {
			if (type1 && type2) {
				throw new UnreadableQuestion("The question names both type 1 and type 2 hypervisors.");
			}
			Matcher type = (type1 ? TYPE_1 : TYPE_2).matcher(text);
			type.find();
			if (global || negatedBefore(text, type.start())) {
				return new StemReading(type1 ? Ask.NOT_TYPE_1_HYPERVISOR : Ask.NOT_TYPE_2_HYPERVISOR, false, chinese);
			}
			return new StemReading(type1 ? Ask.TYPE_1_HYPERVISOR : Ask.TYPE_2_HYPERVISOR, false, chinese);
		}
		List<Term> terms = new ArrayList<>();
		find(text, VM, Kind.VM, false, global, terms);
		find(text, VIRTUALIZATION, Kind.VM, true, global, terms);
		find(text, CONTAINER, Kind.CONTAINER, false, global, terms);
		find(text, EMULATOR, Kind.EMULATOR, false, global, terms);
		if (terms.isEmpty()) {
			find(text, VM_DEFINITION, Kind.VM, false, global, terms);
			find(text, CONTAINER_DEFINITION, Kind.CONTAINER, false, global, terms);
		}
		if (terms.isEmpty()) {
			throw new UnreadableQuestion(
					"The question names neither virtual machines (hypervisors, " + "virtualization) nor containers.");
		}
		Term chosen = choose(terms);
		boolean broad = chosen.kind == Kind.VM && terms.stream().noneMatch((t) -> t.kind == Kind.VM && !t.broad);
		Ask ask = switch (chosen.kind) {
			case VM -> chosen.negated ? Ask.NOT_VM_TOOL : Ask.VM_TOOL;
			case CONTAINER -> chosen.negated ? Ask.NOT_CONTAINER : Ask.CONTAINER;
			case EMULATOR -> chosen.negated ? Ask.NOT_EMULATOR : Ask.EMULATOR;
		};
		return new StemReading(ask, broad, chinese);
	}

	static boolean isChinese(String text) {
		return text != null && HAN.matcher(text).find();
	}

	/** Full-width letters and digits to ASCII, lower case. */
	static String normalize(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
	}

	/**
	 * The term not negated when both kinds appear with different polarity; otherwise the
	 * last one.
	 */
	private static Term choose(List<Term> terms) {
		terms.sort((a, b) -> Integer.compare(a.start, b.start));
		Term last = terms.get(terms.size() - 1);
		if (terms.stream().map((t) -> t.kind).distinct().count() > 1) {
			List<Term> positive = terms.stream().filter((t) -> !t.negated).toList();
			if (!positive.isEmpty() && positive.size() < terms.size()
					&& positive.stream().map((t) -> t.kind).distinct().count() == 1) {
				return positive.get(positive.size() - 1);
			}
		}
		return last;
	}

	private static void find(String text, Pattern pattern, Kind kind, boolean broad, boolean global, List<Term> terms) {
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			terms.add(new Term(kind, m.start(), broad, global || negatedBefore(text, m.start())));
		}
	}

	private static boolean negatedBefore(String text, int position) {
		int clauseStart = 0;
		Matcher boundary = CLAUSE_BOUNDARY.matcher(text);
		while (boundary.find() && boundary.end() <= position) {
			clauseStart = boundary.end();
		}
		return NEGATION.matcher(text.substring(clauseStart, position)).find();
	}

	private enum Kind {

		VM, CONTAINER, EMULATOR

	}

	private record Term(Kind kind, int start, boolean broad, boolean negated) {
	}

	/**
	 * What a stem asks.
	 *
	 * @param ask the question
	 * @param broad it says "virtualization", which takes in containers and emulators too
	 * @param chinese the stem is in Chinese
	 */
	record StemReading(Ask ask, boolean broad, boolean chinese) {
	}

}
