package org.virtclass.knowledgebase.web;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.MultiValueMap;
import org.virtclass.AppTestSupport;
import org.virtclass.knowledgebase.ChangeKind;
import org.virtclass.knowledgebase.ClaimDocument;
import org.virtclass.knowledgebase.ItemKind;
import org.virtclass.knowledgebase.KnowledgeBase;
import org.virtclass.knowledgebase.KnowledgeBaseEditor;
import org.virtclass.knowledgebase.StoredItem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Claims are edited like tools: form, validation, version check, merge and revisions. */
class ClaimEditControllerTests extends AppTestSupport {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	KnowledgeBaseEditor editor;

	@Autowired
	KnowledgeBase knowledgeBase;

	String firstClaim() {
		return this.editor.allClaims().get(0).key();
	}

	String claim(int index) {
		return this.editor.allClaims().get(index).key();
	}

	ClaimForm form(String id) {
		StoredItem<ClaimDocument> claim = this.editor.claim(id).orElseThrow();
		return ClaimForm.of(claim.document(), claim.version());
	}

	MvcTestResult post(String path, MultiValueMap<String, String> params) {
		return this.mvc.post()
			.uri(path + "?lang=en")
			.params(params)
			.with(user(INSTRUCTOR).roles("INSTRUCTOR"))
			.with(csrf())
			.exchange();
	}

	@Test
	void anEditIsSavedWithARevisionAndShownToStudents() {
		String id = claim(0);
		ClaimForm form = form(id);
		form.setCorrectionEn(form.getCorrectionEn() + " (checked again)");
		assertThat(post("/instructor/claims/" + id + "/edit", FormParams.of(form))).hasStatus(HttpStatus.FOUND);
		assertThat(this.knowledgeBase.claim(id).orElseThrow().correctionEn()).endsWith("(checked again)");
		assertThat(this.editor.history(ItemKind.CLAIM, id).get(0).changedFields()).containsExactly("correctionEn");
		assertThat(this.mvc.get()
			.uri("/instructor/claims/" + id + "/history?lang=en")
			.with(user(INSTRUCTOR).roles("INSTRUCTOR"))).hasStatusOk()
			.bodyText()
			.contains("(checked again)", "Correction (English)");
	}

	@Test
	void aNewClaimIsCreatedAndCanBeRetired() {
		ClaimForm form = form(claim(1));
		form.setId("sample-new-claim");
		form.setVersion(null);
		assertThat(post("/instructor/claims/new", FormParams.of(form))).hasStatus(HttpStatus.FOUND);
		assertThat(this.knowledgeBase.claim("sample-new-claim")).isPresent();
		MultiValueMap<String, String> v = FormParams.of(new ClaimForm());
		v.clear();
		v.add("version", String.valueOf(this.editor.claim("sample-new-claim").orElseThrow().version()));
		assertThat(post("/instructor/claims/sample-new-claim/retire", v)).hasStatus(HttpStatus.FOUND);
		assertThat(this.knowledgeBase.claim("sample-new-claim")).isEmpty();
		assertThat(this.editor.history(ItemKind.CLAIM, "sample-new-claim").get(0).change())
			.isEqualTo(ChangeKind.RETIRE);
	}

	@Nested
	class Errors {

		@Test
		void invalidFieldsAreShownAndKept() {
			String id = claim(2);
			ClaimForm form = form(id);
			form.setVerdict("");
			form.setClaimEn("My typed claim text");
			form.getSources().get(0).setUrl("ftp://example");
			assertThat(post("/instructor/claims/" + id + "/edit", FormParams.of(form))).hasStatusOk()
				.bodyText()
				.contains("Nothing was saved", "Required.", "“ftp://example” is not an absolute http(s) address",
						"My typed claim text");
		}

		@Test
		void aStaleSaveIsShownSideBySide() {
			String id = claim(3);
			ClaimForm first = form(id);
			ClaimForm second = form(id);
			first.setClaimEn("First editor’s wording");
			post("/instructor/claims/" + id + "/edit", FormParams.of(first));
			second.setCorrectionZh("第二位老师的更正");
			assertThat(post("/instructor/claims/" + id + "/edit", FormParams.of(second))).hasStatusOk()
				.bodyText()
				.contains("Your save was refused", "First editor’s wording", "第二位老师的更正", "name=\"pick.correctionZh\"");
			assertThat(ClaimEditControllerTests.this.editor.claim(id).orElseThrow().document().correctionZh())
				.isNotEqualTo("第二位老师的更正");
		}

		@Test
		void aTakenIdCannotBeCreatedAgain() {
			ClaimForm form = form(claim(4));
			form.setVersion(null);
			assertThat(post("/instructor/claims/new", FormParams.of(form))).hasStatusOk()
				.bodyText()
				.contains("is already taken");
		}

	}

}
