package org.virtclass.quiz.checker;

import java.util.List;
import java.util.regex.Pattern;

/**
 * "All of the above" and "None of the above" (以上都是, 以上都不是): options that name no tool but
 * speak about the others. Whether one fits follows from how the others fit, so it is
 * decided after them; an unknown other option leaves it open.
 */
enum AboveOption {

	ALL("(all|both)\\s+(of\\s+)?(the\\s+)?(above|these|options)(\\s+are\\s+correct)?|以上(都|均|全|皆)(是|对|正确|属于)|以上全部|全部都是|都是"),

	NONE("none\\s+of\\s+(the\\s+)?(above|these|options)|neither(\\s+of\\s+(the\\s+)?above)?|以上(都|均|全|皆)(不是|不对|不正确|不属于|非)|以上皆非|都不是");

	private final Pattern pattern;

	AboveOption(String regex) {
		this.pattern = Pattern.compile("^(?:" + regex + ")[.。!！]?$", Pattern.CASE_INSENSITIVE);
	}

	/** Which of the two an option is, or null for an ordinary option. */
	static AboveOption of(String text) {
		String t = StemReader.normalize(text).strip().replaceAll("\\s+", " ");
		for (AboveOption a : values()) {
			if (a.pattern.matcher(t).matches()) {
				return a;
			}
		}
		return null;
	}

	/**
	 * @param text the option as given
	 * @param others the ordinary options, already checked
	 */
	OptionCheck check(String text, List<OptionCheck> others) {
		boolean anyFull = others.stream().anyMatch((o) -> o.fit() == Fit.FULL);
		boolean anyPartial = others.stream().anyMatch((o) -> o.fit() == Fit.PARTIAL);
		boolean anyNone = others.stream().anyMatch((o) -> o.fit() == Fit.NONE);
		boolean anyOpen = others.stream().anyMatch((o) -> o.fit() == null);
		Fit fit;
		if (this == ALL) {
			fit = (others.isEmpty() || anyNone) ? Fit.NONE : anyOpen ? null : anyPartial ? Fit.PARTIAL : Fit.FULL;
		}
		else {
			fit = (anyFull || anyPartial) ? Fit.NONE : anyOpen ? null : Fit.FULL;
		}
		String state = (fit == null) ? "OPEN" : fit.name();
		return new OptionCheck(text, null, null, fit, List.of(Note.of("checker.above." + name() + "." + state, text)));
	}

}
