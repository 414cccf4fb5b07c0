package org.virtclass.knowledgebase.yaml;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.virtclass.classification.Category;
import org.virtclass.classification.ImageFormat;
import org.virtclass.knowledgebase.KbProblem;
import org.virtclass.knowledgebase.ToolDocument;

import static org.assertj.core.api.Assertions.assertThat;

class ToolYamlReaderTests {

	static final String VALID = """
			slug: sample-vm
			name: Sample VM
			nameZh: 示例虚拟机
			aliases:
			  - SampleBox
			  - 示例盒子
			vendor: Example Corp
			license: GPL-2.0
			firstRelease: 2001
			hostPlatforms: [LINUX, WINDOWS]
			descriptionEn: >-
			  A hosted hypervisor used in tests. Each guest boots its own kernel.
			descriptionZh: >-
			  测试用的宿主型虚拟机。每个客户机启动自己的内核。
			facts:
			  guestOwnKernel: true
			  hardwareVirtualization: REQUIRED
			  runsOn: HOST_OS
			  emulatesForeignIsa: false
			  sharesHostKernel: false
			  userSpaceKernel: false
			  translatesSyscalls: false
			  managesOthers: false
			  imageFormats: [VDI, ISO]
			  contested: []
			labels:
			  category: VM_TOOL
			  hypervisorType: TYPE_2
			  isolationLevel: HARDWARE
			  imageModel: FULL_DISK_IMAGE
			contested: false
			contestedNoteEn: ''
			contestedNoteZh: ''
			sources:
			  - title: Example documentation
			    url: https://example.org/docs/sample-vm
			""";

	static ToolYamlReader.Result<ToolDocument> read(String content) {
		return ToolYamlReader.readTool("tools/sample-vm.yaml", content);
	}

	@Test
	void readsAValidFile() {
		var result = read(VALID);
		assertThat(result.problems()).isEmpty();
		ToolDocument tool = result.document();
		assertThat(tool.slug()).isEqualTo("sample-vm");
		assertThat(tool.aliases()).containsExactly("SampleBox", "示例盒子");
		assertThat(tool.facts().imageFormats()).containsExactly(ImageFormat.VDI, ImageFormat.ISO);
		assertThat(tool.labels().category()).isEqualTo(Category.VM_TOOL);
		assertThat(tool.descriptionEn())
			.isEqualTo("A hosted hypervisor used in tests. Each guest boots its own kernel.");
	}

	@Test
	void writerOutputReadsBackEqual() {
		ToolDocument tool = read(VALID).document();
		String written = ToolYamlWriter.write(tool);
		assertThat(read(written).document()).isEqualTo(tool);
		assertThat(ToolYamlWriter.write(read(written).document())).isEqualTo(written);
	}

	@Test
	void writerQuotesValuesThatYamlWouldMisread() {
		ToolDocument tool = read(VALID).document();
		ToolDocument tricky = new ToolDocument(tool.slug(), "Yes: the tool", "#1 工具", List.of("true", "1.0", "a, b"),
				"O'Reilly & Co", "- dash", 1999, tool.hostPlatforms(), "  leading spaces and\nnew line",
				tool.descriptionZh(), tool.facts(), tool.labels(), true, "Note: with colon", "注：冒号", tool.sources());
		var back = read(ToolYamlWriter.write(tricky));
		assertThat(back.problems()).isEmpty();
		assertThat(back.document().name()).isEqualTo("Yes: the tool");
		assertThat(back.document().aliases()).containsExactly("true", "1.0", "a, b");
		assertThat(back.document().vendor()).isEqualTo("O'Reilly & Co");
		assertThat(back.document().contestedNoteEn()).isEqualTo("Note: with colon");
	}

	@Nested
	class Rejects {

		@Test
		void brokenYaml() {
			var result = read("slug: [unclosed\nname: x\n");
			assertThat(result.ok()).isFalse();
			assertThat(result.problems()).singleElement()
				.satisfies((p) -> assertThat(p.toString()).contains("tools/sample-vm.yaml", "not valid YAML", "line"));
		}

		@Test
		void aFileThatIsNotAMapping() {
			assertThat(read("- just\n- a list\n").problems()).extracting(KbProblem::message)
				.containsExactly("must be a YAML mapping of keys to values");
		}

		@Test
		void anUnknownEnumValue() {
			var result = read(VALID.replace("category: VM_TOOL", "category: HYPERVISOR"));
			assertThat(result.ok()).isFalse();
			assertThat(result.problems()).singleElement().satisfies((p) -> {
				assertThat(p.key()).isEqualTo("labels.category");
				assertThat(p.message()).contains("unknown value 'HYPERVISOR'", "VM_TOOL", "NOT_VIRTUALIZATION");
			});
		}

		@Test
		void anUnknownKey() {
			var result = read(VALID.replace("  managesOthers: false\n", "  managesOthers: false\n  isCool: true\n"));
			assertThat(result.problems()).singleElement().satisfies((p) -> {
				assertThat(p.key()).isEqualTo("facts.isCool");
				assertThat(p.message()).startsWith("unknown key");
			});
		}

		@Test
		void aMissingSource() {
			String noSources = VALID.substring(0, VALID.indexOf("sources:")) + "sources: []\n";
			assertThat(read(noSources).problems()).singleElement().satisfies((p) -> {
				assertThat(p.key()).isEqualTo("sources");
				assertThat(p.message()).contains("at least one source");
			});
			String absent = VALID.substring(0, VALID.indexOf("sources:"));
			assertThat(read(absent).problems()).extracting(KbProblem::key).containsExactly("sources");
		}

		@Test
		void aSourceWithABadUrl() {
			var result = read(VALID.replace("https://example.org/docs/sample-vm", "ftp//nowhere"));
			assertThat(result.problems()).singleElement().satisfies((p) -> {
				assertThat(p.key()).isEqualTo("sources[0].url");
				assertThat(p.message()).contains("not an absolute http(s) URL");
			});
		}

		@Test
		void aMissingRequiredKey() {
			var result = read(VALID.replace("vendor: Example Corp\n", ""));
			assertThat(result.problems()).extracting(KbProblem::key, KbProblem::message)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("vendor", "is required"));
		}

		@Test
		void aBooleanFactGivenAsText() {
			var result = read(VALID.replace("sharesHostKernel: false", "sharesHostKernel: maybe"));
			assertThat(result.problems()).singleElement()
				.satisfies((p) -> assertThat(p.key()).isEqualTo("facts.sharesHostKernel"));
		}

		@Test
		void aSlugThatDoesNotMatchTheFileName() {
			var result = ToolYamlReader.readTool("tools/other-name.yaml", VALID);
			assertThat(result.problems()).singleElement().satisfies((p) -> {
				assertThat(p.key()).isEqualTo("slug");
				assertThat(p.message()).contains("must equal the file name 'other-name'");
			});
		}

		@Test
		void aContestedToolWithoutNotes() {
			var result = read(VALID.replace("contested: false", "contested: true"));
			assertThat(result.problems()).extracting(KbProblem::key)
				.containsExactlyInAnyOrder("contestedNoteEn", "contestedNoteZh");
		}

		@Test
		void aContestedFactThatIsNotAFact() {
			var result = read(VALID.replace("contested: []", "contested: [speed]"));
			assertThat(result.problems()).singleElement()
				.satisfies((p) -> assertThat(p.message()).contains("'speed' is not a fact"));
		}

		@Test
		void anAliasThatRepeatsTheName() {
			var result = read(VALID.replace("  - SampleBox", "  - sample vm"));
			assertThat(result.problems()).singleElement().satisfies((p) -> assertThat(p.key()).isEqualTo("aliases[0]"));
		}

		@Test
		void aDuplicatedKey() {
			var result = read(VALID.replace("vendor: Example Corp\n", "vendor: Example Corp\nvendor: Other\n"));
			assertThat(result.problems()).singleElement()
				.satisfies((p) -> assertThat(p.message()).contains("not valid YAML", "duplicate"));
		}

		@Test
		void reportsEveryProblemInOnePass() {
			var result = read(VALID.replace("category: VM_TOOL", "category: X")
				.replace("firstRelease: 2001", "firstRelease: soon")
				.replace("hostPlatforms: [LINUX, WINDOWS]", "hostPlatforms: [LINUX, AMIGA]"));
			assertThat(result.problems()).extracting(KbProblem::key)
				.containsExactlyInAnyOrder("labels.category", "firstRelease", "hostPlatforms[1]");
		}

	}

}
