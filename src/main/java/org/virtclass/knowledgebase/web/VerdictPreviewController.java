package org.virtclass.knowledgebase.web;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.virtclass.classification.ToolFacts;
import org.virtclass.knowledgebase.Verdicts;
import org.virtclass.knowledgebase.yaml.ToolYamlReader;

/**
 * The live verdict beside the tool form: htmx posts the form on every change and swaps in
 * this partial.
 */
@Controller
class VerdictPreviewController {

	private static final String VIEW_PREVIEW = "knowledgebase/instructor/verdictPreview :: preview";

	private final Verdicts verdicts;

	VerdictPreviewController(Verdicts verdicts) {
		this.verdicts = verdicts;
	}

	@PostMapping({ "/instructor/tools/preview" })
	String preview(@ModelAttribute("form") ToolForm form, Locale locale, Model model) {
		Map<?, ?> facts = (Map<?, ?>) form.toFileMap().get("facts");
		ToolYamlReader.Result<ToolFacts> read = ToolYamlReader.readFacts("form", facts);
		if (read.ok()) {
			Verdicts.View verdict = this.verdicts.view(read.document(), locale);
			model.addAttribute("verdict", verdict);
			model.addAttribute("labelsChosen", !form.getCategory().isBlank());
			model.addAttribute("agrees",
					verdict.category().equals(form.getCategory())
							&& verdict.hypervisorType().equals(form.getHypervisorType())
							&& verdict.isolationLevel().equals(form.getIsolationLevel())
							&& verdict.imageModel().equals(form.getImageModel()));
		}
		return VIEW_PREVIEW;
	}

}
