package org.virtclass.knowledgebase.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.virtclass.classification.Category;
import org.virtclass.classification.HardwareVirtualization;
import org.virtclass.classification.HypervisorType;
import org.virtclass.classification.ImageFormat;
import org.virtclass.classification.ImageModel;
import org.virtclass.classification.IsolationLevel;
import org.virtclass.classification.RunsOn;
import org.virtclass.classification.ToolFacts;
import org.virtclass.knowledgebase.Author;
import org.virtclass.knowledgebase.EditResult;
import org.virtclass.knowledgebase.HostPlatform;
import org.virtclass.knowledgebase.InvalidEditException;
import org.virtclass.knowledgebase.ItemKind;
import org.virtclass.knowledgebase.KnowledgeBaseEditor;
import org.virtclass.knowledgebase.StaleEditException;
import org.virtclass.knowledgebase.StoredItem;
import org.virtclass.knowledgebase.ToolDocument;
import org.virtclass.knowledgebase.yaml.ToolYamlReader;
import org.virtclass.knowledgebase.yaml.ToolYamlWriter;
import org.virtclass.knowledgebase.yaml.YamlFields;

/** Instructors create, edit, retire and restore tools; a stale save leads to the side-by-side merge. */
@Controller
@RequestMapping("/instructor/tools")
class ToolEditController {

	private static final String VIEW_LIST = "knowledgebase/instructor/toolAdminList";

	private static final String VIEW_FORM = "knowledgebase/instructor/createOrUpdateToolForm";

	private static final String VIEW_MERGE = "knowledgebase/instructor/mergeTool";

	private final KnowledgeBaseEditor editor;

	private final Flash flash;

	ToolEditController(KnowledgeBaseEditor editor, Flash flash) {
		this.editor = editor;
		this.flash = flash;
	}

	@ModelAttribute
	void options(Model model) {
		model.addAttribute("platforms", HostPlatform.values());
		model.addAttribute("hardwareVirtualizations", HardwareVirtualization.values());
		model.addAttribute("runsOns", RunsOn.values());
		model.addAttribute("imageFormats", ImageFormat.values());
		model.addAttribute("contestableFacts", ToolFacts.NAMES.subList(0, ToolFacts.NAMES.size() - 1));
		model.addAttribute("categories", Category.values());
		model.addAttribute("hypervisorTypes", HypervisorType.values());
		model.addAttribute("isolationLevels", IsolationLevel.values());
		model.addAttribute("imageModels", ImageModel.values());
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, Model model) {
		String needle = (q == null) ? "" : ToolYamlReader.normalize(q.strip());
		List<StoredItem<ToolDocument>> tools = this.editor.allTools()
			.stream()
			.filter((t) -> needle.isEmpty() || ToolYamlReader.normalize(t.key() + t.document().name()
					+ t.document().nameZh() + String.join("", t.document().aliases())).contains(needle))
			.toList();
		model.addAttribute("tools", tools);
		model.addAttribute("q", (q != null) ? q : "");
		return VIEW_LIST;
	}

	@GetMapping("/new")
	String initCreationForm(@RequestParam(required = false) String name, Model model) {
		ToolForm form = ToolForm.empty();
		if (name != null && !name.isBlank() && name.length() <= 100) {
			// From the unknown-names page: the name a student asked about, and a slug made from it.
			form.setName(name.strip());
			form.setSlug(name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", ""));
		}
		model.addAttribute("form", form);
		model.addAttribute("creating", true);
		return VIEW_FORM;
	}

	@PostMapping("/new")
	String processCreationForm(@ModelAttribute("form") ToolForm form, BindingResult result,
			@RequestParam(required = false) String addSource, @RequestParam(required = false) Integer removeSource,
			Principal principal, Model model, RedirectAttributes redirect, Locale locale) {
		model.addAttribute("creating", true);
		if (SourceRows.edit(form.getSources(), addSource, removeSource) || result.hasErrors()) {
			return VIEW_FORM;
		}
		ToolDocument tool = read(form, result);
		if (tool == null) {
			return VIEW_FORM;
		}
		try {
			this.editor.createTool(tool, Author.browser(principal.getName()));
		}
		catch (InvalidEditException ex) {
			FormFields.reject(result, ex.getProblems(), ToolForm::field);
			return VIEW_FORM;
		}
		this.flash.add(redirect, locale, "kb.edit.created", tool.name());
		return "redirect:/tools/" + tool.slug();
	}

	@GetMapping("/{slug}/edit")
	String initUpdateForm(@PathVariable String slug, Model model) {
		StoredItem<ToolDocument> tool = find(slug);
		model.addAttribute("form", ToolForm.of(tool.document(), tool.version()));
		model.addAttribute("stored", tool);
		return VIEW_FORM;
	}

	@PostMapping("/{slug}/edit")
	String processUpdateForm(@PathVariable String slug, @ModelAttribute("form") ToolForm form, BindingResult result,
			@RequestParam(required = false) String addSource, @RequestParam(required = false) Integer removeSource,
			Principal principal, Model model, RedirectAttributes redirect, Locale locale) {
		StoredItem<ToolDocument> stored = find(slug);
		model.addAttribute("stored", stored);
		form.setSlug(slug);
		if (SourceRows.edit(form.getSources(), addSource, removeSource) || result.hasErrors()) {
			return VIEW_FORM;
		}
		if (form.getVersion() == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		ToolDocument tool = read(form, result);
		if (tool == null) {
			return VIEW_FORM;
		}
		return save(slug, form.getVersion(), form.getVersion(), tool, result, principal, model, redirect, locale);
	}

	/** Saves a merge chosen on the side-by-side page: theirs, with the fields picked from yours. */
	@PostMapping("/{slug}/merge")
	String processMerge(@PathVariable String slug, @RequestParam long version, @RequestParam long baseVersion,
			@RequestParam String yours, @RequestParam Map<String, String> params, Principal principal, Model model,
			RedirectAttributes redirect, Locale locale) {
		ToolYamlReader.Result<ToolDocument> mine = ToolYamlReader.readTool("tools/" + slug + ".yaml", yours);
		if (!mine.ok()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		StoredItem<ToolDocument> theirs = find(slug);
		if (theirs.version() != version) {
			return mergeView(slug, baseVersion, mine.document(), model);
		}
		Map<String, Object> merged = YamlFields.merge(YamlFields.of(theirs.document()),
				YamlFields.of(mine.document()), MergeView.rightPicks(params));
		ToolForm form = ToolForm.of(merged);
		form.setVersion(version);
		model.addAttribute("form", form);
		model.addAttribute("stored", theirs);
		BindingResult result = new org.springframework.validation.BeanPropertyBindingResult(form, "form");
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
		ToolDocument tool = read(form, result);
		if (tool == null) {
			return VIEW_FORM;
		}
		return save(slug, version, baseVersion, tool, result, principal, model, redirect, locale);
	}

	@PostMapping("/{slug}/retire")
	String retire(@PathVariable String slug, @RequestParam long version, Principal principal,
			RedirectAttributes redirect, Locale locale) {
		try {
			this.editor.retireTool(slug, version, Author.browser(principal.getName()));
			this.flash.add(redirect, locale, "kb.edit.retired", slug);
		}
		catch (StaleEditException ex) {
			this.flash.add(redirect, locale, "kb.edit.staleStatus", slug);
		}
		return "redirect:/instructor/tools";
	}

	@PostMapping("/{slug}/restore")
	String restore(@PathVariable String slug, @RequestParam long version, Principal principal,
			RedirectAttributes redirect, Locale locale) {
		try {
			this.editor.restoreTool(slug, version, Author.browser(principal.getName()));
			this.flash.add(redirect, locale, "kb.edit.restored", slug);
		}
		catch (StaleEditException ex) {
			this.flash.add(redirect, locale, "kb.edit.staleStatus", slug);
		}
		return "redirect:/instructor/tools";
	}

	private String save(String slug, long version, long baseVersion, ToolDocument tool, BindingResult result,
			Principal principal, Model model, RedirectAttributes redirect, Locale locale) {
		EditResult<ToolDocument> edit;
		try {
			edit = this.editor.updateTool(slug, version, tool, Author.browser(principal.getName()));
		}
		catch (StaleEditException ex) {
			return mergeView(slug, baseVersion, tool, model);
		}
		catch (InvalidEditException ex) {
			FormFields.reject(result, ex.getProblems(), ToolForm::field);
			return VIEW_FORM;
		}
		this.flash.add(redirect, locale, edit.changed() ? "kb.edit.saved" : "kb.edit.unchanged", tool.name());
		return edit.item().retired() ? "redirect:/instructor/tools/" + slug + "/history" : "redirect:/tools/" + slug;
	}

	private String mergeView(String slug, long baseVersion, ToolDocument yours, Model model) {
		StoredItem<ToolDocument> theirs = find(slug);
		Map<String, Object> base = this.editor.history(ItemKind.TOOL, slug)
			.stream()
			.filter((r) -> r.version() == baseVersion)
			.findFirst()
			.map((r) -> r.fieldsAfter())
			.orElse(null);
		MergeView view = MergeView.of(YamlFields.TOOL, YamlFields.of(theirs.document()), YamlFields.of(yours), base);
		model.addAttribute("slug", slug);
		model.addAttribute("theirs", theirs);
		model.addAttribute("view", view);
		model.addAttribute("differences", view.differences());
		model.addAttribute("yoursYaml", ToolYamlWriter.write(yours));
		model.addAttribute("baseVersion", baseVersion);
		return VIEW_MERGE;
	}

	private ToolDocument read(ToolForm form, BindingResult result) {
		Map<String, Object> map = form.toFileMap();
		ToolYamlReader.Result<ToolDocument> read = ToolYamlReader.readTool("form", map);
		FormFields.reject(result, read.problems(), ToolForm::field);
		if (!read.ok()) {
			// Report taken names now too, so that one round of corrections is enough.
			@SuppressWarnings("unchecked")
			List<String> aliases = (List<String>) map.get("aliases");
			FormFields.reject(result, this.editor.toolNameClashes((String) map.get("slug"), (String) map.get("name"),
					(String) map.get("nameZh"), aliases), ToolForm::field);
		}
		return read.ok() ? read.document() : null;
	}

	private StoredItem<ToolDocument> find(String slug) {
		return this.editor.tool(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
