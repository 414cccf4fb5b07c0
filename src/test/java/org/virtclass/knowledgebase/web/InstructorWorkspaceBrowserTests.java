package org.virtclass.knowledgebase.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.virtclass.BrowserTestSupport;
import org.virtclass.knowledgebase.Author;
import org.virtclass.knowledgebase.ChangeKind;
import org.virtclass.knowledgebase.ItemKind;
import org.virtclass.knowledgebase.KnowledgeBaseEditor;
import org.virtclass.knowledgebase.StoredItem;
import org.virtclass.knowledgebase.ToolDocument;
import org.virtclass.knowledgebase.domain.KnowledgeBaseSync;
import org.virtclass.knowledgebase.domain.SeedFile;
import org.virtclass.knowledgebase.yaml.ToolYamlReader;
import org.virtclass.knowledgebase.yaml.ToolYamlWriter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An instructor's journeys: the dashboard, retire and restore, a claim, an import, a sync
 * conflict.
 */
@ResourceLock(value = BrowserTestSupport.KNOWLEDGE_BASE, mode = ResourceAccessMode.READ_WRITE)
class InstructorWorkspaceBrowserTests extends BrowserTestSupport {

	@Autowired
	KnowledgeBaseEditor editor;

	@Autowired
	KnowledgeBaseSync sync;

	@BeforeEach
	void logIn() {
		desktopWidth();
		open("/login?lang=en");
		if (!browser.findElements(By.cssSelector(".logout-form")).isEmpty()) {
			return;
		}
		browser.findElement(By.id("username")).sendKeys(INSTRUCTOR);
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		waitFor(By.cssSelector(".logout-form"));
	}

	@Test
	void theDashboardLeadsToRetiringAndRestoringATool() throws IOException {
		open("/instructor?lang=en");
		waitFor(By.id("dash-tools"));
		screenshot("kb-dashboard");
		checkAccessibility("kb-dashboard");
		clickToLoad(By.id("dash-tools"));
		waitFor(By.id("q")).sendKeys("winrar");
		clickToLoad(By.cssSelector("form[role=search] button"));
		WebElement row = waitFor(By.cssSelector("tr[data-slug='winrar']"));
		screenshot("kb-tool-admin-list");
		checkAccessibility("kb-tool-admin-list");
		clickToLoad(row.findElement(By.xpath(".//button[text()='Retire']")));
		waitForText(By.cssSelector(".flash"), "retired");
		open("/tools/winrar");
		assertThat(browser.findElement(By.tagName("h1")).getText()).doesNotContain("WinRAR");
		open("/instructor/tools?q=winrar&lang=en");
		clickToLoad(waitFor(By.cssSelector("tr[data-slug='winrar'].retired"))
			.findElement(By.xpath(".//button[text()='Restore']")));
		waitForText(By.cssSelector(".flash"), "back in the catalogue");
		open("/tools/winrar?lang=en");
		waitForText(By.tagName("h1"), "WinRAR");
		clickToLoad(By.id("edit-tool"));
		waitFor(By.id("tool-form"));
	}

	@Test
	void restoringAnEarlierVersionAsksFirstAndNamesTheVersionTheListShows() throws IOException {
		StoredItem<ToolDocument> bochs = this.editor.tool("bochs").orElseThrow();
		String vendor = bochs.document().vendor();
		String yaml = ToolYamlWriter.write(bochs.document())
			.replaceFirst("(?m)^vendor: .*$", "vendor: Vendor by mistake");
		this.editor.update(ItemKind.TOOL, "bochs", bochs.version(),
				ToolYamlReader.readTool("tools/bochs.yaml", yaml).document(), Author.browser(INSTRUCTOR));
		open("/instructor/tools/bochs/history?lang=en");
		List<WebElement> revisions = waitFor(By.cssSelector("ol.revisions"))
			.findElements(By.cssSelector("li.revision"));
		WebElement earlier = revisions.get(1);
		String shown = earlier.findElement(By.cssSelector(".revision-head .muted")).getText();
		String number = shown.replaceAll("\\D+", "");
		assertThat(shown).isEqualTo("→ version " + number);
		WebElement confirm = earlier.findElement(By.cssSelector(".restore-form button"));
		assertThat(confirm.isDisplayed()).as("nothing is restored by one click").isFalse();
		earlier.findElement(By.cssSelector(".restore-confirm summary")).click();
		assertThat(confirm.isDisplayed()).isTrue();
		assertThat(confirm.getText()).isEqualTo("Yes, restore version " + number);
		assertThat(earlier.findElement(By.cssSelector(".restore-form p")).getText()).contains("version " + number);
		screenshot("kb-history-restore-confirm");
		checkAccessibility("kb-history-restore-confirm");
		clickToLoad(confirm);
		waitForText(By.cssSelector(".flash"), "Restored version " + number + ".");
		assertThat(this.editor.tool("bochs").orElseThrow().document().vendor()).isEqualTo(vendor);
	}

	@Test
	void anInstructorEditsAClaim() throws IOException {
		String id = this.editor.allClaims().get(5).key();
		open("/instructor/claims?lang=en");
		clickToLoad(waitFor(By.cssSelector("tr[data-id='" + id + "']")).findElement(By.linkText("Edit")));
		WebElement correction = waitFor(By.id("correctionEn"));
		correction.sendKeys(" Checked in class.");
		screenshot("kb-claim-form");
		checkAccessibility("kb-claim-form");
		clickToLoad(By.id("save"));
		waitForText(By.cssSelector(".flash"), "Saved");
		assertThat(this.editor.claim(id).orElseThrow().document().correctionEn()).endsWith("Checked in class.");
	}

	@Test
	void anImportIsPreviewedBeforeItIsApplied() throws IOException {
		String yaml = ToolYamlWriter.write(this.editor.tool("vagrant").orElseThrow().document())
			.replaceFirst("(?m)^license: .*$", "license: BUSL-1.1 (from an import)");
		Path file = Files.createTempDirectory("virtclass-import-").resolve("vagrant.yaml");
		Files.writeString(file, yaml, StandardCharsets.UTF_8);
		open("/instructor/transfer?lang=en");
		waitFor(By.id("file")).sendKeys(file.toString());
		screenshot("kb-transfer");
		checkAccessibility("kb-transfer");
		clickToLoad(By.id("upload"));
		waitForText(By.tagName("h1"), "Import preview");
		assertThat(browser.findElement(By.cssSelector(".import-preview")).getText()).contains("vagrant",
				"BUSL-1.1 (from an import)");
		screenshot("kb-import-preview");
		checkAccessibility("kb-import-preview");
		assertThat(this.editor.tool("vagrant").orElseThrow().document().license()).doesNotContain("import");
		clickToLoad(By.id("apply-import"));
		waitForText(By.cssSelector(".flash"), "1 changed");
		screenshot("kb-audit");
		checkAccessibility("kb-audit");
		assertThat(this.editor.tool("vagrant").orElseThrow().document().license()).contains("from an import");
	}

	@Test
	void aSyncConflictIsResolvedSideBySide() throws IOException {
		StoredItem<ToolDocument> tool = this.editor.tool("utm").orElseThrow();
		String seed = ToolYamlWriter.write(tool.document());
		ToolDocument edited = ToolYamlReader
			.readTool("tools/utm.yaml", seed.replaceFirst("(?m)^vendor: .*$", "vendor: Edited in the browser"))
			.document();
		this.editor.updateTool("utm", tool.version(), edited, Author.browser(INSTRUCTOR));
		String file = seed.replaceFirst("(?m)^license: .*$", "license: Apache-2.0 (changed in the file)");
		this.sync.sync("test", List.of(new SeedFile("tools/utm.yaml", file)), List.of());
		open("/instructor?lang=en");
		assertThat(waitFor(By.id("dash-conflicts")).getAttribute("class")).contains("attention");
		clickToLoad(By.id("dash-conflicts"));
		clickToLoad(waitFor(By.cssSelector(".conflicts li")).findElement(By.linkText("Resolve")));
		waitFor(By.id("resolve-form"));
		assertThat(browser.findElement(By.cssSelector("tr[data-field='license'] input[value=right]")).isSelected())
			.isTrue();
		assertThat(browser.findElement(By.cssSelector("tr[data-field='vendor'] input[value=left]")).isSelected())
			.isTrue();
		screenshot("kb-conflict");
		checkAccessibility("kb-conflict");
		clickToLoad(By.id("resolve-merge"));
		waitForText(By.cssSelector(".flash"), "merged version");
		ToolDocument merged = this.editor.tool("utm").orElseThrow().document();
		assertThat(merged.vendor()).isEqualTo("Edited in the browser");
		assertThat(merged.license()).isEqualTo("Apache-2.0 (changed in the file)");
		assertThat(this.editor.history(ItemKind.TOOL, "utm").get(0).change()).isEqualTo(ChangeKind.RESOLVE);
		assertThat(browser.findElement(By.id("no-conflicts")).isDisplayed()).isTrue();
	}

}
