package org.virtclass.knowledgebase.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.virtclass.AppTestSupport;
import org.virtclass.knowledgebase.Author;
import org.virtclass.knowledgebase.ChangeKind;
import org.virtclass.knowledgebase.ItemKind;
import org.virtclass.knowledgebase.KnowledgeBaseEditor;
import org.virtclass.knowledgebase.LoadReport;
import org.virtclass.knowledgebase.StoredItem;
import org.virtclass.knowledgebase.SyncConflicts;
import org.virtclass.knowledgebase.ToolDocument;
import org.virtclass.knowledgebase.domain.KnowledgeBaseSync;
import org.virtclass.knowledgebase.domain.SeedFile;
import org.virtclass.knowledgebase.yaml.ToolYamlReader;
import org.virtclass.knowledgebase.yaml.ToolYamlWriter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A file and a browser edit changed the same tool: the conflict is listed and resolved
 * side by side.
 */
class ConflictControllerTests extends AppTestSupport {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	KnowledgeBaseEditor editor;

	@Autowired
	KnowledgeBaseSync sync;

	@Autowired
	SyncConflicts conflicts;

	/**
	 * Edits the tool in the browser, then syncs a file that changed another field: a
	 * conflict.
	 */
	SyncConflicts.Conflict conflictOn(String slug, String fileEdit, String fileReplacement) {
		StoredItem<ToolDocument> tool = this.editor.tool(slug).orElseThrow();
		ToolDocument d = tool.document();
		String seed = ToolYamlWriter.write(d);
		ToolDocument edited = ToolYamlReader
			.readTool("tools/" + slug + ".yaml", seed.replaceFirst("(?m)^vendor: .*$", "vendor: Browser Vendor"))
			.document();
		this.editor.updateTool(slug, tool.version(), edited, Author.browser(INSTRUCTOR));
		String file = seed.replace(fileEdit, fileReplacement);
		assertThat(file).isNotEqualTo(seed);
		LoadReport report = this.sync.sync("test", List.of(new SeedFile("tools/" + slug + ".yaml", file)), List.of());
		assertThat(report.conflicts()).isEqualTo(1);
		return this.conflicts.open().stream().filter((c) -> c.key().equals(slug)).findFirst().orElseThrow();
	}

	MvcTestResult resolve(long id, String resolution, String... picks) {
		var request = this.mvc.post()
			.uri("/instructor/conflicts/" + id)
			.param("version",
					String
						.valueOf(this.editor.tool(this.conflicts.get(id).orElseThrow().key()).orElseThrow().version()))
			.param("resolution", resolution);
		for (int i = 0; i < picks.length; i += 2) {
			request = request.param(picks[i], picks[i + 1]);
		}
		return request.with(user(INSTRUCTOR).roles("INSTRUCTOR")).with(csrf()).exchange();
	}

	@Test
	void aConflictIsListedAndMergedFieldByField() {
		SyncConflicts.Conflict conflict = conflictOn("ovirt", "firstRelease: 2012", "firstRelease: 2013");
		assertThat(this.mvc.get().uri("/instructor/conflicts?lang=en").with(user(INSTRUCTOR).roles("INSTRUCTOR")))
			.hasStatusOk()
			.bodyText()
			.contains("ovirt", "tools/ovirt.yaml");
		assertThat(this.mvc.get()
			.uri("/instructor/conflicts/" + conflict.id() + "?lang=en")
			.with(user(INSTRUCTOR).roles("INSTRUCTOR"))).hasStatusOk()
			.bodyText()
			.contains("Browser Vendor", "2012", "2013", "name=\"pick.vendor\"", "name=\"pick.firstRelease\"");
		assertThat(resolve(conflict.id(), "MERGE", "pick.vendor", "left", "pick.firstRelease", "right"))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/instructor/conflicts");
		ToolDocument merged = this.editor.tool("ovirt").orElseThrow().document();
		assertThat(merged.vendor()).isEqualTo("Browser Vendor");
		assertThat(merged.firstRelease()).isEqualTo(2013);
		assertThat(this.conflicts.get(conflict.id()).orElseThrow().resolved()).isTrue();
		assertThat(this.editor.history(ItemKind.TOOL, "ovirt").get(0).change()).isEqualTo(ChangeKind.RESOLVE);
	}

	@Test
	void takingTheFileVersionStoresItAndTheNextStartIsQuiet() {
		SyncConflicts.Conflict conflict = conflictOn("proxmox-ve", "firstRelease: 2008", "firstRelease: 2009");
		assertThat(resolve(conflict.id(), "TAKE_FILE")).hasStatus(HttpStatus.FOUND);
		ToolDocument stored = this.editor.tool("proxmox-ve").orElseThrow().document();
		assertThat(stored.firstRelease()).isEqualTo(2009);
		assertThat(stored.vendor()).isNotEqualTo("Browser Vendor");
		LoadReport again = this.sync.sync("test", List.of(new SeedFile("tools/proxmox-ve.yaml", conflict.fileYaml())),
				List.of());
		assertThat(again.conflicts()).isZero();
		assertThat(again.unchanged()).isEqualTo(1);
	}

	@Test
	void keepingTheBrowserVersionChangesNothingButRecordsTheDecision() {
		SyncConflicts.Conflict conflict = conflictOn("freebsd-jails", "firstRelease: 2000", "firstRelease: 1999");
		assertThat(resolve(conflict.id(), "KEEP_BROWSER")).hasStatus(HttpStatus.FOUND);
		assertThat(this.editor.tool("freebsd-jails").orElseThrow().document().vendor()).isEqualTo("Browser Vendor");
		assertThat(this.editor.tool("freebsd-jails").orElseThrow().document().firstRelease()).isEqualTo(2000);
		assertThat(this.editor.history(ItemKind.TOOL, "freebsd-jails").get(0).change()).isEqualTo(ChangeKind.RESOLVE);
		assertThat(this.conflicts.open()).noneMatch((c) -> c.key().equals("freebsd-jails"));
	}

	@Test
	void aStaleResolutionIsRefused() {
		SyncConflicts.Conflict conflict = conflictOn("bochs", "firstRelease: 1994", "firstRelease: 1995");
		MvcTestResult result = this.mvc.post()
			.uri("/instructor/conflicts/" + conflict.id())
			.param("version", "0")
			.param("resolution", "TAKE_FILE")
			.with(user(INSTRUCTOR).roles("INSTRUCTOR"))
			.with(csrf())
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/instructor/conflicts/" + conflict.id());
		assertThat(this.conflicts.get(conflict.id()).orElseThrow().resolved()).isFalse();
	}

}
