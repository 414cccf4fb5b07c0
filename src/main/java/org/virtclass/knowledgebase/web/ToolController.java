package org.virtclass.knowledgebase.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.virtclass.classification.Category;
import org.virtclass.classification.HypervisorType;
import org.virtclass.classification.IsolationLevel;
import org.virtclass.knowledgebase.KnowledgeBase;
import org.virtclass.knowledgebase.ToolEntry;
import org.virtclass.knowledgebase.ToolSearch;
import org.virtclass.knowledgebase.UnknownNames;
import org.virtclass.knowledgebase.Verdicts;
import org.virtclass.system.Languages;

@Controller
class ToolController {

	private static final String VIEW_LIST = "knowledgebase/toolList";

	private static final String VIEW_LIST_RESULTS = "knowledgebase/toolList :: results";

	private static final String VIEW_DETAIL = "knowledgebase/toolDetails";

	private static final String VIEW_CLAIMS = "knowledgebase/claimList";

	private final KnowledgeBase knowledgeBase;

	private final Verdicts verdicts;

	private final UnknownNames unknownNames;

	ToolController(KnowledgeBase knowledgeBase, Verdicts verdicts, UnknownNames unknownNames) {
		this.knowledgeBase = knowledgeBase;
		this.verdicts = verdicts;
		this.unknownNames = unknownNames;
	}

	@GetMapping("/tools")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
			@RequestParam(required = false) String hypervisorType,
			@RequestParam(required = false) String isolationLevel,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		ToolSearch search = new ToolSearch(q, parse(Category.class, category),
				parse(HypervisorType.class, hypervisorType), parse(IsolationLevel.class, isolationLevel));
		ToolSearch.Result result = search.search(this.knowledgeBase.tools());
		List<ToolEntry> tools = result.tools();
		// Only a search the student sends (Enter, a link): the live search while typing
		// would record
		// every half-typed word.
		if (result.unresolved() && htmx == null) {
			this.unknownNames.record(q, null);
		}
		model.addAttribute("didYouMean", result.didYouMean());
		model.addAttribute("search", search);
		model.addAttribute("q", (q != null) ? q : "");
		model.addAttribute("tools", tools);
		model.addAttribute("total", this.knowledgeBase.tools().size());
		model.addAttribute("categories", Category.values());
		model.addAttribute("hypervisorTypes", HypervisorType.values());
		model.addAttribute("isolationLevels", IsolationLevel.values());
		return (htmx != null) ? VIEW_LIST_RESULTS : VIEW_LIST;
	}

	@GetMapping("/tools/{slug}")
	String show(@PathVariable String slug, Locale locale, Model model) {
		ToolEntry tool = this.knowledgeBase.tool(slug.toLowerCase(Locale.ROOT))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("tool", tool.document());
		model.addAttribute("entry", tool);
		model.addAttribute("verdictView", this.verdicts.view(tool.document().facts(), locale));
		model.addAttribute("claims",
				this.knowledgeBase.claims().stream().filter((c) -> c.tools().contains(tool.slug())).toList());
		return VIEW_DETAIL;
	}

	@GetMapping("/claims")
	String claims(Locale locale, Model model) {
		model.addAttribute("claims", this.knowledgeBase.claims());
		// chips show the tool's name in the reader's language, never its slug
		model.addAttribute("toolNames",
				this.knowledgeBase.tools()
					.stream()
					.collect(Collectors.toMap(ToolEntry::slug,
							(t) -> Languages.pick(locale, t.document().name(), t.document().nameZh()))));
		return VIEW_CLAIMS;
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
