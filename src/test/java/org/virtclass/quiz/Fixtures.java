package org.virtclass.quiz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.virtclass.classification.ClassificationEngine;
import org.virtclass.knowledgebase.ClaimDocument;
import org.virtclass.knowledgebase.ToolDocument;
import org.virtclass.knowledgebase.yaml.ToolYamlReader;

/**
 * The seed knowledge base read straight from the files, and a generator over it without
 * Spring.
 */
final class Fixtures {

	static final List<ToolDocument> TOOLS = readTools();

	static final List<ClaimDocument> CLAIMS = readClaims();

	static final ClassificationEngine ENGINE = new ClassificationEngine();

	static final ResourceBundleMessageSource MESSAGES = messages();

	static final QuizGenerator GENERATOR = new QuizGenerator(() -> TOOLS, () -> CLAIMS, ENGINE, MESSAGES);

	private Fixtures() {
	}

	static ToolDocument tool(String slug) {
		return TOOLS.stream().filter((t) -> t.slug().equals(slug)).findFirst().orElseThrow();
	}

	private static List<ToolDocument> readTools() {
		try (Stream<Path> files = Files.list(Path.of("knowledge-base/tools"))) {
			return files.sorted().map((p) -> {
				try {
					return ToolYamlReader.readTool(p.getFileName().toString(), Files.readString(p)).document();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<ClaimDocument> readClaims() {
		try {
			return ToolYamlReader.readClaims("claims.yaml", Files.readString(Path.of("knowledge-base/claims.yaml")))
				.document();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/messages", "i18n/classification", "i18n/quiz");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
