package org.virtclass.knowledgebase.yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Rewrites the knowledge-base files in the export format (key order, quoting, wrapping),
 * so that a file edited by hand and a file exported from the app diff cleanly. Files with
 * problems are reported and left untouched. Run it with {@code scripts/kb-format}.
 */
public final class KnowledgeBaseFormatter {

	private KnowledgeBaseFormatter() {
	}

	public static void main(String[] args) throws IOException {
		Path root = Path.of((args.length > 0) ? args[0] : "knowledge-base");
		int rewritten = 0;
		int invalid = 0;
		try (Stream<Path> files = Files.list(root.resolve("tools"))) {
			for (Path file : files.filter((p) -> p.toString().endsWith(".yaml")).sorted().toList()) {
				String content = Files.readString(file, StandardCharsets.UTF_8);
				var result = ToolYamlReader.readTool("tools/" + file.getFileName(), content);
				if (!result.ok()) {
					result.problems().forEach(System.out::println);
					invalid++;
					continue;
				}
				rewritten += rewrite(file, content, ToolYamlWriter.write(result.document()));
			}
		}
		Path claims = root.resolve("claims.yaml");
		if (Files.exists(claims)) {
			String content = Files.readString(claims, StandardCharsets.UTF_8);
			var result = ToolYamlReader.readClaims("claims.yaml", content);
			if (result.problems().isEmpty()) {
				rewritten += rewrite(claims, content, ToolYamlWriter.writeClaims(result.document()));
			}
			else {
				result.problems().forEach(System.out::println);
				invalid++;
			}
		}
		System.out
			.println("Rewrote " + rewritten + " file(s); " + invalid + " file(s) with problems left as they were.");
		if (invalid > 0) {
			System.exit(1);
		}
	}

	private static int rewrite(Path file, String before, String after) throws IOException {
		if (before.equals(after)) {
			return 0;
		}
		Files.writeString(file, after, StandardCharsets.UTF_8);
		return 1;
	}

}
