package org.virtclass;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

@Execution(ExecutionMode.CONCURRENT)
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(VirtClassApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void writesTheModuleDocumentationIntoTarget() throws IOException {
		Path out = Path.of("target", "modulith-docs");
		// The diagrams only: the module canvases read a Javadoc index that Boot's basic
		// JSON parser
		// cannot read back (it chokes on quotes inside our Javadoc).
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(out.toString())).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
		try (Stream<Path> files = Files.list(out)) {
			assertThat(files.map((f) -> f.getFileName().toString())).contains("components.puml",
					"module-knowledgebase.puml", "module-lab.puml");
		}
	}

}
