package org.virtclass.knowledgebase.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.virtclass.knowledgebase.ClaimDocument;
import org.virtclass.knowledgebase.ClaimVerdict;
import org.virtclass.knowledgebase.ItemKind;
import org.virtclass.knowledgebase.KnowledgeBaseEditor;
import org.virtclass.knowledgebase.StoredItem;
import org.virtclass.knowledgebase.yaml.ToolYamlReader;

/**
 * Myth-or-fact claims, edited like tools: form, validation, version check, merge,
 * revisions.
 */
@Controller
@RequestMapping("/instructor/claims")
class ClaimEditController extends ItemEditController<ClaimDocument, ClaimForm> {

	private static final String VIEW_FORM = "knowledgebase/instructor/createOrUpdateClaimForm";

	ClaimEditController(KnowledgeBaseEditor editor, Flash flash) {
		super(ItemKind.CLAIM, VIEW_FORM, editor, flash, ClaimForm::of, ClaimForm::field);
	}

	@ModelAttribute
	void options(Model model) {
		model.addAttribute("verdicts", ClaimVerdict.values());
	}

	/** Claims are not named by students, so a blank form ignores {@code name}. */
	@Override
	ClaimForm blankForm(String name) {
		return ClaimForm.empty();
	}

	@Override
	String title(ClaimDocument document) {
		return document.id();
	}

	@Override
	boolean matches(StoredItem<ClaimDocument> claim, String needle) {
		ClaimDocument d = claim.document();
		return ToolYamlReader.normalize(claim.key() + d.claimEn() + d.claimZh()).contains(needle);
	}

}
