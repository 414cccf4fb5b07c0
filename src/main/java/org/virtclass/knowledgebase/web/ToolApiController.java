package org.virtclass.knowledgebase.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.virtclass.knowledgebase.KnowledgeBase;
import org.virtclass.knowledgebase.Verdicts;
import org.virtclass.system.ApiProblem;
import org.virtclass.system.Languages;

@RestController
@RequestMapping("/api/tools")
@Tag(name = "Tools", description = "The knowledge base of virtualization software and look-alikes")
class ToolApiController {

	private final KnowledgeBase knowledgeBase;

	private final Verdicts verdicts;

	ToolApiController(KnowledgeBase knowledgeBase, Verdicts verdicts) {
		this.knowledgeBase = knowledgeBase;
		this.verdicts = verdicts;
	}

	@GetMapping
	@Operation(summary = "Every active tool with its labels and the engine's verdict",
			description = "Reasons are given as message keys with arguments and as text in `lang` (en or zh-CN; default: Accept-Language).")
	List<ToolJson.Summary> list(@RequestParam(required = false) String lang, Locale requestLocale) {
		Locale locale = (lang != null) ? Languages.parse(lang) : requestLocale;
		return this.knowledgeBase.tools()
			.stream()
			.map((t) -> ToolJson.Summary.of(t, this.verdicts.view(t.document().facts(), locale)))
			.toList();
	}

	@GetMapping("/{slug}")
	@Operation(summary = "One tool with its facts, texts, sources, version and the engine's verdict")
	ToolJson.Detail show(@PathVariable String slug, @RequestParam(required = false) String lang,
			Locale requestLocale) {
		Locale locale = (lang != null) ? Languages.parse(lang) : requestLocale;
		return this.knowledgeBase.tool(slug)
			.map((t) -> ToolJson.Detail.of(t, this.verdicts.view(t.document().facts(), locale)))
			.orElseThrow(() -> ApiProblem.notFound("There is no tool with the slug '" + slug + "'."));
	}

}
