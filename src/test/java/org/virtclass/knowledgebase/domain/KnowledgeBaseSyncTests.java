package org.virtclass.knowledgebase.domain;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.virtclass.knowledgebase.KbProblem;
import org.virtclass.knowledgebase.LoadReport;
import org.virtclass.knowledgebase.ToolDocument;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest(showSql = false)
@Import({ KnowledgeBaseSync.class, ToolEditing.class, ClaimEditing.class, Revisions.class, TestClock.class })
class KnowledgeBaseSyncTests {

	static final String DOCKER = """
			slug: sample-engine
			name: Sample Engine
			nameZh: 示例容器引擎
			aliases: [SampleCE]
			vendor: Example
			license: Apache-2.0
			firstRelease: 2013
			hostPlatforms: [LINUX]
			descriptionEn: A container engine used in tests.
			descriptionZh: 测试用的容器引擎。
			facts:
			  guestOwnKernel: false
			  hardwareVirtualization: NOT_USED
			  runsOn: HOST_OS
			  emulatesForeignIsa: false
			  sharesHostKernel: true
			  userSpaceKernel: false
			  translatesSyscalls: false
			  managesOthers: false
			  imageFormats: [OCI_IMAGE]
			  contested: []
			labels:
			  category: CONTAINER
			  hypervisorType: NONE
			  isolationLevel: KERNEL
			  imageModel: LAYERED_OCI_IMAGE
			contested: false
			sources:
			  - title: Example docs
			    url: https://example.org/engine
			""";

	static final String CLAIMS = """
			claims:
			  - id: engines-share-kernel
			    claimZh: 容器共享宿主机内核。
			    claimEn: Containers share the host kernel.
			    verdict: TRUE
			    correctionEn: They do; namespaces and cgroups separate them.
			    correctionZh: 是的，命名空间和 cgroups 把它们隔开。
			    tools: [sample-engine]
			    sources:
			      - title: namespaces(7)
			        url: https://man7.org/linux/man-pages/man7/namespaces.7.html
			""";

	@Autowired
	KnowledgeBaseSync sync;

	@Autowired
	ToolRepository tools;

	@Autowired
	ClaimRepository claims;

	@Autowired
	SyncConflictRepository conflicts;

	LoadReport load(String... toolContents) {
		List<SeedFile> files = java.util.Arrays.stream(toolContents)
			.map((c) -> new SeedFile("tools/" + slugOf(c) + ".yaml", c))
			.toList();
		return this.sync.sync("test", files, List.of(new SeedFile("claims.yaml", CLAIMS)));
	}

	static String slugOf(String content) {
		return content.lines().filter((l) -> l.startsWith("slug: ")).findFirst().orElseThrow().substring(6).strip();
	}

	ToolDocument stored(String slug) {
		return this.tools.findBySlug(slug).orElseThrow().toDocument();
	}

	@Test
	void importsNewToolsAndClaims() {
		LoadReport report = load(DOCKER);
		assertThat(report.added()).isEqualTo(2);
		assertThat(report.problems()).isEmpty();
		assertThat(stored("sample-engine").aliases()).containsExactly("SampleCE");
		assertThat(this.claims.findByKey("engines-share-kernel")).isPresent();
	}

	@Test
	void aSecondStartImportsNothingTwice() {
		load(DOCKER);
		long version = this.tools.findBySlug("sample-engine").orElseThrow().getVersion();
		LoadReport again = load(DOCKER);
		assertThat(again.added()).isZero();
		assertThat(again.updated()).isZero();
		assertThat(again.unchanged()).isEqualTo(2);
		this.tools.flush();
		assertThat(this.tools.count()).isEqualTo(1);
		assertThat(this.tools.findBySlug("sample-engine").orElseThrow().getVersion()).isEqualTo(version);
	}

	@Test
	void reformattingAFileIsNotAChange() {
		load(DOCKER);
		LoadReport again = load(DOCKER.replace("aliases: [SampleCE]", "aliases:\n  - SampleCE"));
		assertThat(again.updated()).isZero();
	}

	@Test
	void aChangedFileWinsWhenNobodyEditedTheTool() {
		load(DOCKER);
		LoadReport report = load(DOCKER.replace("firstRelease: 2013", "firstRelease: 2014"));
		assertThat(report.updated()).isEqualTo(1);
		assertThat(stored("sample-engine").firstRelease()).isEqualTo(2014);
	}

	@Nested
	class WhenAnInstructorEditedTheTool {

		void editInBrowser() {
			Tool tool = KnowledgeBaseSyncTests.this.tools.findBySlug("sample-engine").orElseThrow();
			ToolDocument d = tool.toDocument();
			tool.apply(
					new ToolDocument(d.slug(), d.name(), d.nameZh(), d.aliases(), "Edited Vendor", d.license(),
							d.firstRelease(), d.hostPlatforms(), d.descriptionEn(), d.descriptionZh(), d.facts(),
							d.labels(), d.contested(), d.contestedNoteEn(), d.contestedNoteZh(), d.sources()),
					Instant.now(), "teacher");
			KnowledgeBaseSyncTests.this.tools.flush();
		}

		@Test
		void anUnchangedFileLeavesTheEditAlone() {
			load(DOCKER);
			editInBrowser();
			LoadReport report = load(DOCKER);
			assertThat(report.updated()).isZero();
			assertThat(stored("sample-engine").vendor()).isEqualTo("Edited Vendor");
		}

		@Test
		void aChangedFileNeverOverwritesTheEdit() {
			load(DOCKER);
			editInBrowser();
			LoadReport report = load(DOCKER.replace("firstRelease: 2013", "firstRelease: 2015"));
			assertThat(report.conflicts()).isEqualTo(1);
			assertThat(stored("sample-engine").vendor()).isEqualTo("Edited Vendor");
			assertThat(stored("sample-engine").firstRelease()).isEqualTo(2013);
			List<SyncConflict> open = KnowledgeBaseSyncTests.this.conflicts.findByResolvedAtIsNullOrderByDetectedAt();
			assertThat(open).singleElement().satisfies((c) -> {
				assertThat(c.getItemKey()).isEqualTo("sample-engine");
				assertThat(c.getFileContent()).contains("firstRelease: 2015");
			});
			load(DOCKER.replace("firstRelease: 2013", "firstRelease: 2015"));
			assertThat(KnowledgeBaseSyncTests.this.conflicts.findByResolvedAtIsNullOrderByDetectedAt()).hasSize(1);
		}

	}

	@Nested
	class BadFiles {

		@Test
		void aBrokenFileErasesNothingAndTheOthersStillLoad() {
			load(DOCKER);
			String other = DOCKER.replace("sample-engine", "other-engine")
				.replace("Sample Engine", "Other Engine")
				.replace("示例容器引擎", "另一个引擎")
				.replace("SampleCE", "OtherCE");
			LoadReport report = load(DOCKER.replace("category: CONTAINER", "category: BOAT"), other);
			assertThat(report.problems()).extracting(KbProblem::file).containsExactly("tools/sample-engine.yaml");
			assertThat(report.added()).isEqualTo(1);
			assertThat(stored("sample-engine").labels().category().name()).isEqualTo("CONTAINER");
			assertThat(stored("other-engine").name()).isEqualTo("Other Engine");
		}

		@Test
		void aDuplicateAliasIsRejectedNamingBothTools() {
			String clash = DOCKER.replace("sample-engine", "clash-engine")
				.replace("Sample Engine", "Clash Engine")
				.replace("示例容器引擎", "冲突引擎");
			LoadReport report = load(DOCKER, clash);
			assertThat(report.problems()).singleElement().satisfies((p) -> {
				assertThat(p.file()).isEqualTo("tools/clash-engine.yaml");
				assertThat(p.key()).isEqualTo("aliases[0]");
				assertThat(p.message()).contains("SampleCE", "sample-engine");
			});
			assertThat(KnowledgeBaseSyncTests.this.tools.findBySlug("clash-engine")).isEmpty();
		}

		@Test
		void aDuplicateSlugIsRejected() {
			List<SeedFile> files = List.of(new SeedFile("tools/sample-engine.yaml", DOCKER),
					new SeedFile("import/sample-engine.yaml", DOCKER.replace("Example docs", "Other docs")));
			LoadReport report = KnowledgeBaseSyncTests.this.sync.sync("test", files, List.of());
			assertThat(report.problems()).singleElement().satisfies((p) -> {
				assertThat(p.file()).isEqualTo("import/sample-engine.yaml");
				assertThat(p.message()).contains("already used by tools/sample-engine.yaml");
			});
		}

	}

}
