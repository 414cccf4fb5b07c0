package org.virtclass.knowledgebase;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import org.virtclass.classification.Category;
import org.virtclass.classification.HardwareVirtualization;
import org.virtclass.classification.HypervisorType;
import org.virtclass.classification.ImageFormat;
import org.virtclass.classification.ImageModel;
import org.virtclass.classification.IsolationLevel;
import org.virtclass.classification.RunsOn;
import org.virtclass.knowledgebase.yaml.ToolYamlReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holds every text a student reads in {@code knowledge-base/} (and the Chinese message
 * bundles) to the terminology in {@code knowledge-base/GLOSSARY.md}.
 */
@Execution(ExecutionMode.CONCURRENT)
class KnowledgeBaseGlossaryTests {

	static final Path ROOT = Path.of("knowledge-base");

	/** Product names that contain the word "hypervisor" and keep their own spelling. */
	static final Pattern PRODUCT_NAMES = Pattern.compile(
			"(?i)(cloud|citrix|microsoft|acrn|xen|nova|nitro|bsd|soft|power|bareflank|hyper-v)[ -]hypervisor( platform)?|hypervisor\\.framework");

	/**
	 * Other Chinese words for the hypervisor and its two types, which the glossary
	 * replaces.
	 */
	static final Pattern OFF_GLOSSARY_ZH = Pattern
		.compile("虚拟机管理器|虚拟机监视器|虚拟化管理程序|第[一二12]类|第 [12] 类|(?<![ⅠⅡ哪同统唯])[一二12I]{1,2} ?型|寄居型?|托管型|原生型|裸金属型");

	static final Pattern ASCII_QUOTES = Pattern.compile("[\"'「」『』]");

	static final Pattern SELF_REFERENCE = Pattern.compile("(?i)seed article|the seed|种子文章|VirtClass|本应用|本网站");

	static final Pattern FIELD_NAMES = Pattern.compile("\\b(guestOwnKernel|hardwareVirtualization|runsOn|"
			+ "emulatesForeignIsa|sharesHostKernel|userSpaceKernel|translatesSyscalls|managesOthers|imageFormats|"
			+ "hostPlatforms|hypervisorType|isolationLevel|imageModel|contestedNote(En|Zh)|descriptionZh|descriptionEn)\\b");

	static final Pattern RAW_VALUES = rawValues();

	static final Map<String, String> texts = new LinkedHashMap<>();

	static final Map<String, String> zhTexts = new LinkedHashMap<>();

	static final Map<String, String> vmToolNamesZh = new LinkedHashMap<>();

	@BeforeAll
	static void readAll() throws IOException {
		try (Stream<Path> files = Files.list(ROOT.resolve("tools"))) {
			for (Path file : files.sorted().toList()) {
				var result = ToolYamlReader.readTool("tools/" + file.getFileName(),
						Files.readString(file, StandardCharsets.UTF_8));
				if (!result.ok()) {
					continue;
				}
				ToolDocument t = result.document();
				String at = t.slug() + ".";
				texts.put(at + "descriptionEn", t.descriptionEn());
				texts.put(at + "contestedNoteEn", t.contestedNoteEn());
				zhTexts.put(at + "descriptionZh", t.descriptionZh());
				zhTexts.put(at + "contestedNoteZh", t.contestedNoteZh());
				if (t.labels().category() == Category.VM_TOOL) {
					vmToolNamesZh.put(at + "nameZh", t.nameZh());
				}
			}
		}
		var claims = ToolYamlReader.readClaims("claims.yaml", Files.readString(ROOT.resolve("claims.yaml")));
		for (ClaimDocument c : claims.document()) {
			texts.put(c.id() + ".correctionEn", c.correctionEn());
			zhTexts.put(c.id() + ".correctionZh", c.correctionZh());
		}
		texts.putAll(zhTexts);
	}

	private static Pattern rawValues() {
		List<String> values = new ArrayList<>();
		for (Class<? extends Enum<?>> type : List.of(Category.class, HardwareVirtualization.class, HypervisorType.class,
				ImageFormat.class, ImageModel.class, IsolationLevel.class, RunsOn.class, HostPlatform.class)) {
			for (Enum<?> value : type.getEnumConstants()) {
				// One-word constants such as LINUX or ISO read as ordinary words; the
				// ones with an
				// underscore are the ones that only a file or an engine would write.
				if (value.name().contains("_")) {
					values.add(value.name());
				}
			}
		}
		return Pattern.compile("\\b(" + String.join("|", values) + ")\\b");
	}

	private static List<String> offending(Map<String, String> which, Pattern pattern) {
		List<String> found = new ArrayList<>();
		which.forEach((where, text) -> {
			Matcher m = pattern.matcher(text);
			while (m.find()) {
				found.add(where + ": " + m.group());
			}
		});
		return found;
	}

	@Nested
	class EveryText {

		@Test
		void namesNeitherTheArticleNorTheApp() {
			assertThat(offending(texts, SELF_REFERENCE)).isEmpty();
		}

		@Test
		void namesNoFieldOfTheFileFormat() {
			assertThat(offending(texts, FIELD_NAMES)).isEmpty();
		}

		@Test
		void showsNoRawValue() {
			assertThat(offending(texts, RAW_VALUES)).isEmpty();
		}

	}

	@Nested
	class ChineseText {

		@Test
		void usesTheGlossaryWordsForTheHypervisorAndItsTypes() {
			assertThat(offending(zhTexts, OFF_GLOSSARY_ZH)).isEmpty();
		}

		@Test
		void introducesTheHypervisorWithItsEnglishNameOnce() {
			List<String> wrong = new ArrayList<>();
			zhTexts.forEach((where, text) -> {
				String plain = PRODUCT_NAMES.matcher(text).replaceAll("");
				int first = plain.indexOf("虚拟机监控器");
				int english = plain.toLowerCase().indexOf("hypervisor");
				if (english >= 0 && (first < 0 || english != first + "虚拟机监控器（".length())) {
					wrong.add(where + ": “hypervisor” must follow the first 虚拟机监控器 as 虚拟机监控器（hypervisor）");
				}
				if (first >= 0 && !plain.startsWith("虚拟机监控器（hypervisor）", first)) {
					wrong.add(where + ": the first 虚拟机监控器 is not followed by （hypervisor）");
				}
				if (english >= 0 && plain.toLowerCase().indexOf("hypervisor", english + 1) >= 0) {
					wrong.add(where + ": “hypervisor” appears more than once");
				}
			});
			assertThat(wrong).isEmpty();
		}

		@Test
		void introducesEachHypervisorTypeWithItsNumber() {
			List<String> wrong = new ArrayList<>();
			zhTexts.forEach((where, text) -> {
				expectFirstUse(where, text, "裸机型", "裸机型（Ⅰ型）", wrong);
				expectFirstUse(where, text, "宿主型", "宿主型（Ⅱ型）", wrong);
				if (text.contains("Ⅰ型") && !text.contains("裸机型（Ⅰ型）")) {
					wrong.add(where + ": Ⅰ型 without 裸机型（Ⅰ型）");
				}
				if (text.contains("Ⅱ型") && !text.contains("宿主型（Ⅱ型）")) {
					wrong.add(where + ": Ⅱ型 without 宿主型（Ⅱ型）");
				}
			});
			assertThat(wrong).isEmpty();
		}

		private static void expectFirstUse(String where, String text, String term, String firstUse,
				List<String> wrong) {
			int first = text.indexOf(term);
			if (first >= 0 && !text.startsWith(firstUse, first)) {
				wrong.add(where + ": the first " + term + " is not written " + firstUse);
			}
		}

		@Test
		void usesChineseQuotationMarks() {
			assertThat(offending(zhTexts, ASCII_QUOTES)).isEmpty();
		}

		@Test
		void namesVmProductsAsSoftwareNotAsVirtualMachines() {
			List<String> wrong = new ArrayList<>();
			vmToolNamesZh.forEach((where, name) -> {
				if (name.strip().endsWith("虚拟机")) {
					wrong.add(where + ": " + name);
				}
			});
			assertThat(wrong).isEmpty();
		}

	}

	@Nested
	class MessageBundles {

		@Test
		void useTheGlossaryWordsInChinese() throws IOException {
			Map<String, String> messages = new LinkedHashMap<>();
			try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
				for (Path file : files.filter((f) -> f.toString().endsWith("_zh_CN.properties")).sorted().toList()) {
					Properties p = new Properties();
					try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
						p.load(reader);
					}
					p.forEach((k, v) -> messages.put(file.getFileName() + ":" + k, (String) v));
				}
			}
			assertThat(offending(messages, OFF_GLOSSARY_ZH)).isEmpty();
		}

	}

}
