package org.virtclass.quiz.checker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import org.virtclass.knowledgebase.NameKeys;
import org.virtclass.knowledgebase.ToolDocument;
import org.virtclass.knowledgebase.yaml.ToolYamlReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.virtclass.quiz.checker.KnowledgeBaseFiles.TOOLS;

@Execution(ExecutionMode.CONCURRENT)
class ToolMatcherTests {

	/**
	 * Read-only once built, like the app's own; building one for each test cost more than
	 * the tests.
	 */
	private static final ToolMatcher MATCHER = new ToolMatcher(TOOLS);

	private final ToolMatcher matcher = MATCHER;

	/**
	 * Every loose key of every name in the knowledge base: a generated word equal to one
	 * is a real name.
	 */
	private static final Set<String> NAME_KEYS = nameKeys();

	/** The tool each whole name (its key) belongs to. */
	private static final Map<String, String> OWNER = owners();

	@Test
	void everyNameChineseNameAndAliasOfEveryToolFindsThatToolAndNoOther() {
		List<String> wrong = new ArrayList<>();
		for (ToolDocument tool : TOOLS) {
			for (String name : names(tool)) {
				for (String written : List.of(name, name.toUpperCase(), "B. " + name, "（C）" + name, "D、" + name,
						name.replace(" ", ""), name + " 2024", name + "  ", "A. " + name + " Pro")) {
					String other = OWNER.get(NameKeys.key(ToolMatcher.stripLetter(written)));
					if (other != null && !other.equals(tool.slug())) {
						continue; // "Parallels" + " Pro" is another tool's name
					}
					ToolMatcher.ToolMatch m = this.matcher.match(written);
					if (m.tool() != tool) {
						wrong.add(written + " -> " + ((m.tool() != null) ? m.tool().slug() : m.how()));
					}
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Oracle VM VirtualBox            | virtualbox
			VirtualBox 7.0                  | virtualbox
			Virtual Box                     | virtualbox
			甲骨文 VirtualBox                | virtualbox
			Microsoft Hyper-V               | hyper-v
			Windows Server 2019 Hyper-V     | hyper-v
			微软Hyper-V虚拟机                 | hyper-v
			Hyper-V Containers              | hyper-v-isolated-containers
			VMware                          | vmware-family
			VMware Workstation 17 Pro       | vmware-workstation
			VMware Workstation Player 16    | vmware-workstation
			VMware虚拟机                     | vmware-family
			VMware ESXi 8.0                 | vmware-esxi
			Docker CE                       | docker
			Docker EE                       | docker
			Docker Desktop 4.30             | docker-desktop
			Docker Swarm                    | docker-swarm
			A. Docker                       | docker
			B、Docker                        | docker
			(C) Docker                      | docker
			Ｄ．Ｄｏｃｋｅｒ                      | docker
			Parallels                       | parallels-family
			Parallels Desktop 18 for Mac    | parallels-desktop
			Citrix XenServer 7.1            | citrix-hypervisor
			Xen Server                      | citrix-hypervisor
			KVM虚拟机                         | kvm
			Microsoft Virtual PC 2007       | microsoft-virtual-pc
			Virtual PC                      | microsoft-virtual-pc
			Virtual PC for Mac              | virtual-pc-for-mac
			WSL 2                           | wsl2
			WSL 1                           | wsl1
			火绒安全软件 5.0                    | huorong
			BlueStacks 5 Pro                | bluestacks
			Java虚拟机                        | jvm
			Kubernetes (K8s)                | kubernetes
			Photoshop                       | adobe-photoshop
			Microsoft Word                  | microsoft-office
			Word 2016                       | microsoft-office
			火狐浏览器                           | mozilla-firefox
			Notepad++                       | notepad-plus-plus
			Visual Studio 2022              | visual-studio
			Visual Studio Code              | visual-studio-code
			Android Studio                  | android-studio
			Git                             | git
			Keil uVision5                   | keil-uvision
			360压缩                           | 360-zip
			Dreamweaver                     | adobe-dreamweaver
			Visual C++ 6.0                  | visual-studio
			福昕阅读器                           | foxit-pdf-reader
			""")
	void readsOptionsTheWayATeacherWould(String option, String slug) {
		assertThat(this.matcher.match(option).tool()).isNotNull().extracting(ToolDocument::slug).isEqualTo(slug);
	}

	@ParameterizedTest
	@ValueSource(strings = { "VMware", "Parallels", "WSL" })
	void aBareVendorIsReadAsItsFamilyAndSaysSo(String vendor) {
		ToolMatcher.ToolMatch m = this.matcher.match(vendor);
		assertThat(m.tool()).isNotNull();
		assertThat(m.how()).isEqualTo(ToolMatcher.How.FAMILY);
	}

	@Test
	void twoToolsWhoseNamesDifferOnlyByVersionMakeTheBareNameAmbiguous() throws IOException {
		ToolMatcher two = new ToolMatcher(List.of(synthetic("quux-1", "Quux 1"), synthetic("quux-2", "Quux 2")));
		assertThat(two.match("Quux 1").tool().slug()).isEqualTo("quux-1");
		ToolMatcher.ToolMatch bare = two.match("Quux");
		assertThat(bare.how()).isEqualTo(ToolMatcher.How.AMBIGUOUS);
		assertThat(bare.candidates()).extracting(ToolDocument::slug).containsExactly("quux-1", "quux-2");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Frobnicator 3000", "VM", "虚拟机", "软件", "Windows 任务", "Virtual", "Desktop",
			"Docker Hub Team", "Hyper", "Box", "A", "x", "虚", "Workstation", "Server", "Krita", "美图秀秀",
			"Microsoft Solitaire Collection", "VM" })
	void aPartOfANameOrAWordItSharesMatchesNothing(String option) {
		assertThat(this.matcher.match(option).tool()).as(option).isNull();
	}

	@Test
	void randomEverydayWordsMatchNothing() {
		long seed = System.nanoTime();
		Random random = new Random(seed);
		List<String> failures = new ArrayList<>();
		int tried = 0;
		for (int i = 0; i < 3000; i++) {
			int n = 1 + random.nextInt(3);
			List<String> words = new ArrayList<>();
			for (int w = 0; w < n; w++) {
				words.add(EVERYDAY.get(random.nextInt(EVERYDAY.size())));
			}
			String option = String.join(random.nextBoolean() ? " " : "", words);
			if (containsAWholeName(words)) {
				continue; // "苹果 virtual box" holds a whole name, as "甲骨文 VirtualBox"
							// does:
							// matching it is right
			}
			tried++;
			ToolMatcher.ToolMatch m = this.matcher.match(option);
			if (m.matched()) {
				failures.add(option + " -> " + m.tool().slug());
			}
		}
		assertThat(tried).isGreaterThan(1000);
		assertThat(failures).as("seed " + seed).isEmpty();
	}

	/** Whether some run of consecutive words is, written together, a tool's name. */
	private static boolean containsAWholeName(List<String> words) {
		for (int from = 0; from < words.size(); from++) {
			for (int to = from + 1; to <= words.size(); to++) {
				if (NAME_KEYS.contains(NameKeys.looseKey(String.join("", words.subList(from, to))))) {
					return true;
				}
			}
		}
		return false;
	}

	@Test
	void aOneLetterTypoOnlySuggestsTheTool() {
		long seed = System.nanoTime();
		Random random = new Random(seed);
		List<String> failures = new ArrayList<>();
		int tried = 0;
		for (ToolDocument tool : TOOLS) {
			for (String name : List.of(tool.name(), tool.slug())) {
				String key = NameKeys.key(name);
				if (key.length() < 5 || !key.chars().allMatch(Character::isLetter)) {
					continue;
				}
				String typo = typo(key, random);
				if (NAME_KEYS.contains(NameKeys.looseKey(typo)) || NameKeys.distance(typo, key, 1) != 1) {
					continue;
				}
				tried++;
				ToolMatcher.ToolMatch m = this.matcher.match(typo);
				if (m.matched() || !m.suggestions().contains(tool)) {
					failures.add(typo + " (" + name + ") -> " + (m.matched() ? m.tool().slug() : m.suggestions()));
				}
			}
		}
		assertThat(tried).isGreaterThan(50);
		assertThat(failures).as("seed " + seed).isEmpty();
	}

	@Test
	void dokcerSuggestsDockerWithoutMatchingIt() {
		ToolMatcher.ToolMatch m = this.matcher.match("Dokcer");
		assertThat(m.tool()).isNull();
		assertThat(m.how()).isEqualTo(ToolMatcher.How.UNKNOWN);
		assertThat(m.suggestions()).extracting(ToolDocument::slug).contains("docker");
		assertThat(this.matcher.match("Dock").suggestions()).as("four letters are too few to guess").isEmpty();
	}

	/**
	 * One deletion, insertion, substitution or swap inside the word (never the first
	 * letter).
	 */
	private static String typo(String key, Random random) {
		int at = 1 + random.nextInt(key.length() - 2);
		char c = (char) ('a' + random.nextInt(26));
		return switch (random.nextInt(4)) {
			case 0 -> key.substring(0, at) + key.substring(at + 1);
			case 1 -> key.substring(0, at) + c + key.substring(at);
			case 2 -> key.substring(0, at) + c + key.substring(at + 1);
			default -> key.substring(0, at) + key.charAt(at + 1) + key.charAt(at) + key.substring(at + 2);
		};
	}

	private static final List<String> EVERYDAY = List.of("apple", "banana", "window", "desktop", "server", "cloud",
			"virtual", "machine", "box", "player", "studio", "engine", "container", "station", "work", "system",
			"manager", "soft", "data", "home", "guest", "host", "kernel", "river", "table", "chair", "teacher",
			"student", "exam", "paper", "happy", "blue", "green", "fast", "music", "photo", "video", "game", "phone",
			"mobile", "network", "security", "center", "super", "smart", "magic", "open", "maker", "hub", "lab", "star",
			"sun", "moon", "net", "web", "file", "disk", "drive", "image", "book", "note", "mail", "chat", "map", "run",
			"time", "space", "max", "mini", "one", "x", "苹果", "香蕉", "电脑", "虚拟", "机器", "老师", "学生", "考试", "系统", "管理", "云",
			"桌面", "服务器", "手机", "游戏", "音乐", "图片", "网络", "安全", "助手", "大师", "工具箱", "盒子", "容器", "引擎", "中心");

	// Left out on purpose: words the matcher drops as noise by design (software, 软件,
	// tool, platform,
	// pro, plus, free, versions), since "VirtualBox 软件" is a whole name with a
	// descriptor.

	private static Set<String> nameKeys() {
		Set<String> keys = new HashSet<>();
		for (ToolDocument tool : TOOLS) {
			for (String name : names(tool)) {
				keys.add(NameKeys.looseKey(name));
				keys.add(NameKeys.looseKey(name.replaceAll("\\([^)]*\\)|（[^）]*）", " ")));
			}
		}
		return keys;
	}

	private static Map<String, String> owners() {
		Map<String, String> owners = new HashMap<>();
		for (ToolDocument tool : TOOLS) {
			names(tool).forEach((n) -> owners.put(NameKeys.key(n), tool.slug()));
		}
		return owners;
	}

	private static List<String> names(ToolDocument tool) {
		List<String> names = new ArrayList<>(List.of(tool.name(), tool.nameZh(), tool.slug()));
		names.addAll(tool.aliases());
		return names;
	}

	private static ToolDocument synthetic(String slug, String name) throws IOException {
		String yaml = Files.readString(Path.of("knowledge-base/tools/docker.yaml"), StandardCharsets.UTF_8)
			.replaceFirst("slug: docker", "slug: " + slug)
			.replaceFirst("name: Docker\n", "name: " + name + "\n")
			.replaceFirst("nameZh: .*\n", "nameZh: " + name + " 中文\n")
			.replaceFirst("(?s)aliases:\n(  - .*?\n)+", "aliases: []\n");
		return ToolYamlReader.readTool("tools/" + slug + ".yaml", yaml).document();
	}

}
