package org.virtclass.quiz.checker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.virtclass.knowledgebase.ToolDocument;
import org.virtclass.knowledgebase.yaml.ToolYamlReader;

/**
 * The tools of {@code knowledge-base/tools} and the message bundles, read once for the
 * checker's tests.
 */
final class KnowledgeBaseFiles {

	static final List<ToolDocument> TOOLS = read();

	static final QuestionChecker CHECKER = new QuestionChecker(TOOLS);

	static final ResourceBundleMessageSource MESSAGES = messages();

	private KnowledgeBaseFiles() {
	}

	static ToolDocument tool(String slug) {
		return TOOLS.stream().filter((t) -> t.slug().equals(slug)).findFirst().orElseThrow();
	}

	private static List<ToolDocument> read() {
		List<ToolDocument> tools = new ArrayList<>();
		try (Stream<Path> files = Files.list(Path.of("knowledge-base/tools"))) {
			for (Path file : files.sorted().toList()) {
				tools.add(ToolYamlReader
					.readTool("tools/" + file.getFileName(), Files.readString(file, StandardCharsets.UTF_8))
					.document());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return List.copyOf(tools);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/checker", "i18n/classification");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
