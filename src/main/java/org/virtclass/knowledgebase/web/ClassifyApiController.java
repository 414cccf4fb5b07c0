package org.virtclass.knowledgebase.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.virtclass.knowledgebase.KbProblem;
import org.virtclass.knowledgebase.Verdicts;
import org.virtclass.knowledgebase.yaml.ToolYamlReader;
import org.virtclass.system.ApiProblem;
import org.virtclass.system.Languages;

@RestController
@Tag(name = "Classification", description = "The engine's verdict for facts anyone sends")
class ClassifyApiController {

	private final Verdicts verdicts;

	ClassifyApiController(Verdicts verdicts) {
		this.verdicts = verdicts;
	}

	@PostMapping("/api/classify")
	@Operation(summary = "Classify a tool, seen or unseen, from its facts",
			description = "The body has the shape of a tool's `facts` in /api/tools/{slug}. Unknown keys, wrong types "
					+ "and bad values are a 400 whose `errors` name each key. Reasons are in `lang` (en or zh-CN; "
					+ "default: Accept-Language).")
	Verdicts.View classify(@RequestBody(required = false) Map<String, Object> body,
			@RequestParam(required = false) String lang, Locale requestLocale) {
		if (body == null) {
			throw ApiProblem.badRequest("The body must be a JSON object of facts, as in a tool's 'facts'.",
					Map.of("errors", Map.of("", "a JSON object of facts is required")));
		}
		var result = ToolYamlReader.readFacts("body", body);
		if (!result.problems().isEmpty()) {
			Map<String, String> errors = new LinkedHashMap<>();
			for (KbProblem p : result.problems()) {
				errors.merge(p.key(), p.message(), (a, b) -> a + "; " + b);
			}
			throw ApiProblem.badRequest("Invalid facts: " + String.join(", ", errors.keySet()),
					Map.of("errors", errors));
		}
		Locale locale = (lang != null) ? Languages.parse(lang) : requestLocale;
		return this.verdicts.view(result.document(), locale);
	}

}
