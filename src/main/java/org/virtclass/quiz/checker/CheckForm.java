package org.virtclass.quiz.checker;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a student pastes on "Check a question": the stem, the options one per line, and
 * optionally what the question asks. A question pasted whole into the first box, options
 * included (one per line, or "A.… B.… C.…" on one line), is split into stem and options.
 */
class CheckForm extends PastedText {

	private static final Pattern MARKER = Pattern.compile("(?<![A-Za-z0-9])[(\\[【]?([A-H])\\s*[)\\]】.、:]");

	static CheckForm example(boolean chinese) {
		CheckForm form = new CheckForm();
		form.setQuestion(
				chinese ? "以下软件中不属于虚拟机工具软件的是（  ）" : "Which of the following is an example of a Type 2 hypervisor?");
		form.setOptions(chinese ? "A. VMware Workstation\nB. Oracle VirtualBox\nC. Microsoft Hyper-V\nD. Docker"
				: "A. VMware ESXi\nB. Microsoft Hyper-V\nC. Oracle VM VirtualBox\nD. Xen");
		return form;
	}

	/** The stem without any options pasted into it. */
	String stem() {
		return split().stem;
	}

	/** The options: from their own box, or else from the lines of the first box. */
	List<String> optionList() {
		return split().options;
	}

	private Split split() {
		List<String> given = lines(getOptions());
		String text = Normalizer.normalize((getQuestion() != null) ? getQuestion() : "", Normalizer.Form.NFKC);
		if (!given.isEmpty()) {
			return new Split(text.strip(), given);
		}
		StringBuilder stem = new StringBuilder();
		List<String> found = new ArrayList<>();
		for (String line : text.split("\\R")) {
			List<int[]> markers = markers(line, found.isEmpty() ? 'A' : (char) ('A' + found.size()));
			if (markers.isEmpty()) {
				if (found.isEmpty()) {
					stem.append(line).append('\n');
				}
				else if (!line.isBlank()) {
					found.set(found.size() - 1, found.get(found.size() - 1) + " " + line.strip());
				}
				continue;
			}
			if (found.isEmpty()) {
				stem.append(line, 0, markers.get(0)[0]);
			}
			for (int i = 0; i < markers.size(); i++) {
				int end = (i + 1 < markers.size()) ? markers.get(i + 1)[0] : line.length();
				String option = line.substring(markers.get(i)[0], end).strip();
				if (!option.isEmpty()) {
					found.add(option);
				}
			}
		}
		return new Split(stem.toString().strip(), found);
	}

	/**
	 * Option letters in this line that continue the sequence A, B, C ... from
	 * {@code next}.
	 */
	private static List<int[]> markers(String line, char next) {
		List<int[]> markers = new ArrayList<>();
		Matcher m = MARKER.matcher(line);
		char expected = next;
		while (m.find()) {
			if (m.group(1).charAt(0) == expected) {
				markers.add(new int[] { m.start() });
				expected++;
			}
		}
		return markers;
	}

	private static List<String> lines(String text) {
		if (text == null) {
			return List.of();
		}
		return text.lines().map(String::strip).filter((l) -> !l.isEmpty()).toList();
	}

	private record Split(String stem, List<String> options) {
	}

}
