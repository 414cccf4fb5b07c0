package org.virtclass.knowledgebase.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.virtclass.classification.ClassificationEngine;
import org.virtclass.classification.Comparison;
import org.virtclass.classification.Criterion;
import org.virtclass.classification.Verdict;
import org.virtclass.knowledgebase.KnowledgeBase;
import org.virtclass.knowledgebase.ToolDocument;
import org.virtclass.knowledgebase.NameKeys;
import org.virtclass.knowledgebase.ToolEntry;
import org.virtclass.knowledgebase.ToolSearch;
import org.virtclass.knowledgebase.Verdicts;
import org.virtclass.knowledgebase.yaml.ToolYamlReader;
import org.virtclass.system.Languages;

/**
 * "Compare two tools": side by side, with the criterion that separates them highlighted.
 */
@Controller
class CompareController {

	private static final String VIEW = "knowledgebase/compare";

	static final String DEFAULT_LEFT = "virtualbox";

	static final String DEFAULT_RIGHT = "docker";

	private final KnowledgeBase knowledgeBase;

	private final Verdicts verdicts;

	private final ClassificationEngine engine;

	CompareController(KnowledgeBase knowledgeBase, Verdicts verdicts, ClassificationEngine engine) {
		this.knowledgeBase = knowledgeBase;
		this.verdicts = verdicts;
		this.engine = engine;
	}

	@GetMapping("/compare")
	String compare(@RequestParam(required = false) String a, @RequestParam(required = false) String b, Locale locale,
			Model model) {
		List<Unknown> unknown = new ArrayList<>();
		Optional<ToolEntry> foundLeft = resolve(a, DEFAULT_LEFT, locale, "a", unknown);
		String otherDefault = foundLeft.map(ToolEntry::slug).orElse("").equals(DEFAULT_RIGHT) ? DEFAULT_LEFT
				: DEFAULT_RIGHT;
		Optional<ToolEntry> foundRight = resolve(b, otherDefault, locale, "b", unknown);
		model.addAttribute("unknown", unknown);
		model.addAttribute("tools", this.knowledgeBase.tools());
		if (!unknown.isEmpty()) {
			// say which name matched nothing and offer the closest ones; never compare a
			// stand-in
			model.addAttribute("leftName", foundLeft.map((t) -> name(t.document(), locale)).orElse(a));
			model.addAttribute("rightName", foundRight.map((t) -> name(t.document(), locale)).orElse(b));
			return VIEW;
		}
		ToolEntry left = foundLeft.get();
		ToolEntry right = foundRight.get();
		Verdict lv = this.verdicts.classify(left.document().facts());
		Verdict rv = this.verdicts.classify(right.document().facts());
		Comparison comparison = this.engine.compare(lv, rv);
		Criterion decisive = comparison.differences().isEmpty() ? null : comparison.differences().get(0).criterion();
		model.addAttribute("left", left.document());
		model.addAttribute("right", right.document());
		model.addAttribute("leftName", name(left.document(), locale));
		model.addAttribute("rightName", name(right.document(), locale));
		model.addAttribute("sides",
				List.of(new Side(left.document(), name(left.document(), locale), this.verdicts.view(lv, locale)),
						new Side(right.document(), name(right.document(), locale), this.verdicts.view(rv, locale))));
		model.addAttribute("same", left.slug().equals(right.slug()));
		model.addAttribute("separates", this.verdicts.text(comparison.reason(), locale));
		model.addAttribute("differences",
				comparison.differences().stream().map((d) -> this.verdicts.text(d.reason(), locale)).toList());
		model.addAttribute("criteria", SideBySide.criteria(lv, rv, decisive));
		model.addAttribute("facts", SideBySide.facts(left.document().facts(), right.document().facts()));
		return VIEW;
	}

	/**
	 * A slug, a name, a Chinese name or an alias; else the first search hit; the default
	 * when nothing was asked. A name that matches nothing is reported with the closest
	 * names instead.
	 */
	private Optional<ToolEntry> resolve(String query, String fallback, Locale locale, String field,
			List<Unknown> unknown) {
		if (query == null || query.isBlank()) {
			return Optional.of(this.knowledgeBase.tool(fallback).orElseGet(() -> this.knowledgeBase.tools().get(0)));
		}
		String q = query.strip();
		Optional<ToolEntry> found = this.knowledgeBase.tool(q.toLowerCase(Locale.ROOT));
		if (found.isEmpty()) {
			String key = ToolYamlReader.normalize(q);
			found = this.knowledgeBase.tools().stream().filter((t) -> names(t.document()).contains(key)).findFirst();
		}
		if (found.isEmpty()) {
			// The same name written with a version or an edition ("VirtualBox 7.0"),
			// never a search's
			// nearest hit: a prefix or a typo is offered as a suggestion below, not
			// compared.
			String loose = NameKeys.looseKey(q);
			found = loose.isEmpty() ? Optional.empty() : this.knowledgeBase.tools()
				.stream()
				.filter((t) -> rawNames(t.document()).stream().anyMatch((n) -> NameKeys.looseKey(n).equals(loose)))
				.findFirst();
		}
		if (found.isEmpty()) {
			List<Suggestion> closest = ClosestNames.of(q, this.knowledgeBase.tools(), SUGGESTIONS)
				.stream()
				.map((t) -> new Suggestion(t.slug(), name(t.document(), locale)))
				.toList();
			unknown.add(new Unknown(field, q, closest));
		}
		return found;
	}

	private static final int SUGGESTIONS = 5;

	/**
	 * A name typed into {@code field} ("a" or "b") that matched no tool, and the closest
	 * tools.
	 */
	record Unknown(String field, String query, List<Suggestion> suggestions) {
	}

	/** A tool offered instead of a name that matched nothing. */
	record Suggestion(String slug, String name) {
	}

	private static List<String> rawNames(ToolDocument d) {
		List<String> names = new ArrayList<>(List.of(d.slug(), d.name(), d.nameZh()));
		names.addAll(d.aliases());
		return names;
	}

	private static List<String> names(ToolDocument d) {
		List<String> names = new ArrayList<>();
		names.add(ToolYamlReader.normalize(d.name()));
		names.add(ToolYamlReader.normalize(d.nameZh()));
		d.aliases().forEach((a) -> names.add(ToolYamlReader.normalize(a)));
		return names;
	}

	/**
	 * One column of the comparison: the tool, its name in the reader's language and its
	 * verdict.
	 */
	record Side(ToolDocument tool, String name, Verdicts.View verdict) {
	}

	private static String name(ToolDocument d, Locale locale) {
		return Languages.pick(locale, d.name(), d.nameZh());
	}

}
