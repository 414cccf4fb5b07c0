package org.virtclass.knowledgebase.yaml;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.virtclass.knowledgebase.FieldChange;
import org.virtclass.knowledgebase.KbProblem;
import org.virtclass.knowledgebase.ToolDocument;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Field-by-field views of documents, and the map entry point that shares the file rules.
 */
class YamlFieldsTests {

	static ToolDocument sample() {
		return ToolYamlReaderTests.read(ToolYamlReaderTests.VALID).document();
	}

	@Test
	void aDocumentFlattensToTheFileKeysInFileOrder() {
		Map<String, Object> fields = YamlFields.of(sample());
		assertThat(fields.keySet()).containsExactlyElementsOf(YamlFields.TOOL);
		assertThat(fields.get("facts.runsOn")).isEqualTo("HOST_OS");
		assertThat(fields.get("aliases")).isEqualTo(List.of("SampleBox", "示例盒子"));
	}

	@Test
	void theDiffNamesOnlyTheChangedFields() {
		Map<String, Object> before = YamlFields.of(sample());
		String yaml = ToolYamlWriter.write(sample()).replace("vendor: Example Corp", "vendor: Other Corp");
		List<FieldChange> changes = YamlFields.diff(before, YamlFields.tool(yaml), YamlFields.TOOL);
		assertThat(changes).containsExactly(new FieldChange("vendor", "Example Corp", "Other Corp"));
	}

	@Test
	void aMergeTakesThePickedFieldsFromTheOtherSideAndReadsBack() {
		Map<String, Object> mine = YamlFields.of(sample());
		Map<String, Object> theirs = YamlFields.tool(ToolYamlWriter.write(sample())
			.replace("vendor: Example Corp", "vendor: Theirs")
			.replace("license: GPL-2.0", "license: MIT"));
		Map<String, Object> merged = YamlFields.merge(theirs, mine, Set.of("vendor"));
		ToolDocument doc = ToolYamlReader.readTool("merge", YamlFields.nest(merged)).document();
		assertThat(doc.vendor()).isEqualTo("Example Corp");
		assertThat(doc.license()).isEqualTo("MIT");
	}

	@Test
	void aMapIsReadWithExactlyTheFileRules() {
		Map<String, Object> fields = YamlFields.of(sample());
		assertThat(ToolYamlReader.readTool("form", YamlFields.nest(fields)).document()).isEqualTo(sample());
		assertThat(ToolYamlReader.check(sample()).ok()).isTrue();
	}

	@Nested
	class Problems {

		@Test
		void carryACodeAndArgumentsForTheLocalizedMessage() {
			Map<String, Object> fields = YamlFields.of(sample());
			fields.put("firstRelease", "soon");
			fields.put("labels.category", "BOAT");
			List<KbProblem> problems = ToolYamlReader.readTool("form", YamlFields.nest(fields)).problems();
			assertThat(problems).extracting(KbProblem::key).containsExactly("firstRelease", "labels.category");
			assertThat(problems).extracting(KbProblem::messageKey)
				.containsExactly("kb.problem.notNumber", "kb.problem.unknownValue");
			assertThat(problems.get(0).args()).containsExactly("soon");
		}

		@Test
		void aMissingFieldFromAFormIsRequired() {
			Map<String, Object> fields = YamlFields.of(sample());
			fields.put("name", null);
			assertThat(ToolYamlReader.readTool("form", YamlFields.nest(fields)).problems()).singleElement()
				.satisfies((p) -> assertThat(p.code()).isEqualTo("required"));
		}

	}

}
