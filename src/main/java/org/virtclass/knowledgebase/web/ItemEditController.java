package org.virtclass.knowledgebase.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.virtclass.knowledgebase.Author;
import org.virtclass.knowledgebase.EditResult;
import org.virtclass.knowledgebase.InvalidEditException;
import org.virtclass.knowledgebase.ItemKind;
import org.virtclass.knowledgebase.KnowledgeBaseEditor;
import org.virtclass.knowledgebase.RevisionEntry;
import org.virtclass.knowledgebase.StaleEditException;
import org.virtclass.knowledgebase.StoredItem;
import org.virtclass.knowledgebase.yaml.ToolYamlReader;
import org.virtclass.knowledgebase.yaml.YamlFields;

/**
 * The instructor pages every editable kind shares, under {@code /instructor/<kind>s}: the
 * list, the create and edit forms, the side-by-side merge after a stale save, retire,
 * restore and history. A kind adds its form, its choices for the form and where a saved
 * item is shown.
 *
 * @param <D> the kind's document
 * @param <F> the kind's form
 */
abstract class ItemEditController<D, F extends ItemForm> {

	private static final String VIEW_LIST = "knowledgebase/instructor/itemAdminList";

	private static final String VIEW_MERGE = "knowledgebase/instructor/mergeItem";

	private static final String VIEW_HISTORY = "knowledgebase/instructor/history";

	final KnowledgeBaseEditor editor;

	final Flash flash;

	private final ItemKind kind;

	private final String viewForm;

	private final ItemPages pages;

	/**
	 * A form filled from a document's fields (dotted file keys), for example a merge of
	 * two versions.
	 */
	private final Function<Map<String, Object>, F> form;

	/**
	 * The form property that shows a problem with a file key, or null for the whole form.
	 */
	private final UnaryOperator<String> field;

	ItemEditController(ItemKind kind, String viewForm, KnowledgeBaseEditor editor, Flash flash,
			Function<Map<String, Object>, F> form, UnaryOperator<String> field) {
		this.kind = kind;
		this.viewForm = viewForm;
		this.editor = editor;
		this.flash = flash;
		this.pages = ItemPages.of(kind);
		this.form = form;
		this.field = field;
	}

	/**
	 * A blank form for a new item; {@code name} is the name a student asked about when
	 * the unknown-names page links here, or null.
	 */
	abstract F blankForm(String name);

	/** How flash messages and headings name an item. */
	abstract String title(D document);

	/**
	 * Whether the list's search matches an item; {@code needle} is normalised and not
	 * empty.
	 */
	abstract boolean matches(StoredItem<D> item, String needle);

	/** Where to go after a save: by default back to the list. */
	String savedPath(StoredItem<D> item) {
		return this.pages.list();
	}

	/** The page students see for an item, or null when the kind has none. */
	String publicPath(StoredItem<D> item) {
		return null;
	}

	@ModelAttribute
	void pages(Model model) {
		model.addAttribute("pages", this.pages);
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, Model model) {
		String needle = (q == null) ? "" : ToolYamlReader.normalize(q.strip());
		List<StoredItem<D>> items = this.editor.<D>all(this.kind)
			.stream()
			.filter((i) -> needle.isEmpty() || matches(i, needle))
			.toList();
		model.addAttribute("items", items);
		model.addAttribute("q", (q != null) ? q : "");
		return VIEW_LIST;
	}

	@GetMapping("/new")
	String initCreationForm(@RequestParam(required = false) String name, Model model) {
		model.addAttribute("form", blankForm(name));
		model.addAttribute("creating", true);
		return this.viewForm;
	}

	@PostMapping("/new")
	String processCreationForm(@ModelAttribute("form") F form, BindingResult result,
			@RequestParam(required = false) String addSource, @RequestParam(required = false) Integer removeSource,
			Principal principal, Model model, RedirectAttributes redirect, Locale locale) {
		model.addAttribute("creating", true);
		if (SourceRows.edit(form.getSources(), addSource, removeSource) || result.hasErrors()) {
			return this.viewForm;
		}
		D document = read(form, result);
		if (document == null) {
			return this.viewForm;
		}
		EditResult<D> created;
		try {
			created = this.editor.create(this.kind, document, Author.browser(principal.getName()));
		}
		catch (InvalidEditException ex) {
			FormFields.reject(result, ex.getProblems(), this.field);
			return this.viewForm;
		}
		this.flash.add(redirect, locale, "kb.edit.created", title(document));
		return "redirect:" + savedPath(created.item());
	}

	@GetMapping("/{key}/edit")
	String initUpdateForm(@PathVariable String key, Model model) {
		StoredItem<D> item = find(key);
		model.addAttribute("form", form(item.document(), item.version()));
		model.addAttribute("stored", item);
		return this.viewForm;
	}

	@PostMapping("/{key}/edit")
	String processUpdateForm(@PathVariable String key, @ModelAttribute("form") F form, BindingResult result,
			@RequestParam(required = false) String addSource, @RequestParam(required = false) Integer removeSource,
			Principal principal, Model model, RedirectAttributes redirect, Locale locale) {
		model.addAttribute("stored", find(key));
		form.keepKey(key);
		if (SourceRows.edit(form.getSources(), addSource, removeSource) || result.hasErrors()) {
			return this.viewForm;
		}
		if (form.getVersion() == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		D document = read(form, result);
		if (document == null) {
			return this.viewForm;
		}
		return save(key, form.getVersion(), form.getVersion(), document, result, principal, model, redirect, locale);
	}

	/**
	 * Saves a merge chosen on the side-by-side page: theirs, with the fields picked from
	 * yours.
	 */
	@PostMapping("/{key}/merge")
	String processMerge(@PathVariable String key, @RequestParam long version, @RequestParam long baseVersion,
			@RequestParam String yours, @RequestParam Map<String, String> params, Principal principal, Model model,
			RedirectAttributes redirect, Locale locale) {
		D mine = this.editor.read(this.kind, key, yours);
		if (mine == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		StoredItem<D> theirs = find(key);
		if (theirs.version() != version) {
			return mergeView(key, baseVersion, mine, model);
		}
		Map<String, Object> merged = YamlFields.merge(this.editor.fields(this.kind, theirs.document()),
				this.editor.fields(this.kind, mine), MergeView.rightPicks(params));
		F form = this.form.apply(merged);
		form.setVersion(version);
		model.addAttribute("form", form);
		model.addAttribute("stored", theirs);
		BindingResult result = new BeanPropertyBindingResult(form, "form");
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
		D document = read(form, result);
		if (document == null) {
			return this.viewForm;
		}
		return save(key, version, baseVersion, document, result, principal, model, redirect, locale);
	}

	@PostMapping("/{key}/retire")
	String retire(@PathVariable String key, @RequestParam long version, Principal principal,
			RedirectAttributes redirect, Locale locale) {
		try {
			this.editor.retire(this.kind, key, version, Author.browser(principal.getName()));
			this.flash.add(redirect, locale, "kb.edit.retired", key);
		}
		catch (StaleEditException ex) {
			this.flash.add(redirect, locale, "kb.edit.staleStatus", key);
		}
		return "redirect:" + this.pages.list();
	}

	@PostMapping("/{key}/restore")
	String restore(@PathVariable String key, @RequestParam long version, Principal principal,
			RedirectAttributes redirect, Locale locale) {
		try {
			this.editor.restore(this.kind, key, version, Author.browser(principal.getName()));
			this.flash.add(redirect, locale, "kb.edit.restored", key);
		}
		catch (StaleEditException ex) {
			this.flash.add(redirect, locale, "kb.edit.staleStatus", key);
		}
		return "redirect:" + this.pages.list();
	}

	@GetMapping("/{key}/history")
	String history(@PathVariable String key, Model model) {
		StoredItem<D> item = find(key);
		model.addAttribute("item", item);
		model.addAttribute("itemTitle", title(item.document()));
		model.addAttribute("publicPath", publicPath(item));
		model.addAttribute("revisions", this.editor.history(this.kind, key));
		return VIEW_HISTORY;
	}

	private String save(String key, long version, long baseVersion, D document, BindingResult result,
			Principal principal, Model model, RedirectAttributes redirect, Locale locale) {
		EditResult<D> edit;
		try {
			edit = this.editor.update(this.kind, key, version, document, Author.browser(principal.getName()));
		}
		catch (StaleEditException ex) {
			return mergeView(key, baseVersion, document, model);
		}
		catch (InvalidEditException ex) {
			FormFields.reject(result, ex.getProblems(), this.field);
			return this.viewForm;
		}
		this.flash.add(redirect, locale, edit.changed() ? "kb.edit.saved" : "kb.edit.unchanged", title(document));
		return "redirect:" + savedPath(edit.item());
	}

	private String mergeView(String key, long baseVersion, D yours, Model model) {
		StoredItem<D> theirs = find(key);
		Map<String, Object> base = this.editor.history(this.kind, key)
			.stream()
			.filter((r) -> r.version() == baseVersion)
			.findFirst()
			.map(RevisionEntry::fieldsAfter)
			.orElse(null);
		MergeView view = MergeView.of(RevisionEntry.fieldNames(this.kind),
				this.editor.fields(this.kind, theirs.document()), this.editor.fields(this.kind, yours), base);
		model.addAttribute("itemTitle", title(theirs.document()));
		model.addAttribute("theirs", theirs);
		model.addAttribute("view", view);
		model.addAttribute("differences", view.differences());
		model.addAttribute("yoursYaml", this.editor.yaml(this.kind, yours));
		model.addAttribute("baseVersion", baseVersion);
		return VIEW_MERGE;
	}

	private F form(D document, long version) {
		F form = this.form.apply(this.editor.fields(this.kind, document));
		form.setVersion(version);
		return form;
	}

	/**
	 * The form's document, or null with the file loader's problems next to the fields.
	 */
	D read(F form, BindingResult result) {
		ToolYamlReader.Result<D> read = this.editor.read(this.kind, "form", form.toFileMap());
		FormFields.reject(result, read.problems(), this.field);
		return read.ok() ? read.document() : null;
	}

	private StoredItem<D> find(String key) {
		return this.editor.<D>get(this.kind, key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
