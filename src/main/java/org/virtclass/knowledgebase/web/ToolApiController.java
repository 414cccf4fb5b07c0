package org.virtclass.knowledgebase.web;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.virtclass.knowledgebase.Author;
import org.virtclass.knowledgebase.InvalidEditException;
import org.virtclass.knowledgebase.KbProblem;
import org.virtclass.knowledgebase.KnowledgeBase;
import org.virtclass.knowledgebase.KnowledgeBaseEditor;
import org.virtclass.knowledgebase.StaleEditException;
import org.virtclass.knowledgebase.StoredItem;
import org.virtclass.knowledgebase.ToolDocument;
import org.virtclass.knowledgebase.Verdicts;
import org.virtclass.knowledgebase.yaml.ToolYamlReader;
import org.virtclass.system.ApiProblem;
import org.virtclass.system.Languages;

@RestController
@RequestMapping("/api/tools")
@Tag(name = "Tools", description = "The knowledge base of virtualization software and look-alikes")
class ToolApiController {

	private final KnowledgeBase knowledgeBase;

	private final Verdicts verdicts;

	private final KnowledgeBaseEditor editor;

	ToolApiController(KnowledgeBase knowledgeBase, Verdicts verdicts, KnowledgeBaseEditor editor) {
		this.knowledgeBase = knowledgeBase;
		this.verdicts = verdicts;
		this.editor = editor;
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
	ToolJson.Detail show(@PathVariable String slug, @RequestParam(required = false) String lang, Locale requestLocale) {
		Locale locale = (lang != null) ? Languages.parse(lang) : requestLocale;
		return this.knowledgeBase.tool(slug)
			.map((t) -> ToolJson.Detail.of(t, this.verdicts.view(t.document().facts(), locale)))
			.orElseThrow(() -> notFound(slug));
	}

	@PostMapping
	@Operation(summary = "Create a tool (instructors). The body has the shape GET returns, without version.")
	ResponseEntity<ToolJson.Detail> create(@RequestBody Map<String, Object> body, Principal principal, Locale locale) {
		ToolDocument tool = read(body, null);
		try {
			StoredItem<ToolDocument> created = this.editor.createTool(tool, Author.api(principal.getName())).item();
			return ResponseEntity.created(URI.create("/api/tools/" + created.key())).body(detail(created, locale));
		}
		catch (InvalidEditException ex) {
			if (ex.getProblems().stream().anyMatch((p) -> p.code().startsWith("key"))) {
				throw new ApiProblem(HttpStatus.CONFLICT, "slug-taken", "Conflict",
						"A tool with the slug '" + tool.slug() + "' exists already"
								+ (this.knowledgeBase.tool(tool.slug()).isEmpty() ? " (retired)" : "") + ".",
						Map.of("errors", ToolJson.errors(ex.getProblems())));
			}
			throw invalid(ex.getProblems());
		}
	}

	@PutMapping("/{slug}")
	@Operation(
			summary = "Replace a tool's content (instructors). Send back the version you read; read-only fields are ignored.")
	ToolJson.Detail update(@PathVariable String slug, @RequestBody Map<String, Object> body, Principal principal,
			Locale locale) {
		active(slug);
		ToolDocument tool = read(body, slug);
		long version = version(body.get("version"));
		try {
			return detail(this.editor.updateTool(slug, version, tool, Author.api(principal.getName())).item(), locale);
		}
		catch (StaleEditException ex) {
			throw stale(slug, version);
		}
		catch (InvalidEditException ex) {
			throw invalid(ex.getProblems());
		}
	}

	@DeleteMapping("/{slug}")
	@Operation(summary = "Retire a tool (instructors): it leaves the catalogue and stays in the history.")
	ResponseEntity<Void> retire(@PathVariable String slug, @RequestParam(required = false) Long version,
			Principal principal) {
		StoredItem<ToolDocument> current = active(slug);
		long expected = (version != null) ? version : current.version();
		try {
			this.editor.retireTool(slug, expected, Author.api(principal.getName()));
		}
		catch (StaleEditException ex) {
			throw stale(slug, expected);
		}
		return ResponseEntity.noContent().build();
	}

	private ToolJson.Detail detail(StoredItem<ToolDocument> item, Locale locale) {
		return ToolJson.Detail.of(ToolJson.entry(item), this.verdicts.view(item.document().facts(), locale));
	}

	private StoredItem<ToolDocument> active(String slug) {
		return this.editor.tool(slug).filter((t) -> !t.retired()).orElseThrow(() -> notFound(slug));
	}

	private static ToolDocument read(Map<String, Object> body, String slug) {
		ToolYamlReader.Result<ToolDocument> result = ToolYamlReader.readTool("request", ToolJson.fileMap(body, slug));
		if (!result.ok()) {
			throw invalid(result.problems());
		}
		return result.document();
	}

	private static long version(Object value) {
		if (value instanceof Number n && n.longValue() == n.doubleValue()) {
			return n.longValue();
		}
		throw ApiProblem.badRequest("Send back the version you edited (a whole number from GET /api/tools/{slug}).",
				Map.of("errors", Map.of("version", (value == null) ? "is required" : "must be a whole number")));
	}

	private ApiProblem stale(String slug, long version) {
		long current = this.editor.tool(slug).map(StoredItem::version).orElse(-1L);
		return new ApiProblem(HttpStatus.CONFLICT, "stale-version", "Stale version",
				"The tool '" + slug + "' was changed by someone else: " + "you sent version " + version
						+ ", the stored version is " + current
						+ ". GET it again, reapply your change and send the new version.",
				Map.of("currentVersion", current, "sentVersion", version));
	}

	private static ApiProblem invalid(List<KbProblem> problems) {
		Map<String, String> errors = ToolJson.errors(problems);
		return ApiProblem.badRequest("Invalid fields: " + String.join(", ", errors.keySet()), Map.of("errors", errors));
	}

	private static ApiProblem notFound(String slug) {
		return ApiProblem.notFound("There is no tool with the slug '" + slug + "'.");
	}

}
