package org.virtclass.knowledgebase.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.virtclass.classification.Category;
import org.virtclass.classification.HardwareVirtualization;
import org.virtclass.classification.HypervisorType;
import org.virtclass.classification.ImageFormat;
import org.virtclass.classification.ImageModel;
import org.virtclass.classification.IsolationLevel;
import org.virtclass.classification.RunsOn;
import org.virtclass.classification.ToolFacts;
import org.virtclass.classification.Verdict;
import org.virtclass.knowledgebase.HostPlatform;
import org.virtclass.knowledgebase.ItemKind;
import org.virtclass.knowledgebase.KnowledgeBaseEditor;
import org.virtclass.knowledgebase.Labels;
import org.virtclass.knowledgebase.StoredItem;
import org.virtclass.knowledgebase.ToolDocument;
import org.virtclass.knowledgebase.Verdicts;
import org.virtclass.knowledgebase.yaml.ToolYamlReader;

/**
 * Instructors create, edit, retire and restore tools; a stale save leads to the
 * side-by-side merge.
 */
@Controller
@RequestMapping("/instructor/tools")
class ToolEditController extends ItemEditController<ToolDocument, ToolForm> {

	private static final String VIEW_FORM = "knowledgebase/instructor/createOrUpdateToolForm";

	private final Verdicts verdicts;

	ToolEditController(KnowledgeBaseEditor editor, Flash flash, Verdicts verdicts) {
		super(ItemKind.TOOL, VIEW_FORM, editor, flash, ToolForm::of, ToolForm::field);
		this.verdicts = verdicts;
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

	@Override
	ToolForm blankForm(String name) {
		ToolForm form = ToolForm.empty();
		if (name != null && !name.isBlank() && name.length() <= 100) {
			// From the unknown-names page: the name a student asked about, and a slug
			// made from it.
			form.setName(name.strip());
			form.setSlug(name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", ""));
		}
		return form;
	}

	@Override
	String title(ToolDocument document) {
		return document.name();
	}

	@Override
	boolean matches(StoredItem<ToolDocument> tool, String needle) {
		ToolDocument d = tool.document();
		return ToolYamlReader.normalize(tool.key() + d.name() + d.nameZh() + String.join("", d.aliases()))
			.contains(needle);
	}

	/** A saved tool is shown as students see it; a retired one has only its history. */
	@Override
	String savedPath(StoredItem<ToolDocument> tool) {
		return tool.retired() ? "/instructor/tools/" + tool.key() + "/history" : "/tools/" + tool.key();
	}

	@Override
	String publicPath(StoredItem<ToolDocument> tool) {
		return tool.retired() ? null : "/tools/" + tool.key();
	}

	/**
	 * Also reports taken names while other fields are wrong, so that one round of
	 * corrections is enough.
	 */
	@Override
	ToolDocument read(ToolForm form, BindingResult result) {
		ToolDocument tool = super.read(form, result);
		if (tool != null && !tool.contested() && disagrees(tool, result)) {
			return null;
		}
		if (tool == null) {
			Map<String, Object> map = form.toFileMap();
			@SuppressWarnings("unchecked")
			List<String> aliases = (List<String>) map.get("aliases");
			FormFields.reject(result, this.editor.toolNameClashes((String) map.get("slug"), (String) map.get("name"),
					(String) map.get("nameZh"), aliases), ToolForm::field);
		}
		return tool;
	}

	/**
	 * A label the engine does not reach from the facts would put one answer on the badge
	 * and another in the verdict: the editor fixes one of them, or marks the tool
	 * contested and says why.
	 */
	private boolean disagrees(ToolDocument tool, BindingResult result) {
		Verdict verdict = this.verdicts.classify(tool.facts());
		Labels labels = tool.labels();
		List<Object[]> pairs = List.of(new Object[] { "category", labels.category(), verdict.category() },
				new Object[] { "hypervisorType", labels.hypervisorType(), verdict.hypervisorType() },
				new Object[] { "isolationLevel", labels.isolationLevel(), verdict.isolationLevel() },
				new Object[] { "imageModel", labels.imageModel(), verdict.imageModel() });
		boolean any = false;
		for (Object[] pair : pairs) {
			if (pair[1] != pair[2]) {
				result.rejectValue((String) pair[0], "kb.edit.verdictDiffers",
						new Object[] { valueName((Enum<?>) pair[2]), valueName((Enum<?>) pair[1]) },
						"The engine disagrees with this label");
				any = true;
			}
		}
		return any;
	}

	private static DefaultMessageSourceResolvable valueName(Enum<?> value) {
		String type = value.getDeclaringClass().getSimpleName();
		return new DefaultMessageSourceResolvable(
				"classification." + Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + value.name());
	}

}
