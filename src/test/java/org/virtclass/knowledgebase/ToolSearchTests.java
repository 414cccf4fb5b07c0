package org.virtclass.knowledgebase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import org.virtclass.classification.Category;
import org.virtclass.knowledgebase.yaml.ToolYamlReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue ranks like a catalogue: whole name, then start, then words, then "did you
 * mean".
 */
@Execution(ExecutionMode.CONCURRENT)
class ToolSearchTests {

	static final List<ToolEntry> TOOLS = read();

	private static ToolSearch.Result search(String q) {
		return new ToolSearch(q, null, null, null).search(TOOLS);
	}

	private static List<String> slugs(String q) {
		return search(q).tools().stream().map(ToolEntry::slug).toList();
	}

	@ParameterizedTest(name = "\"{0}\" finds {1} first")
	@CsvSource(delimiter = '|', textBlock = """
			docker                    | docker
			Docker                    | docker
			hyperv                    | hyper-v
			Hyper-V                   | hyper-v
			vmware workstation pro 17 | vmware-workstation
			VMware Workstation 17     | vmware-workstation
			VBox                      | virtualbox
			virtualbox 7.0            | virtualbox
			esxi                      | vmware-esxi
			k8s                       | kubernetes
			蓝叠                       | bluestacks
			""")
	void anExactNameOrAliasComesFirst(String q, String slug) {
		assertThat(slugs(q)).as(q).first().isEqualTo(slug);
		assertThat(search(q).didYouMean()).isFalse();
		assertThat(search(q).unresolved()).isFalse();
	}

	@Test
	void wslFindsBothWslVersionsFirstAndNotAwsLambda() {
		List<String> found = slugs("wsl");
		assertThat(found.subList(0, 2)).containsExactlyInAnyOrder("wsl1", "wsl2");
		assertThat(found).doesNotContain("aws-lambda");
	}

	@Test
	void docker_listsDockerBeforeContainerdAndTheOtherDockerToolsByPrefix() {
		List<String> found = slugs("docker");
		assertThat(found).startsWith("docker");
		assertThat(found.indexOf("docker-desktop")).isPositive();
		if (found.contains("containerd")) {
			assertThat(found.indexOf("containerd")).isGreaterThan(found.indexOf("docker-desktop"));
		}
	}

	@Test
	void hypervListsHyperVBeforeAcrnBhyveAndCitrix() {
		List<String> found = slugs("hyperv");
		assertThat(found).first().isEqualTo("hyper-v");
		for (String later : List.of("acrn", "bhyve", "citrix-hypervisor", "hyper-v-isolated-containers")) {
			assertThat(found.indexOf(later)).as(later)
				.satisfiesAnyOf((i) -> assertThat(i).isEqualTo(-1), (i) -> assertThat(i).isGreaterThan(0));
		}
	}

	@Test
	void aNameAsWrittenComesBeforeANameThatOnlyMatchesWithoutItsVersion() {
		assertThat(slugs("WSL 1")).first().isEqualTo("wsl1");
		assertThat(slugs("WSL 2")).first().isEqualTo("wsl2");
	}

	@Test
	void aPrefixComesBeforeAWordInsideTheName() {
		List<String> found = slugs("virt");
		assertThat(found).contains("virtualbox", "virt-manager");
		int prefix = found.indexOf("virtualbox");
		assertThat(found.indexOf("gnome-boxes")).as("no word of GNOME Boxes starts with virt").isEqualTo(-1);
		assertThat(prefix).isLessThan(found.size());
	}

	@Test
	void everyWordMustBeFound() {
		assertThat(slugs("vmware fusion")).first().isEqualTo("vmware-fusion");
		assertThat(slugs("vmware fusion")).doesNotContain("vmware-esxi");
	}

	@Test
	void aTypoOnlySuggests() {
		ToolSearch.Result dokcer = search("dokcer");
		assertThat(dokcer.didYouMean()).isTrue();
		assertThat(dokcer.tools()).extracting(ToolEntry::slug).contains("docker");
		assertThat(dokcer.unresolved()).as("an unknown name for instructors").isTrue();
		assertThat(search("virtualbx").tools()).extracting(ToolEntry::slug).contains("virtualbox");
	}

	@Test
	void aNameNobodyKnowsFindsNothingAndIsUnresolved() {
		ToolSearch.Result r = search("zorblax");
		assertThat(r.tools()).isEmpty();
		assertThat(r.unresolved()).isTrue();
		assertThat(r.didYouMean()).isFalse();
	}

	@Test
	void filtersStillApplyAndABlankTextFindsEverythingInTheFilter() {
		List<ToolEntry> containers = new ToolSearch(" ", Category.CONTAINER, null, null).apply(TOOLS);
		assertThat(containers).isNotEmpty()
			.allSatisfy((t) -> assertThat(t.document().labels().category()).isEqualTo(Category.CONTAINER));
		assertThat(new ToolSearch("docker", Category.CONTAINER, null, null).apply(TOOLS)).extracting(ToolEntry::slug)
			.first()
			.isEqualTo("docker");
		assertThat(new ToolSearch("zorblax", Category.CONTAINER, null, null).search(TOOLS).unresolved()).isFalse();
	}

	private static List<ToolEntry> read() {
		try (Stream<Path> files = Files.list(Path.of("knowledge-base/tools"))) {
			return files.sorted()
				.map((f) -> new ToolEntry(ToolYamlReader.readTool("tools/" + f.getFileName(), content(f)).document(), 1,
						Instant.EPOCH, "test"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String content(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
