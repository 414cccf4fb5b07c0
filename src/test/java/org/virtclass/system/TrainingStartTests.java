package org.virtclass.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.support.GenericApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

class TrainingStartTests {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withUserConfiguration(TrainingStart.class);

	@Test
	void anOrdinaryStartKeepsRunning() {
		this.contexts.run((context) -> assertThat(context).doesNotHaveBean(TrainingStart.class));
	}

	@Test
	void aTrainingStartIsRecognised() {
		this.contexts.withPropertyValues("virtclass.training-start=true")
			.run((context) -> assertThat(context).hasSingleBean(TrainingStart.class));
	}

	@Test
	void aTrainingStartClosesTheAppAndExitsOnceReady() {
		List<Integer> exitCodes = new ArrayList<>();
		GenericApplicationContext app = new GenericApplicationContext();
		app.refresh();
		new TrainingStart(exitCodes::add)
			.stop(new ApplicationReadyEvent(new SpringApplication(), new String[0], app, Duration.ZERO));
		assertThat(app.isActive()).isFalse();
		assertThat(exitCodes).containsExactly(0);
	}

}
