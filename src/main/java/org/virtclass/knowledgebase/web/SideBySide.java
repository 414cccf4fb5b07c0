package org.virtclass.knowledgebase.web;

import java.util.ArrayList;
import java.util.List;

import org.virtclass.classification.Criterion;
import org.virtclass.classification.ToolFacts;
import org.virtclass.classification.Verdict;

/** Rows of the comparison tables, as message keys for each side. */
final class SideBySide {

	private SideBySide() {
	}

	/**
	 * @param label the message key of the row's name
	 * @param left message keys of the left value, shown one after another
	 * @param right message keys of the right value
	 * @param differs the two sides differ
	 * @param decisive this is the criterion that separates them
	 */
	record Row(String label, List<String> left, List<String> right, boolean differs, boolean decisive) {
	}

	static List<Row> criteria(Verdict l, Verdict r, Criterion decisive) {
		List<Row> rows = new ArrayList<>();
		rows.add(new Row("kb.list.category", List.of("classification.category." + l.category()),
				List.of("classification.category." + r.category()), l.category() != r.category(), false));
		for (Criterion c : Criterion.values()) {
			Enum<?> lv = l.valueOf(c);
			Enum<?> rv = r.valueOf(c);
			rows.add(new Row("classification.criterion." + c.field(), List.of("classification." + c.field() + "." + lv),
					List.of("classification." + c.field() + "." + rv), lv != rv, c == decisive));
		}
		return rows;
	}

	static List<Row> facts(ToolFacts l, ToolFacts r) {
		List<Row> rows = new ArrayList<>();
		rows.add(bool("guestOwnKernel", l.guestOwnKernel(), r.guestOwnKernel()));
		rows.add(choice("hardwareVirtualization", l.hardwareVirtualization(), r.hardwareVirtualization()));
		rows.add(choice("runsOn", l.runsOn(), r.runsOn()));
		rows.add(bool("emulatesForeignIsa", l.emulatesForeignIsa(), r.emulatesForeignIsa()));
		rows.add(bool("sharesHostKernel", l.sharesHostKernel(), r.sharesHostKernel()));
		rows.add(bool("userSpaceKernel", l.userSpaceKernel(), r.userSpaceKernel()));
		rows.add(bool("translatesSyscalls", l.translatesSyscalls(), r.translatesSyscalls()));
		rows.add(bool("managesOthers", l.managesOthers(), r.managesOthers()));
		List<String> lf = l.imageFormats().stream().map((f) -> "classification.imageFormat." + f).toList();
		List<String> rf = r.imageFormats().stream().map((f) -> "classification.imageFormat." + f).toList();
		rows.add(new Row("classification.fact.imageFormats", lf.isEmpty() ? List.of("kb.tool.noFormats") : lf,
				rf.isEmpty() ? List.of("kb.tool.noFormats") : rf, !lf.equals(rf), false));
		List<String> lc = l.contested().stream().map((f) -> "classification.fact." + f).toList();
		List<String> rc = r.contested().stream().map((f) -> "classification.fact." + f).toList();
		rows.add(new Row("classification.fact.contested", lc.isEmpty() ? List.of("common.none") : lc,
				rc.isEmpty() ? List.of("common.none") : rc, !lc.equals(rc), false));
		return rows;
	}

	private static Row bool(String fact, boolean l, boolean r) {
		return new Row("classification.fact." + fact, List.of(l ? "kb.tool.yes" : "kb.tool.no"),
				List.of(r ? "kb.tool.yes" : "kb.tool.no"), l != r, false);
	}

	private static Row choice(String fact, Enum<?> l, Enum<?> r) {
		return new Row("classification.fact." + fact, List.of("classification." + fact + "." + l),
				List.of("classification." + fact + "." + r), l != r, false);
	}

}
