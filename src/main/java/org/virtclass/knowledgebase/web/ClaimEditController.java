package org.virtclass.knowledgebase.web;

import java.security.Principal;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.virtclass.knowledgebase.Author;
import org.virtclass.knowledgebase.ClaimDocument;
import org.virtclass.knowledgebase.ClaimVerdict;
import org.virtclass.knowledgebase.EditResult;
import org.virtclass.knowledgebase.InvalidEditException;
import org.virtclass.knowledgebase.ItemKind;
import org.virtclass.knowledgebase.KnowledgeBaseEditor;
import org.virtclass.knowledgebase.StaleEditException;
import org.virtclass.knowledgebase.StoredItem;
import org.virtclass.knowledgebase.yaml.ToolYamlReader;
import org.virtclass.knowledgebase.yaml.ToolYamlWriter;
import org.virtclass.knowledgebase.yaml.YamlFields;

/** Myth-or-fact claims, edited like tools: form, validation, version check, merge, revisions. */
@Controller
@RequestMapping("/instructor/claims")
class ClaimEditController {

	private static final String VIEW_LIST = "knowledgebase/instructor/claimAdminList";

	private static final String VIEW_FORM = "knowledgebase/instructor/createOrUpdateClaimForm";

	private static final String VIEW_MERGE = "knowledgebase/instructor/mergeClaim";

	private final KnowledgeBaseEditor editor;

	private final Flash flash;

	ClaimEditController(KnowledgeBaseEditor editor, Flash flash) {
		this.editor = editor;
		this.flash = flash;
	}

	@ModelAttribute
	void options(Model model) {
		model.addAttribute("verdicts", ClaimVerdict.values());
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("claims", this.editor.allClaims());
		return VIEW_LIST;
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		model.addAttribute("form", ClaimForm.empty());
		model.addAttribute("creating", true);
		return VIEW_FORM;
	}

	@PostMapping("/new")
	String processCreationForm(@ModelAttribute("form") ClaimForm form, BindingResult result,
			@RequestParam(required = false) String addSource, @RequestParam(required = false) Integer removeSource,
			Principal principal, Model model, RedirectAttributes redirect, Locale locale) {
		model.addAttribute("creating", true);
		if (SourceRows.edit(form.getSources(), addSource, removeSource) || result.hasErrors()) {
			return VIEW_FORM;
		}
		ClaimDocument claim = read(form, result);
		if (claim == null) {
			return VIEW_FORM;
		}
		try {
			this.editor.createClaim(claim, Author.browser(principal.getName()));
		}
		catch (InvalidEditException ex) {
			FormFields.reject(result, ex.getProblems(), ClaimForm::field);
			return VIEW_FORM;
		}
		this.flash.add(redirect, locale, "kb.edit.created", claim.id());
		return "redirect:/instructor/claims";
	}

	@GetMapping("/{id}/edit")
	String initUpdateForm(@PathVariable String id, Model model) {
		StoredItem<ClaimDocument> claim = find(id);
		model.addAttribute("form", ClaimForm.of(claim.document(), claim.version()));
		model.addAttribute("stored", claim);
		return VIEW_FORM;
	}

	@PostMapping("/{id}/edit")
	String processUpdateForm(@PathVariable String id, @ModelAttribute("form") ClaimForm form, BindingResult result,
			@RequestParam(required = false) String addSource, @RequestParam(required = false) Integer removeSource,
			Principal principal, Model model, RedirectAttributes redirect, Locale locale) {
		model.addAttribute("stored", find(id));
		form.setId(id);
		if (SourceRows.edit(form.getSources(), addSource, removeSource) || result.hasErrors()) {
			return VIEW_FORM;
		}
		if (form.getVersion() == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		ClaimDocument claim = read(form, result);
		if (claim == null) {
			return VIEW_FORM;
		}
		return save(id, form.getVersion(), form.getVersion(), claim, result, principal, model, redirect, locale);
	}

	@PostMapping("/{id}/merge")
	String processMerge(@PathVariable String id, @RequestParam long version, @RequestParam long baseVersion,
			@RequestParam String yours, @RequestParam Map<String, String> params, Principal principal, Model model,
			RedirectAttributes redirect, Locale locale) {
		var mine = ToolYamlReader.readClaims("claims.yaml", yours);
		if (!mine.problems().isEmpty() || mine.document().size() != 1) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		ClaimDocument yoursDoc = mine.document().get(0);
		StoredItem<ClaimDocument> theirs = find(id);
		if (theirs.version() != version) {
			return mergeView(id, baseVersion, yoursDoc, model);
		}
		Map<String, Object> merged = YamlFields.merge(YamlFields.of(theirs.document()), YamlFields.of(yoursDoc),
				MergeView.rightPicks(params));
		ClaimForm form = ClaimForm.of(merged);
		form.setVersion(version);
		model.addAttribute("form", form);
		model.addAttribute("stored", theirs);
		BindingResult result = new BeanPropertyBindingResult(form, "form");
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
		ClaimDocument claim = read(form, result);
		if (claim == null) {
			return VIEW_FORM;
		}
		return save(id, version, baseVersion, claim, result, principal, model, redirect, locale);
	}

	@PostMapping("/{id}/retire")
	String retire(@PathVariable String id, @RequestParam long version, Principal principal,
			RedirectAttributes redirect, Locale locale) {
		try {
			this.editor.retireClaim(id, version, Author.browser(principal.getName()));
			this.flash.add(redirect, locale, "kb.edit.retired", id);
		}
		catch (StaleEditException ex) {
			this.flash.add(redirect, locale, "kb.edit.staleStatus", id);
		}
		return "redirect:/instructor/claims";
	}

	@PostMapping("/{id}/restore")
	String restore(@PathVariable String id, @RequestParam long version, Principal principal,
			RedirectAttributes redirect, Locale locale) {
		try {
			this.editor.restoreClaim(id, version, Author.browser(principal.getName()));
			this.flash.add(redirect, locale, "kb.edit.restored", id);
		}
		catch (StaleEditException ex) {
			this.flash.add(redirect, locale, "kb.edit.staleStatus", id);
		}
		return "redirect:/instructor/claims";
	}

	private String save(String id, long version, long baseVersion, ClaimDocument claim, BindingResult result,
			Principal principal, Model model, RedirectAttributes redirect, Locale locale) {
		EditResult<ClaimDocument> edit;
		try {
			edit = this.editor.updateClaim(id, version, claim, Author.browser(principal.getName()));
		}
		catch (StaleEditException ex) {
			return mergeView(id, baseVersion, claim, model);
		}
		catch (InvalidEditException ex) {
			FormFields.reject(result, ex.getProblems(), ClaimForm::field);
			return VIEW_FORM;
		}
		this.flash.add(redirect, locale, edit.changed() ? "kb.edit.saved" : "kb.edit.unchanged", id);
		return "redirect:/instructor/claims";
	}

	private String mergeView(String id, long baseVersion, ClaimDocument yours, Model model) {
		StoredItem<ClaimDocument> theirs = find(id);
		Map<String, Object> base = this.editor.history(ItemKind.CLAIM, id)
			.stream()
			.filter((r) -> r.version() == baseVersion)
			.findFirst()
			.map((r) -> r.fieldsAfter())
			.orElse(null);
		MergeView view = MergeView.of(YamlFields.CLAIM, YamlFields.of(theirs.document()), YamlFields.of(yours), base);
		model.addAttribute("id", id);
		model.addAttribute("theirs", theirs);
		model.addAttribute("view", view);
		model.addAttribute("differences", view.differences());
		model.addAttribute("yoursYaml", ToolYamlWriter.writeClaims(java.util.List.of(yours)));
		model.addAttribute("baseVersion", baseVersion);
		return VIEW_MERGE;
	}

	private static ClaimDocument read(ClaimForm form, BindingResult result) {
		ToolYamlReader.Result<ClaimDocument> read = ToolYamlReader.readClaim("form", form.toFileMap());
		FormFields.reject(result, read.problems(), ClaimForm::field);
		return read.ok() ? read.document() : null;
	}

	private StoredItem<ClaimDocument> find(String id) {
		return this.editor.claim(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
