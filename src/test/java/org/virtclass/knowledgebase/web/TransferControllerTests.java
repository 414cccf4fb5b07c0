package org.virtclass.knowledgebase.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.virtclass.AppTestSupport;
import org.virtclass.knowledgebase.ChangeSource;
import org.virtclass.knowledgebase.ItemKind;
import org.virtclass.knowledgebase.KnowledgeBaseEditor;
import org.virtclass.knowledgebase.KnowledgeBaseTransfer;
import org.virtclass.knowledgebase.yaml.ToolYamlWriter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Export as a zip, import a zip or one YAML file with a preview first. */
class TransferControllerTests extends AppTestSupport {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	KnowledgeBaseEditor editor;

	@Autowired
	KnowledgeBaseTransfer transfer;

	@org.springframework.beans.factory.annotation.Value("${virtclass.knowledgebase.import-dir}")
	String importDir;

	static byte[] replaceAll(byte[] bytes, String find, byte[] replacement) {
		byte[] needle = find.getBytes(StandardCharsets.US_ASCII);
		byte[] out = bytes.clone();
		for (int at = indexOf(out, needle); at >= 0; at = indexOf(out, needle)) {
			System.arraycopy(replacement, 0, out, at, replacement.length);
		}
		return out;
	}

	static int indexOf(byte[] bytes, byte[] needle) {
		outer: for (int i = 0; i + needle.length <= bytes.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (bytes[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	byte[] export() {
		MvcTestResult result = this.mvc.get()
			.uri("/instructor/transfer/export")
			.with(user(INSTRUCTOR).roles("INSTRUCTOR"))
			.exchange();
		assertThat(result).hasStatusOk().hasContentType("application/zip");
		return result.getResponse().getContentAsByteArray();
	}

	/** Uploads a file and returns the preview page's address. */
	String upload(String name, byte[] content) {
		MvcTestResult result = this.mvc.post()
			.uri("/instructor/transfer/import")
			.multipart()
			.file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.with(user(INSTRUCTOR).roles("INSTRUCTOR"))
			.with(csrf())
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND);
		return result.getResponse().getRedirectedUrl();
	}

	String preview(String location) {
		MvcTestResult result = this.mvc.get()
			.uri(location + "?lang=en")
			.with(user(INSTRUCTOR).roles("INSTRUCTOR"))
			.exchange();
		assertThat(result).hasStatusOk();
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	MvcTestResult apply(String location) {
		return this.mvc.post().uri(location).with(user(INSTRUCTOR).roles("INSTRUCTOR")).with(csrf()).exchange();
	}

	static List<String> entries(byte[] zip) throws Exception {
		List<String> names = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			ZipEntry e;
			while ((e = in.getNextEntry()) != null) {
				names.add(e.getName());
			}
		}
		return names;
	}

	static byte[] zip(String... namesAndContents) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (int i = 0; i < namesAndContents.length; i += 2) {
				zip.putNextEntry(new ZipEntry(namesAndContents[i]));
				zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	@Test
	void theExportIsTheKnowledgeBaseFolderFormat() throws Exception {
		List<String> names = entries(export());
		assertThat(names).contains("tools/docker.yaml", "tools/virtualbox.yaml", "claims.yaml");
		assertThat(names).allMatch((n) -> n.equals("claims.yaml") || n.matches("tools/[a-z0-9-]+\\.yaml"));
		String docker = ToolYamlWriter.write(this.editor.tool("docker").orElseThrow().document());
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(export()))) {
			ZipEntry e;
			while ((e = in.getNextEntry()) != null) {
				if (e.getName().equals("tools/docker.yaml")) {
					assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(docker);
				}
			}
		}
	}

	@Test
	void exportingThenImportingChangesNothing() throws Exception {
		long revisionsBefore = this.editor.audit(0, 1).getTotalElements();
		String location = upload("knowledge-base.zip", export());
		String page = preview(location);
		assertThat(page).contains("id=\"nothing-to-import\"").doesNotContain("id=\"apply-import\"");
		assertThat(apply(location)).hasStatus(HttpStatus.FOUND);
		assertThat(this.editor.audit(0, 1).getTotalElements()).isEqualTo(revisionsBefore);
	}

	@Test
	void aChangedFileIsPreviewedWithItsFieldDiffAndAppliedOnConfirmation() throws Exception {
		String yaml = ToolYamlWriter.write(this.editor.tool("multipass").orElseThrow().document())
			.replace("vendor: Canonical", "vendor: Canonical Group (imported)");
		assertThat(yaml).contains("(imported)");
		String newTool = ToolYamlWriter.write(this.editor.tool("k3s").orElseThrow().document())
			.replace("slug: k3s", "slug: k3s-imported")
			.replaceAll("(?m)^name: .*$", "name: K3s Imported")
			.replaceAll("(?m)^nameZh: .*$", "nameZh: 导入的 K3s")
			.replaceAll("(?m)^aliases:(\\n  - .*)*$", "aliases: []");
		String location = upload("changes.zip", zip("knowledge-base/tools/multipass.yaml", yaml,
				"knowledge-base/tools/k3s-imported.yaml", newTool, "knowledge-base/README.md", "# readme"));
		String page = preview(location);
		assertThat(page).contains("Canonical Group (imported)", "k3s-imported", "README.md");
		assertThat(this.editor.tool("multipass").orElseThrow().document().vendor()).doesNotContain("imported");
		assertThat(apply(location)).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/instructor/audit");
		assertThat(this.editor.tool("multipass").orElseThrow().document().vendor()).contains("imported");
		assertThat(this.editor.tool("k3s-imported")).isPresent();
		assertThat(this.editor.history(ItemKind.TOOL, "multipass").get(0).source()).isEqualTo(ChangeSource.IMPORT);
		assertThat(this.mvc.get().uri(location).with(user(INSTRUCTOR).roles("INSTRUCTOR")))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aSingleToolFileCanBeImported() {
		String yaml = ToolYamlWriter.write(this.editor.tool("rkt").orElseThrow().document())
			.replace("firstRelease: 2014", "firstRelease: 2015");
		String page = preview(upload("rkt.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
		assertThat(page).contains("First release (year)", "2015");
	}

	@Nested
	class BrokenFiles {

		@Test
		void invalidFilesAreReportedAndSkippedWhileTheRestImports() throws Exception {
			String good = ToolYamlWriter
				.write(TransferControllerTests.this.editor.tool("nomad").orElseThrow().document())
				.replaceFirst("(?m)^license: .*$", "license: BUSL-1.1 (imported)");
			String bad = good.replace("category: ORCHESTRATOR", "category: BOAT")
				.replace("slug: nomad", "slug: broken-one");
			String location = upload("mixed.zip", zip("tools/nomad.yaml", good, "tools/broken-one.yaml", bad,
					"tools/not-yaml.yaml", "slug: [unclosed", "../../etc/passwd.yaml", "x: 1"));
			String page = preview(location);
			assertThat(page).contains("Invalid, skipped", "tools/broken-one.yaml", "BOAT", "tools/not-yaml.yaml",
					"Not valid YAML", "unsafe path");
			apply(location);
			assertThat(TransferControllerTests.this.editor.tool("nomad").orElseThrow().document().license())
				.contains("imported");
			assertThat(TransferControllerTests.this.editor.tool("broken-one")).isEmpty();
		}

		@Test
		void aFileThatIsNeitherZipNorYamlIsReported() {
			assertThat(preview(upload("junk.zip", new byte[] { 'P', 'K', 3, 4, 1, 2, 3 })))
				.contains("Not a readable zip file");
			assertThat(preview(upload("junk.yaml", new byte[] { (byte) 0xff, (byte) 0xfe, 0, 1 })))
				.contains("Not UTF-8 text");
		}

		@Test
		void aZipBombStopsAtTheLimit() throws Exception {
			String huge = "a".repeat(3 * 1024 * 1024);
			assertThat(preview(upload("bomb.zip", zip("tools/bomb.yaml", huge)))).contains("is larger than");
		}

		@Test
		void anEntryNameThatIsNotUtf8IsA400WithTheNameEscaped() throws Exception {
			byte[] zip = zip("tools/QQ.yaml", "slug: x\n", "tools/nomad-two.yaml", "slug: x\n");
			byte[] bad = replaceAll(zip, "tools/QQ.yaml",
					new byte[] { 't', 'o', 'o', 'l', 's', '/', (byte) 0xff, (byte) 0xfe, '.', 'y', 'a', 'm', 'l' });
			MvcTestResult result = TransferControllerTests.this.mvc.get()
				.uri(upload("names.zip", bad) + "?lang=en")
				.with(user(INSTRUCTOR).roles("INSTRUCTOR"))
				.exchange();
			assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
				.bodyText()
				.contains("tools/\\xff\\xfe.yaml", "not valid UTF-8");
		}

		@Test
		void anEntryThatIsSkippedIsNeverInflated() throws Exception {
			byte[] zip = zip("tools/ignored.bin", "0".repeat(200_000), "tools/toolarge.yaml",
					"a".repeat(2 * 1024 * 1024));
			// Corrupt both entries' compressed data: reading either would fail, skipping
			// them must not.
			byte[] corrupt = zip.clone();
			int first = indexOf(corrupt, "tools/ignored.bin".getBytes(StandardCharsets.US_ASCII));
			for (int i = first + 30; i < first + 60; i++) {
				corrupt[i] ^= 0x5a;
			}
			int second = indexOf(corrupt, "tools/toolarge.yaml".getBytes(StandardCharsets.US_ASCII));
			for (int i = second + 40; i < second + 100; i++) {
				corrupt[i] ^= 0x5a;
			}
			String page = preview(upload("skip.zip", corrupt));
			assertThat(page).contains("is larger than").doesNotContain("Not a readable zip file");
		}

		@Test
		void aSecondPreviewDoesNotUnzipTheUploadAgain() throws Exception {
			String location = upload("cached.zip", zip("tools/cached-tool.yaml", "slug: x\n"));
			assertThat(preview(location)).contains("cached-tool");
			String token = location.substring(location.lastIndexOf('/') + 1);
			java.nio.file.Path stored = java.nio.file.Path.of(TransferControllerTests.this.importDir,
					token + ".upload");
			java.nio.file.Files.write(stored, new byte[] { 'P', 'K', 3, 4, 1, 2, 3 });
			assertThat(preview(location)).contains("cached-tool").doesNotContain("Not a readable zip file");
		}

		@Test
		void anEmptyUploadIsRefusedWithAMessage() {
			MvcTestResult result = TransferControllerTests.this.mvc.post()
				.uri("/instructor/transfer/import")
				.multipart()
				.file(new MockMultipartFile("file", "empty.zip", "application/zip", new byte[0]))
				.with(user(INSTRUCTOR).roles("INSTRUCTOR"))
				.with(csrf())
				.exchange();
			assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/instructor/transfer");
			assertThat(result.getMvcResult().getFlashMap().get("flash")).asString().contains("Choose a file");
		}

		@Test
		void anotherInstructorsTokenOrAForgedOneIsNotFound() {
			assertThat(TransferControllerTests.this.mvc.get()
				.uri("/instructor/transfer/import/0123456789abcdef0123456789abcdef")
				.with(user(INSTRUCTOR).roles("INSTRUCTOR"))).hasStatus(HttpStatus.NOT_FOUND);
			String location = upload("rkt.yaml", "slug: x".getBytes(StandardCharsets.UTF_8));
			String token = location.substring(location.lastIndexOf('/') + 1);
			assertThat(TransferControllerTests.this.transfer.upload(token, INSTRUCTOR)).isPresent();
			assertThat(TransferControllerTests.this.transfer.upload(token, "another-instructor")).isEmpty();
		}

	}

}
