package org.virtclass.system;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.List;
import java.util.function.IntConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The training start that {@code scripts/run} makes once per jar to record the JVM's
 * ahead-of-time cache ({@code -XX:AOTCacheOutput}, Java 25): the app starts on a
 * throw-away data directory, goes through everything a real start does (the seed sync,
 * the quiz warm-up class), then opens the public pages once in both languages, and exits.
 * The JVM writes the classes it loaded and linked, and the profiles of the methods that
 * ran, into the cache as it exits; later starts read them instead of loading, linking and
 * profiling again. Only {@code virtclass.training-start=true} creates this bean.
 */
@Component
@ConditionalOnBooleanProperty("virtclass.training-start")
class TrainingStart implements ApplicationListener<ApplicationReadyEvent> {

	/** What a student or a projector opens first; all of them answer without a login. */
	static final List<String> PAGES = List.of("/", "/tools", "/tools?q=vm", "/tools/docker", "/criteria", "/claims",
			"/check", "/practice", "/join", "/lab");

	private static final Logger log = LoggerFactory.getLogger(TrainingStart.class);

	private final IntConsumer exit;

	TrainingStart() {
		this(System::exit);
	}

	TrainingStart(IntConsumer exit) {
		this.exit = exit;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		ConfigurableApplicationContext context = event.getApplicationContext();
		int opened = openPages(context.getEnvironment());
		log.info("Training start: ready, {} pages opened; exiting so that the JVM writes its cache", opened);
		// Not on the thread that publishes the event: closing the context from inside its
		// own start would wait on itself.
		Thread exiting = new Thread(() -> this.exit.accept(SpringApplication.exit(context)), "training-exit");
		exiting.start();
	}

	/** Opens each page in English and in Chinese; returns how many answered 200. */
	int openPages(Environment environment) {
		Integer port = environment.getProperty("local.server.port", Integer.class);
		if (port == null || port <= 0) {
			return 0;
		}
		URI base = URI.create("http://127.0.0.1:" + port);
		int opened = 0;
		for (String language : List.of("en", "zh-CN")) {
			for (String page : PAGES) {
				try {
					if (open(base.resolve(page), language) == 200) {
						opened++;
					}
				}
				catch (IOException ex) {
					log.warn("Training start: {} did not answer ({})", page, ex.getMessage());
				}
				if (Thread.currentThread().isInterrupted()) {
					return opened;
				}
			}
		}
		return opened;
	}

	/** Opens a page as a browser does and reads it whole; answers its status. */
	private static int open(URI page, String language) throws IOException {
		HttpURLConnection connection = SelfRequests.open(page);
		connection.setRequestProperty("Accept", "text/html");
		connection.setRequestProperty("Accept-Language", language);
		// As every browser asks, so that the compressed answer's path is in the cache
		// too.
		connection.setRequestProperty("Accept-Encoding", "gzip");
		return SelfRequests.read(connection).status();
	}

}
