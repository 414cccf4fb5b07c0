package org.virtclass.system;

import java.util.function.IntConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The class data archive that {@code scripts/run} makes records the classes one training
 * start loads. A training start that stopped at the context refresh left out all that the
 * start-up runners (the knowledge-base sync, the warm-up class) and the first requests
 * load: about 2,000 classes, which every start then read and verified from the jars
 * again. With {@code virtclass.training-start=true} the app goes through its whole start
 * and stops as soon as it is ready, so that the archive covers them too.
 */
@Component
@ConditionalOnProperty(name = "virtclass.training-start", havingValue = "true")
class TrainingStart {

	private static final Logger log = LoggerFactory.getLogger(TrainingStart.class);

	private final IntConsumer exit;

	TrainingStart() {
		this(System::exit);
	}

	TrainingStart(IntConsumer exit) {
		this.exit = exit;
	}

	@EventListener(ApplicationReadyEvent.class)
	void stop(ApplicationReadyEvent event) {
		log.info("Training start complete; stopping so that the class data archive is written");
		this.exit.accept(SpringApplication.exit(event.getApplicationContext()));
	}

}
