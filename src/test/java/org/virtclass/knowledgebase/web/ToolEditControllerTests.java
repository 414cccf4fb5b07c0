package org.virtclass.knowledgebase.web;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.MultiValueMap;
import org.virtclass.AppTestSupport;
import org.virtclass.knowledgebase.ChangeKind;
import org.virtclass.knowledgebase.ItemKind;
import org.virtclass.knowledgebase.KnowledgeBase;
import org.virtclass.knowledgebase.KnowledgeBaseEditor;
import org.virtclass.knowledgebase.RevisionEntry;
import org.virtclass.knowledgebase.StoredItem;
import org.virtclass.knowledgebase.ToolDocument;
import org.virtclass.knowledgebase.ToolEdited;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The tool form: create, edit, retire, restore, history and restore, with every error
 * path.
 */
@RecordApplicationEvents
class ToolEditControllerTests extends AppTestSupport {

	@Autowired
	ApplicationEvents events;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	KnowledgeBaseEditor editor;

	@Autowired
	KnowledgeBase knowledgeBase;

	StoredItem<ToolDocument> stored(String slug) {
		return this.editor.tool(slug).orElseThrow();
	}

	ToolForm form(String slug) {
		StoredItem<ToolDocument> tool = stored(slug);
		return ToolForm.of(tool.document(), tool.version());
	}

	MvcTestResult post(String path, MultiValueMap<String, String> params) {
		return this.mvc.post()
			.uri(path)
			.params(params)
			.with(user(INSTRUCTOR).roles("INSTRUCTOR"))
			.with(csrf())
			.exchange();
	}

	static List<String> reversed(List<String> list) {
		List<String> copy = new java.util.ArrayList<>(list);
		java.util.Collections.reverse(copy);
		return copy;
	}

	MvcTestResult get(String path) {
		return this.mvc.get()
			.uri(path + (path.contains("?") ? "&" : "?") + "lang=en")
			.with(user(INSTRUCTOR).roles("INSTRUCTOR"))
			.exchange();
	}

	@Test
	void theFormShowsEveryFieldOfTheTool() {
		assertThat(get("/instructor/tools/virtualbox/edit")).hasStatusOk()
			.bodyText()
			.contains("VirtualBox", "Oracle", "name=\"aliases\"", "name=\"hostPlatforms\"", "name=\"descriptionZh\"",
					"name=\"guestOwnKernel\"", "name=\"runsOn\"", "name=\"imageFormats\"", "name=\"contestedFacts\"",
					"name=\"category\"", "name=\"contestedNoteZh\"", "sources[0].url", "name=\"version\"",
					"name=\"_csrf\"", "hx-post=\"/instructor/tools/preview\"");
	}

	@Test
	void savingAnEditStoresItAndARevisionAndPublishesTheChange() {
		ToolForm form = form("qemu");
		form.setLicense("GPL-2.0-only");
		form.setAliases(form.getAliases() + "\nQuick Emulator Sample");
		assertThat(post("/instructor/tools/qemu/edit", FormParams.of(form))).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/tools/qemu");
		assertThat(this.knowledgeBase.tool("qemu").orElseThrow().document().license()).isEqualTo("GPL-2.0-only");
		RevisionEntry revision = this.editor.history(ItemKind.TOOL, "qemu").get(0);
		assertThat(revision.change()).isEqualTo(ChangeKind.EDIT);
		assertThat(revision.changedFields()).containsExactly("aliases", "license");
		assertThat(revision.changes()).anySatisfy((c) -> assertThat(c.after()).isEqualTo("GPL-2.0-only"));
		assertThat(this.events.stream(ToolEdited.class)).singleElement().satisfies((e) -> {
			assertThat(e.slug()).isEqualTo("qemu");
			assertThat(e.change()).isEqualTo(ChangeKind.EDIT);
			assertThat(e.by()).isEqualTo(INSTRUCTOR);
			assertThat(e.version()).isEqualTo(revision.version());
		});
	}

	@Test
	void reorderingPlatformsAndImageFormatsIsNoChange() {
		ToolForm form = form("virtualbox");
		assertThat(form.getHostPlatforms()).hasSizeGreaterThan(1);
		assertThat(form.getImageFormats()).hasSizeGreaterThan(1);
		int revisions = this.editor.history(ItemKind.TOOL, "virtualbox").size();
		long version = stored("virtualbox").version();
		form.setHostPlatforms(reversed(form.getHostPlatforms()));
		form.setImageFormats(reversed(form.getImageFormats()));
		assertThat(post("/instructor/tools/virtualbox/edit", FormParams.of(form))).hasStatus(HttpStatus.FOUND);
		assertThat(this.editor.history(ItemKind.TOOL, "virtualbox")).hasSize(revisions);
		assertThat(stored("virtualbox").version()).isEqualTo(version);
		// a real change next to a reordering names only the real one
		form = form("virtualbox");
		form.setHostPlatforms(reversed(form.getHostPlatforms()));
		form.setLicense("GPL-3.0-only");
		post("/instructor/tools/virtualbox/edit", FormParams.of(form));
		assertThat(this.editor.history(ItemKind.TOOL, "virtualbox").get(0).changedFields()).containsExactly("license");
		assertThat(this.editor.history(ItemKind.TOOL, "virtualbox").get(0).changes()).extracting((c) -> c.field())
			.containsExactly("license");
	}

	@Test
	void addingASourceRowKeepsEverythingTyped() {
		ToolForm form = form("bhyve");
		form.setVendor("Typed but not saved");
		MultiValueMap<String, String> params = FormParams.of(form);
		params.add("addSource", "1");
		assertThat(post("/instructor/tools/bhyve/edit", params)).hasStatusOk()
			.bodyText()
			.contains("Typed but not saved", "sources[" + form.getSources().size() + "].title");
		assertThat(stored("bhyve").document().vendor()).isNotEqualTo("Typed but not saved");
	}

	@Test
	void anInstructorCreatesRetiresAndRestoresATool() {
		ToolForm form = form("podman");
		form.setSlug("sample-pod-engine");
		form.setName("Sample Pod Engine");
		form.setNameZh("示例容器引擎甲");
		form.setAliases("SPE");
		form.setVersion(null);
		assertThat(post("/instructor/tools/new", FormParams.of(form))).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/tools/sample-pod-engine");
		assertThat(this.knowledgeBase.tool("sample-pod-engine")).isPresent();
		long version = stored("sample-pod-engine").version();
		MultiValueMap<String, String> v = FormParams.of(new ToolForm());
		v.clear();
		v.add("version", String.valueOf(version));
		assertThat(post("/instructor/tools/sample-pod-engine/retire", v)).hasStatus(HttpStatus.FOUND);
		assertThat(this.knowledgeBase.tool("sample-pod-engine")).isEmpty();
		assertThat(get("/instructor/tools")).bodyText().contains("sample-pod-engine", "Retired");
		v.set("version", String.valueOf(stored("sample-pod-engine").version()));
		assertThat(post("/instructor/tools/sample-pod-engine/restore", v)).hasStatus(HttpStatus.FOUND);
		assertThat(this.knowledgeBase.tool("sample-pod-engine")).isPresent();
		assertThat(this.editor.history(ItemKind.TOOL, "sample-pod-engine")).extracting(RevisionEntry::change)
			.containsExactly(ChangeKind.RESTORE, ChangeKind.RETIRE, ChangeKind.CREATE);
	}

	@Test
	void anEarlierVersionCanBeRestoredFromTheHistory() {
		ToolForm form = form("xen");
		String before = form.getVendor();
		form.setVendor("Vendor by mistake");
		post("/instructor/tools/xen/edit", FormParams.of(form));
		List<RevisionEntry> history = this.editor.history(ItemKind.TOOL, "xen");
		RevisionEntry good = history.get(1);
		assertThat(get("/instructor/tools/xen/history")).hasStatusOk().bodyText().contains("Vendor by mistake", before);
		MultiValueMap<String, String> v = FormParams.of(new ToolForm());
		v.clear();
		v.add("version", String.valueOf(stored("xen").version()));
		assertThat(post("/instructor/revisions/" + good.id() + "/restore", v)).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/instructor/tools/xen/history");
		assertThat(stored("xen").document().vendor()).isEqualTo(before);
		assertThat(this.editor.history(ItemKind.TOOL, "xen").get(0).change()).isEqualTo(ChangeKind.REVERT);
	}

	@Test
	void theLiveVerdictFollowsTheFacts() {
		ToolForm form = form("docker");
		assertThat(post("/instructor/tools/preview", FormParams.of(form))).hasStatusOk()
			.bodyText()
			.contains("Not a virtual machine tool");
		form.setGuestOwnKernel(true);
		form.setSharesHostKernel(false);
		form.setHardwareVirtualization("REQUIRED");
		form.setImageFormats(FormParams.list("QCOW2"));
		assertThat(post("/instructor/tools/preview", FormParams.of(form))).hasStatusOk()
			.bodyText()
			.contains("A virtual machine tool");
	}

	@Test
	void theDashboardAuditAndListPagesShowTheWorkspace() {
		assertThat(get("/instructor")).hasStatusOk()
			.bodyText()
			.contains("/instructor/tools", "/instructor/claims", "/instructor/transfer", "/instructor/conflicts",
					"/instructor/audit");
		assertThat(get("/instructor/audit")).hasStatusOk().bodyText().contains("knowledge-base files");
		assertThat(get("/instructor/tools?q=vbox")).hasStatusOk().bodyText().contains("virtualbox");
	}

	@Nested
	class Errors {

		@Test
		void aFormWithoutCsrfTokenIsRefused() {
			ToolForm form = form("lxc");
			form.setVendor("No token");
			assertThat(ToolEditControllerTests.this.mvc.post()
				.uri("/instructor/tools/lxc/edit")
				.params(FormParams.of(form))
				.with(user(INSTRUCTOR).roles("INSTRUCTOR"))).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(stored("lxc").document().vendor()).isNotEqualTo("No token");
		}

		@Test
		void theFormIsForInstructorsOnly() {
			assertThat(ToolEditControllerTests.this.mvc.get().uri("/instructor/tools/lxc/edit"))
				.hasStatus(HttpStatus.FOUND);
			assertThat(ToolEditControllerTests.this.mvc.get()
				.uri("/instructor/tools/lxc/edit")
				.with(user("student").roles("STUDENT"))).hasStatus(HttpStatus.FORBIDDEN);
		}

		@Test
		void invalidFieldsAreShownNextToTheFieldAndNothingTypedIsLost() {
			ToolForm form = form("openvz");
			form.setName("");
			form.setFirstRelease("soon");
			form.getSources().get(0).setUrl("not a url");
			form.setDescriptionEn("My new description that must survive the error");
			assertThat(post("/instructor/tools/openvz/edit", FormParams.of(form))).hasStatusOk()
				.bodyText()
				.contains("Nothing was saved", "Required.", "Must be a whole number, not “soon”",
						"“not a url” is not an absolute http(s) address",
						"My new description that must survive the error", "value=\"soon\"");
			assertThat(stored("openvz").document().descriptionEn()).doesNotContain("My new description");
		}

		@Test
		void aLabelTheEngineDoesNotReachIsRefusedUntilFixedOrMarkedContested() {
			ToolForm form = form("crun");
			assertThat(form.getCategory()).isEqualTo("CONTAINER");
			long version = stored("crun").version();
			form.setCategory("VM_TOOL");
			assertThat(post("/instructor/tools/crun/edit", FormParams.of(form))).hasStatusOk()
				.bodyText()
				.contains("Nothing was saved",
						"For these facts the engine says “container”, but this label says “VM tool”");
			assertThat(stored("crun").version()).isEqualTo(version);
			assertThat(ToolEditControllerTests.this.mvc.post()
				.uri("/instructor/tools/crun/edit?lang=zh-CN")
				.params(FormParams.of(form))
				.with(user(INSTRUCTOR).roles("INSTRUCTOR"))
				.with(csrf())).hasStatusOk().bodyText().contains("分类引擎得出的是");
			// marked contested, with both notes, the disagreement is on record and may be
			// saved
			form.setContested(true);
			form.setContestedNoteEn("Some sources call it a VM tool because it also manages virtual machines.");
			form.setContestedNoteZh("有些资料因为它也能管理虚拟机而称它为虚拟机工具。");
			assertThat(post("/instructor/tools/crun/edit", FormParams.of(form))).hasStatus(HttpStatus.FOUND);
			assertThat(stored("crun").document().labels().category().name()).isEqualTo("VM_TOOL");
			// and back, so that the other tests see the seed label
			form = form("crun");
			form.setCategory("CONTAINER");
			form.setContested(false);
			form.setContestedNoteEn("");
			form.setContestedNoteZh("");
			assertThat(post("/instructor/tools/crun/edit", FormParams.of(form))).hasStatus(HttpStatus.FOUND);
		}

		@Test
		void aDuplicateAliasNamesTheToolThatHasIt() {
			ToolForm form = form("crun");
			form.setAliases(form.getAliases() + "\nVBox");
			assertThat(post("/instructor/tools/crun/edit", FormParams.of(form))).hasStatusOk()
				.bodyText()
				.contains("“VBox” already names the tool virtualbox");
		}

		@Test
		void anExistingSlugCannotBeCreatedAgain() {
			ToolForm form = form("kvm");
			form.setVersion(null);
			assertThat(post("/instructor/tools/new", FormParams.of(form))).hasStatusOk()
				.bodyText()
				.contains("“kvm” is already taken");
		}

		@Test
		void aStaleSaveIsRefusedAndShownSideBySideThenMerged() {
			ToolForm first = form("gvisor");
			ToolForm second = form("gvisor");
			first.setLicense("Apache License 2.0 (first)");
			post("/instructor/tools/gvisor/edit", FormParams.of(first));
			second.setVendor("Second editor’s vendor");
			MvcTestResult refused = post("/instructor/tools/gvisor/edit", FormParams.of(second));
			assertThat(refused).hasStatusOk()
				.bodyText()
				.contains("Your save was refused", "Apache License 2.0 (first)", "Second editor’s vendor",
						"name=\"pick.vendor\"", "name=\"pick.license\"", "name=\"yours\"");
			assertThat(stored("gvisor").document().vendor()).isNotEqualTo("Second editor’s vendor");
			MultiValueMap<String, String> merge = FormParams.of(new ToolForm());
			merge.clear();
			merge.add("version", String.valueOf(stored("gvisor").version()));
			merge.add("baseVersion", String.valueOf(second.getVersion()));
			merge.add("yours", org.virtclass.knowledgebase.yaml.ToolYamlWriter.write(
					org.virtclass.knowledgebase.yaml.ToolYamlReader.readTool("form", second.toFileMap()).document()));
			merge.add("pick.vendor", "right");
			merge.add("pick.license", "left");
			assertThat(post("/instructor/tools/gvisor/merge", merge)).hasStatus(HttpStatus.FOUND);
			ToolDocument merged = stored("gvisor").document();
			assertThat(merged.vendor()).isEqualTo("Second editor’s vendor");
			assertThat(merged.license()).isEqualTo("Apache License 2.0 (first)");
			assertThat(ToolEditControllerTests.this.editor.history(ItemKind.TOOL, "gvisor").subList(0, 2))
				.extracting((r) -> r.changedFields())
				.containsExactly(List.of("vendor"), List.of("license"));
		}

		@Test
		void anUnknownToolIs404() {
			assertThat(get("/instructor/tools/no-such-tool/edit")).hasStatus(HttpStatus.NOT_FOUND);
		}

	}

}
