package org.virtclass.classification;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.virtclass.classification.rules.RuleTable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every reason the engine can give reads as a whole sentence in both languages, and
 * neither the engine's code nor its rule texts name a tool.
 */
@Execution(ExecutionMode.CONCURRENT)
class ClassificationMessagesTests {

	private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

	private static final Pattern TOOL_NAMES = Pattern.compile("(?i)\\b(virtualbox|vbox|vmware|esxi|hyper-?v|kvm|qemu|"
			+ "xen|parallels|bhyve|bochs|docker|podman|containerd|runc|crun|lxc|lxd|incus|kata|gvisor|runsc|"
			+ "firecracker|wine|proton|rosetta|wsl2?|cygwin|kubernetes|k8s|openshift|openstack|proxmox|vagrant|"
			+ "libvirt|virt-manager|multipass|dosbox|mame|jvm|utm)\\b");

	private final ClassificationEngine engine = new ClassificationEngine();

	@Test
	void everyReasonOfEveryCombinationOfFactsRendersInBothLanguages() {
		ResourceBundleMessageSource messages = messages();
		List<String> problems = new ArrayList<>();
		for (int flags = 0; flags < 64; flags++) {
			for (HardwareVirtualization hv : HardwareVirtualization.values()) {
				for (RunsOn on : RunsOn.values()) {
					for (List<ImageFormat> formats : List.of(List.<ImageFormat>of(),
							List.of(ImageFormat.VMDK, ImageFormat.QCOW2), List.of(ImageFormat.OCI_IMAGE),
							List.of(ImageFormat.ROOTFS_TARBALL), List.of(ImageFormat.ROM, ImageFormat.ISO))) {
						ToolFacts facts = new ToolFacts((flags & 1) != 0, hv, on, (flags & 2) != 0, (flags & 4) != 0,
								(flags & 8) != 0, (flags & 16) != 0, (flags & 32) != 0, formats,
								ToolFacts.NAMES.subList(0, 9));
						Verdict v = this.engine.classify(facts);
						for (Reason reason : v.reasons()) {
							for (Locale locale : LOCALES) {
								String text = reason.format(messages, locale);
								if (text.contains("{") || text.contains("classification.")) {
									problems.add(locale + " " + reason + ": " + text);
								}
							}
						}
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void aReasonReadsLikeASentence() {
		Reason image = this.engine.classify(ClassificationEngineTests.TYPE_2).reasons().get(3);
		assertThat(image.format(messages(), Locale.ENGLISH))
			.isEqualTo("Guests are packaged as full disk images (VDI, VMDK) → full-system image model (criterion 3).");
		assertThat(image.format(messages(), Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("客户机打包为完整磁盘镜像（VDI、VMDK）→ 整机镜像模型（标准 3）。");
		Reason container = this.engine.classify(ClassificationEngineTests.CONTAINER_ENGINE).reasons().get(0);
		assertThat(container.format(messages(), Locale.ENGLISH)).isEqualTo(
				"Guests are host processes that share the host kernel, so it is a container tool, not a VM tool.");
	}

	@Test
	void everyValueFactRuleAndComparisonHasAMessage() {
		List<String> keys = new ArrayList<>();
		for (Class<? extends Enum<?>> type : List.of(Category.class, HypervisorType.class, IsolationLevel.class,
				ImageModel.class, HardwareVirtualization.class, RunsOn.class, ImageFormat.class)) {
			for (Enum<?> value : type.getEnumConstants()) {
				keys.add(RuleTable.key(value));
			}
		}
		for (String fact : ToolFacts.NAMES) {
			keys.add("classification.fact." + fact);
			keys.add("classification.fact." + fact + ".help");
		}
		RuleTable.rules().forEach((r) -> keys.addAll(List.of(r.reasonKey(), r.conditionKey())));
		for (Criterion criterion : Criterion.values()) {
			keys.add(criterion.key());
			keys.add("classification.compare." + criterion.field());
		}
		keys.addAll(List.of("classification.compare.same", "classification.compare.categoryOnly",
				"classification.compare.decisive", "classification.compare.decisive.vmTool",
				"classification.list.separator", "classification.dimension.category"));
		ResourceBundleMessageSource messages = messages();
		for (Locale locale : LOCALES) {
			assertThat(keys)
				.allSatisfy((k) -> assertThat(messages.getMessage(k, null, null, locale)).as(k).isNotBlank());
		}
	}

	@Test
	void messagesHoldNoAsciiApostropheThatMessageFormatWouldEat() throws IOException {
		for (String file : List.of("classification.properties", "classification_zh_CN.properties")) {
			String text = Files.readString(Path.of("src/main/resources/i18n", file), StandardCharsets.UTF_8);
			assertThat(text.lines().filter((l) -> !l.startsWith("#") && l.contains("'"))).as(file).isEmpty();
		}
	}

	@Test
	void theEngineNamesNoTool() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/virtclass/classification"))) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String text = Files.readString(file).replace("PARALLELS_HDD", "");
				TOOL_NAMES.matcher(text).results().forEach((m) -> found.add(file + ": " + m.group()));
			}
		}
		for (String file : List.of("classification.properties", "classification_zh_CN.properties")) {
			Files.readAllLines(Path.of("src/main/resources/i18n", file), StandardCharsets.UTF_8)
				.stream()
				.filter((l) -> !l.startsWith("classification.imageFormat."))
				.forEach((l) -> TOOL_NAMES.matcher(l).results().forEach((m) -> found.add(file + ": " + m.group())));
		}
		assertThat(new TreeSet<>(found)).isEmpty();
	}

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/classification");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
