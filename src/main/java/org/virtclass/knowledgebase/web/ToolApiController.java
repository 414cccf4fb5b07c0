package org.virtclass.knowledgebase.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.virtclass.knowledgebase.KnowledgeBase;
import org.virtclass.system.ApiProblem;

@RestController
@RequestMapping("/api/tools")
@Tag(name = "Tools", description = "The knowledge base of virtualization software and look-alikes")
class ToolApiController {

	private final KnowledgeBase knowledgeBase;

	ToolApiController(KnowledgeBase knowledgeBase) {
		this.knowledgeBase = knowledgeBase;
	}

	@GetMapping
	@Operation(summary = "Every active tool with its labels")
	List<ToolJson.Summary> list() {
		return this.knowledgeBase.tools().stream().map(ToolJson.Summary::of).toList();
	}

	@GetMapping("/{slug}")
	@Operation(summary = "One tool with its facts, texts, sources and version")
	ToolJson.Detail show(@PathVariable String slug) {
		return this.knowledgeBase.tool(slug)
			.map(ToolJson.Detail::of)
			.orElseThrow(() -> ApiProblem.notFound("There is no tool with the slug '" + slug + "'."));
	}

}
