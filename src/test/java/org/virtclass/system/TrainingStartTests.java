package org.virtclass.system;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class TrainingStartTests {

	@Test
	void onlyATrainingStartExitsAtReady() {
		ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(TrainingStart.class);
		runner.run((context) -> assertThat(context).doesNotHaveBean(TrainingStart.class));
		runner.withPropertyValues("virtclass.training-start=false")
			.run((context) -> assertThat(context).doesNotHaveBean(TrainingStart.class));
		runner.withPropertyValues("virtclass.training-start=true")
			.run((context) -> assertThat(context).hasSingleBean(TrainingStart.class));
	}

	@Test
	void atReadyTheContextIsClosedAndTheJvmAskedToExitWithItsCode() throws Exception {
		GenericApplicationContext context = new GenericApplicationContext();
		context.refresh();
		CompletableFuture<Integer> exitCode = new CompletableFuture<>();
		new TrainingStart(exitCode::complete).onApplicationEvent(
				new ApplicationReadyEvent(new SpringApplication(), new String[0], context, Duration.ZERO));
		assertThat(exitCode.get(10, TimeUnit.SECONDS)).isZero();
		assertThat(context.isActive()).isFalse();
	}

	@Test
	void everyPublicPageIsOpenedOnceInEachLanguage() throws IOException {
		List<String> seen = new CopyOnWriteArrayList<>();
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", (exchange) -> {
			seen.add(exchange.getRequestHeaders().getFirst("Accept-Language") + " " + exchange.getRequestURI());
			int status = exchange.getRequestURI().getPath().equals("/lab") ? 503 : 200;
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
		server.start();
		try {
			MockEnvironment environment = new MockEnvironment().withProperty("local.server.port",
					String.valueOf(server.getAddress().getPort()));
			int opened = new TrainingStart((code) -> {
			}).openPages(environment);
			assertThat(seen).hasSize(2 * TrainingStart.PAGES.size())
				.contains("en /tools?q=vm", "zh-CN /tools?q=vm", "en /", "zh-CN /lab");
			// A page that does not answer 200 is not counted, and the tour goes on.
			assertThat(opened).isEqualTo(2 * (TrainingStart.PAGES.size() - 1));
		}
		finally {
			server.stop(0);
		}
	}

	@Test
	void withoutAServerPortNothingIsOpened() {
		assertThat(new TrainingStart((code) -> {
		}).openPages(new MockEnvironment())).isZero();
	}

}
