package org.virtclass.knowledgebase;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import org.virtclass.classification.Category;
import org.virtclass.knowledgebase.yaml.ToolYamlReader;
import org.virtclass.knowledgebase.yaml.ToolYamlWriter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed files in {@code knowledge-base/} themselves: valid, complete and large enough.
 */
@Execution(ExecutionMode.CONCURRENT)
class KnowledgeBaseContentTests {

	static final Path ROOT = Path.of("knowledge-base");

	/** Every tool the seed article names, by the slug it has here. */
	static final List<String> SEED_TOOLS = List.of("vmware-workstation", "vmware-esxi", "virtualbox", "hyper-v",
			"parallels-desktop", "kvm", "qemu", "libvirt", "proxmox-ve", "lxc", "xen", "amazon-ec2", "aws-lambda",
			"kubernetes", "cri-o", "kata-containers", "docker", "android-emulator", "windows-performance-toolkit",
			"htop", "wireshark", "jmeter", "postman", "jenkins", "intel-vtune", "microsoft-defender-antivirus",
			"clamav", "huorong", "zabbix", "nutanix-ahv");

	static List<ToolDocument> tools = new ArrayList<>();

	static List<KbProblem> problems = new ArrayList<>();

	static List<String> raw = new ArrayList<>();

	@BeforeAll
	static void readAll() throws IOException {
		try (Stream<Path> files = Files.list(ROOT.resolve("tools"))) {
			for (Path file : files.sorted().toList()) {
				String content = Files.readString(file, StandardCharsets.UTF_8);
				var result = ToolYamlReader.readTool("tools/" + file.getFileName(), content);
				problems.addAll(result.problems());
				if (result.ok()) {
					tools.add(result.document());
					raw.add(content);
				}
			}
		}
	}

	@Test
	void everyToolFileIsValid() {
		assertThat(problems).isEmpty();
	}

	@Test
	void thereAreAtLeastAHundredTools() {
		assertThat(tools).hasSizeGreaterThanOrEqualTo(100);
	}

	@Test
	void everyToolTheSeedArticleNamesIsPresent() {
		assertThat(tools).extracting(ToolDocument::slug).containsAll(SEED_TOOLS);
	}

	@Test
	void everyCategoryHasTools() {
		Map<Category, Integer> counts = new EnumMap<>(Category.class);
		tools.forEach((t) -> counts.merge(t.labels().category(), 1, Integer::sum));
		assertThat(counts.keySet()).containsExactlyInAnyOrder(Category.values());
		assertThat(counts.get(Category.NOT_VIRTUALIZATION)).isGreaterThanOrEqualTo(20);
	}

	@Test
	void everyToolIsBilingualAndSourced() {
		for (ToolDocument t : tools) {
			assertThat(t.descriptionZh()).as(t.slug()).containsPattern("\\p{IsHan}");
			long han = t.descriptionEn()
				.codePoints()
				.filter((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
				.count();
			assertThat(han).as(t.slug() + ": the English description is in English (Chinese names only)")
				.isLessThan(t.descriptionEn().length() / 10);
			assertThat(t.sources()).as(t.slug()).isNotEmpty();
		}
	}

	@Test
	void namesAndAliasesPointAtOneToolEach() {
		Map<String, String> owner = new java.util.HashMap<>();
		List<String> clashes = new ArrayList<>();
		for (ToolDocument t : tools) {
			List<String> names = new ArrayList<>(List.of(t.name(), t.nameZh()));
			names.addAll(t.aliases());
			for (String n : names) {
				String previous = owner.putIfAbsent(ToolYamlReader.normalize(n), t.slug());
				if (previous != null && !previous.equals(t.slug())) {
					clashes.add(n + ": " + previous + " and " + t.slug());
				}
			}
		}
		assertThat(clashes).isEmpty();
	}

	@Test
	void theFilesAreWrittenInTheExportFormat() {
		List<String> differing = new ArrayList<>();
		for (int i = 0; i < tools.size(); i++) {
			if (!ToolYamlWriter.write(tools.get(i)).equals(raw.get(i))) {
				differing.add(tools.get(i).slug());
			}
		}
		assertThat(differing).as("files that an export would rewrite; run KnowledgeBaseFormatter").isEmpty();
	}

	@Test
	void claimsAreValidAndThereAreAtLeastTwenty() throws IOException {
		var result = ToolYamlReader.readClaims("claims.yaml", Files.readString(ROOT.resolve("claims.yaml")));
		assertThat(result.problems()).isEmpty();
		assertThat(result.document()).hasSizeGreaterThanOrEqualTo(20);
		List<String> slugs = tools.stream().map(ToolDocument::slug).toList();
		result.document().forEach((c) -> assertThat(slugs).as(c.id()).containsAll(c.tools()));
		assertThat(result.document()).extracting(ClaimDocument::verdict)
			.contains(ClaimVerdict.TRUE, ClaimVerdict.FALSE, ClaimVerdict.MISLEADING);
	}

}
