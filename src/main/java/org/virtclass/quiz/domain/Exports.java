package org.virtclass.quiz.domain;

import java.util.List;

import org.virtclass.quiz.Question;
import org.virtclass.quiz.QuestionType;

/**
 * The CSV of responses, and the questions as Moodle XML and GIFT, with every feedback.
 */
public final class Exports {

	private Exports() {
	}

	/**
	 * One row per player and question, with blank cells where a player did not answer.
	 * Starts with a byte-order mark so that spreadsheet programs read UTF-8.
	 */
	public static String csv(SessionResults.Results results) {
		StringBuilder out = new StringBuilder("\uFEFF");
		out.append("student,question,option chosen,correct,time,seconds to answer\r\n");
		for (SessionResults.Response r : results.responses()) {
			if (!r.answered()) {
				out.append(cell(r.student())).append(',').append(r.question()).append(",,,,\r\n");
				continue;
			}
			out.append(cell(r.student()))
				.append(',')
				.append(r.question())
				.append(',')
				.append(cell(r.option() + ": " + r.optionText()))
				.append(',')
				.append(r.correct())
				.append(',')
				.append(r.time())
				.append(',')
				.append(String.format(java.util.Locale.ROOT, "%.1f", r.elapsedMs() / 1000.0))
				.append("\r\n");
		}
		return out.toString();
	}

	static String cell(String value) {
		String v = (value == null) ? "" : value;
		if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
			// a spreadsheet would run it as a formula
			v = "'" + v;
		}
		if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || !v.equals(value)) {
			return "\"" + v.replace("\"", "\"\"") + "\"";
		}
		return v;
	}

	/**
	 * Moodle XML: one multiple-choice question per question, single answer, feedback on
	 * every option.
	 */
	public static String moodleXml(String code, List<Question> questions) {
		StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
		out.append("  <question type=\"category\">\n    <category>\n      <text>$course$/VirtClass/")
			.append(xml(code))
			.append("</text>\n    </category>\n  </question>\n");
		for (int i = 0; i < questions.size(); i++) {
			Question q = questions.get(i);
			out.append("  <question type=\"multichoice\">\n");
			out.append("    <name>\n      <text>").append(xml(name(code, i, q))).append("</text>\n    </name>\n");
			out.append("    <questiontext format=\"html\">\n      <text>")
				.append(html(q.stem()))
				.append("</text>\n    </questiontext>\n");
			out.append("    <generalfeedback format=\"html\">\n      <text>")
				.append(html(q.explanation()))
				.append("</text>\n    </generalfeedback>\n");
			out.append(
					"    <defaultgrade>1</defaultgrade>\n    <penalty>0.3333333</penalty>\n    <hidden>0</hidden>\n");
			out.append("    <single>true</single>\n    <shuffleanswers>")
				.append(ordered(q) ? 0 : 1)
				.append("</shuffleanswers>\n    <answernumbering>ABCD</answernumbering>\n");
			for (int o = 0; o < q.options().size(); o++) {
				Question.Option option = q.options().get(o);
				out.append("    <answer fraction=\"")
					.append((o == q.answerIndex()) ? "100" : "0")
					.append("\" format=\"html\">\n      <text>")
					.append(html(option.text()))
					.append("</text>\n      <feedback format=\"html\">\n        <text>")
					.append(html(option.feedback()))
					.append("</text>\n      </feedback>\n    </answer>\n");
			}
			out.append("  </question>\n");
		}
		return out.append("</quiz>\n").toString();
	}

	/**
	 * GIFT: one question per paragraph, the key marked =, feedback after #, general
	 * feedback after ####.
	 */
	public static String gift(String code, List<Question> questions) {
		StringBuilder out = new StringBuilder();
		out.append("// VirtClass session ").append(code).append('\n');
		out.append("$CATEGORY: $course$/VirtClass/").append(code).append("\n\n");
		for (int i = 0; i < questions.size(); i++) {
			Question q = questions.get(i);
			out.append("::").append(gift(name(code, i, q))).append("::").append(gift(q.stem())).append(" {\n");
			for (int o = 0; o < q.options().size(); o++) {
				Question.Option option = q.options().get(o);
				out.append((o == q.answerIndex()) ? "\t=" : "\t~")
					.append(gift(option.text()))
					.append(" #")
					.append(gift(option.feedback()))
					.append('\n');
			}
			out.append("\t####").append(gift(q.explanation())).append("\n}\n\n");
		}
		return out.toString();
	}

	private static boolean ordered(Question q) {
		return q.type() == QuestionType.CRITERION || q.type() == QuestionType.MYTH_OR_FACT;
	}

	private static String name(String code, int index, Question q) {
		return "VirtClass " + code + " Q" + (index + 1) + " " + q.type().name();
	}

	/** Escapes GIFT's special characters and keeps the text on one line. */
	static String gift(String text) {
		StringBuilder out = new StringBuilder();
		for (char c : oneLine(text).toCharArray()) {
			if ("\\~=#{}:".indexOf(c) >= 0) {
				out.append('\\');
			}
			out.append(c);
		}
		return out.toString();
	}

	/**
	 * Text as HTML inside XML: escaped twice would be wrong, so HTML-escape once and
	 * XML-escape that.
	 */
	static String html(String text) {
		return xml(xml(oneLine(text)));
	}

	static String xml(String text) {
		String t = (text == null) ? "" : text;
		StringBuilder out = new StringBuilder(t.length() + 16);
		for (char c : t.toCharArray()) {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> {
					if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

	private static String oneLine(String text) {
		return (text == null) ? "" : text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
	}

}
