package org.virtclass.knowledgebase;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import org.virtclass.classification.ClassificationEngine;
import org.virtclass.classification.Verdict;
import org.virtclass.knowledgebase.yaml.ToolYamlReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine derives every verdict from facts alone; for every tool in the knowledge base
 * it must reach the curated labels. The failure message lists every disagreement at once.
 */
@Execution(ExecutionMode.CONCURRENT)
class EngineAgreementTests {

	@Test
	void theEngineAgreesWithEveryCuratedLabel() throws IOException {
		ClassificationEngine engine = new ClassificationEngine();
		List<String> disagreements = new ArrayList<>();
		int checked = 0;
		int contestedLowered = 0;
		try (Stream<Path> files = Files.list(Path.of("knowledge-base/tools"))) {
			for (Path file : files.sorted().toList()) {
				var result = ToolYamlReader.readTool("tools/" + file.getFileName(),
						Files.readString(file, StandardCharsets.UTF_8));
				assertThat(result.problems()).isEmpty();
				ToolDocument tool = result.document();
				Verdict v = engine.classify(tool.facts());
				Labels l = tool.labels();
				check(disagreements, tool.slug(), "category", l.category(), v.category());
				check(disagreements, tool.slug(), "hypervisorType", l.hypervisorType(), v.hypervisorType());
				check(disagreements, tool.slug(), "isolationLevel", l.isolationLevel(), v.isolationLevel());
				check(disagreements, tool.slug(), "imageModel", l.imageModel(), v.imageModel());
				if (tool.contested()) {
					var f = tool.facts();
					Verdict uncontested = engine.classify(
							new org.virtclass.classification.ToolFacts(f.guestOwnKernel(), f.hardwareVirtualization(),
									f.runsOn(), f.emulatesForeignIsa(), f.sharesHostKernel(), f.userSpaceKernel(),
									f.translatesSyscalls(), f.managesOthers(), f.imageFormats(), List.of()));
					assertThat(v.confidence()).as(tool.slug() + ": a contested tool is never more certain")
						.isLessThanOrEqualTo(uncontested.confidence());
					contestedLowered += (v.confidence() < uncontested.confidence()) ? 1 : 0;
				}
				checked++;
			}
		}
		assertThat(checked).isGreaterThanOrEqualTo(100);
		assertThat(contestedLowered).as("contested tools whose confidence the engine lowered").isPositive();
		assertThat(disagreements).as("tools whose facts and labels disagree").isEmpty();
	}

	private static void check(List<String> out, String slug, String what, Enum<?> curated, Enum<?> derived) {
		if (curated != derived) {
			out.add(slug + ": " + what + " curated " + curated + ", engine says " + derived);
		}
	}

}
