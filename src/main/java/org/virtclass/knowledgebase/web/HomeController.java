package org.virtclass.knowledgebase.web;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.virtclass.classification.Category;
import org.virtclass.knowledgebase.KnowledgeBase;
import org.virtclass.knowledgebase.ToolEntry;

@Controller
class HomeController {

	private static final String VIEW_HOME = "knowledgebase/home";

	private static final String VIEW_CRITERIA = "knowledgebase/criteria";

	private final KnowledgeBase knowledgeBase;

	HomeController(KnowledgeBase knowledgeBase) {
		this.knowledgeBase = knowledgeBase;
	}

	@GetMapping("/")
	String home(Model model) {
		Map<Category, Integer> counts = new EnumMap<>(Category.class);
		for (Category c : Category.values()) {
			counts.put(c, 0);
		}
		for (ToolEntry t : this.knowledgeBase.tools()) {
			counts.merge(t.document().labels().category(), 1, Integer::sum);
		}
		model.addAttribute("counts", counts);
		model.addAttribute("toolCount", this.knowledgeBase.tools().size());
		model.addAttribute("claimCount", this.knowledgeBase.claims().size());
		return VIEW_HOME;
	}

	@GetMapping("/criteria")
	String criteria(Model model) {
		model.addAttribute("examples", CriteriaExamples.from(this.knowledgeBase));
		return VIEW_CRITERIA;
	}

}
