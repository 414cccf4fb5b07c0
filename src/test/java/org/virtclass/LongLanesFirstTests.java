package org.virtclass;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.support.AnnotationSupport;

import static org.assertj.core.api.Assertions.assertThat;

class LongLanesFirstTests {

	@Test
	void theClusterComesFirstThenTheLabClassesSpreadThroughTheRestInTheirOrder() throws Exception {
		List<Descriptor> classes = new ArrayList<>();
		for (String name : List.of("org.virtclass.system.PostgresProfileTests",
				"org.virtclass.knowledgebase.web.CatalogueBrowserTests", "org.virtclass.ClusterFailoverTests",
				// its lab lock comes from LabAppTestBase
				"org.virtclass.lab.LabApiTests", "org.virtclass.quiz.web.LiveClassBrowserTests",
				"org.virtclass.lab.LabKillTests", "org.virtclass.quiz.web.PracticeBrowserTests",
				"org.virtclass.quiz.web.KeyboardBrowserTests", "org.virtclass.system.ProblemPageBrowserTests")) {
			classes.add(new Descriptor(Class.forName(name)));
		}
		new LongLanesFirst().orderClasses(new Context(classes));
		assertThat(classes.stream().map((d) -> d.getTestClass().getSimpleName())).containsExactly(
				"ClusterFailoverTests", "LabApiTests", "PostgresProfileTests", "CatalogueBrowserTests",
				"LiveClassBrowserTests", "LabKillTests", "PracticeBrowserTests", "KeyboardBrowserTests",
				"ProblemPageBrowserTests");
	}

	@Test
	void withoutLabClassesTheRestKeepTheirOrder() throws Exception {
		List<Descriptor> classes = new ArrayList<>();
		for (String name : List.of("org.virtclass.system.PostgresProfileTests",
				"org.virtclass.knowledgebase.web.CatalogueBrowserTests")) {
			classes.add(new Descriptor(Class.forName(name)));
		}
		new LongLanesFirst().orderClasses(new Context(classes));
		assertThat(classes.stream().map((d) -> d.getTestClass().getSimpleName()))
			.containsExactly("PostgresProfileTests", "CatalogueBrowserTests");
	}

	/** Finds annotations as JUnit does: inherited ones from superclasses too. */
	record Descriptor(Class<?> testClass) implements ClassDescriptor {

		@Override
		public Class<?> getTestClass() {
			return this.testClass;
		}

		@Override
		public String getDisplayName() {
			return this.testClass.getSimpleName();
		}

		@Override
		public boolean isAnnotated(Class<? extends Annotation> type) {
			return AnnotationSupport.isAnnotated(this.testClass, type);
		}

		@Override
		public <A extends Annotation> Optional<A> findAnnotation(Class<A> type) {
			return AnnotationSupport.findAnnotation(this.testClass, type);
		}

		@Override
		public <A extends Annotation> List<A> findRepeatableAnnotations(Class<A> type) {
			return AnnotationSupport.findRepeatableAnnotations(this.testClass, type);
		}

	}

	record Context(List<Descriptor> classes) implements ClassOrdererContext {

		@Override
		public List<? extends ClassDescriptor> getClassDescriptors() {
			return this.classes;
		}

		@Override
		public Optional<String> getConfigurationParameter(String key) {
			return Optional.empty();
		}

	}

}
