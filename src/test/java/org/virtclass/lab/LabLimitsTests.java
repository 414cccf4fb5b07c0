package org.virtclass.lab;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Caps, the queue and the time limits with real runc and QEMU, on a server configured tightly:
 * one VM and one container at once, two runs per client, a 3-second idle limit and an 8-second
 * hard limit. TCG is forced here; accelerator detection has its own tests.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Tag("lab")
@ExtendWith(LabTestSupport.class)
class LabLimitsTests {

	static final Path DATA_DIR = LabTestSupport.tempDataDir("lab-limits");

	@LocalServerPort
	int port;

	private final List<String> started = new ArrayList<>();

	@DynamicPropertySource
	static void tightLimits(DynamicPropertyRegistry registry) {
		registry.add("virtclass.data-dir", DATA_DIR::toString);
		registry.add("virtclass.lab.kernel", () -> LabTestSupport.kernel().toString());
		registry.add("virtclass.lab.accelerator", () -> "tcg");
		registry.add("virtclass.lab.max-concurrent-vms", () -> "1");
		registry.add("virtclass.lab.max-concurrent-containers", () -> "1");
		registry.add("virtclass.lab.max-runs-per-client", () -> "2");
		registry.add("virtclass.lab.idle-limit", () -> "3s");
		registry.add("virtclass.lab.time-limit", () -> "8s");
	}

	@AfterEach
	void stopEverythingStarted() {
		started.forEach((id) -> LabClient.anonymous(port).delete("/api/lab/runs/" + id));
	}

	@Test
	void overTheGlobalCapRunsWaitInAQueueThatShowsTheirPosition() {
		LabClient alice = LabClient.browser(port);
		LabClient bob = LabClient.browser(port);
		LabClient carol = LabClient.browser(port);
		String first = track(alice.start("CONTAINER"));
		alice.awaitState(first, "RUNNING", Duration.ofSeconds(20));
		String second = track(bob.start("CONTAINER"));
		String third = track(carol.start("CONTAINER"));
		assertThat(bob.run(second).get("state").asString()).isEqualTo("QUEUED");
		assertThat(bob.run(second).get("queuePosition").asInt()).isEqualTo(1);
		assertThat(carol.run(third).get("queuePosition").asInt()).isEqualTo(2);

		alice.delete("/api/lab/runs/" + first);
		bob.awaitState(second, "RUNNING", Duration.ofSeconds(20));
		assertThat(carol.run(third).get("queuePosition").asInt()).isEqualTo(1);
		bob.delete("/api/lab/runs/" + second);
		carol.awaitState(third, "RUNNING", Duration.ofSeconds(20));
	}

	@Test
	void vmsHaveTheirOwnCap() {
		LabClient alice = LabClient.browser(port);
		LabClient bob = LabClient.browser(port);
		String first = track(alice.start("VM"));
		String second = track(bob.start("VM"));
		assertThat(alice.state(first)).isIn("STARTING", "RUNNING");
		JsonNode waiting = bob.run(second);
		assertThat(waiting.get("state").asString()).isEqualTo("QUEUED");
		assertThat(waiting.get("queuePosition").asInt()).isEqualTo(1);
		assertThat(waiting.get("accelerator").isNull()).isTrue();
		bob.delete("/api/lab/runs/" + second);
		assertThat(bob.state(second)).isEqualTo("FINISHED");
	}

	@Test
	void aClientOverItsCapGets429AndTheRunsItHolds() {
		LabClient alice = LabClient.browser(port);
		String one = track(alice.start("CONTAINER"));
		String two = track(alice.start("CONTAINER"));
		LabClient.Response third = alice.post("/api/lab/runs", "{\"kind\":\"CONTAINER\"}");
		assertThat(third.status()).isEqualTo(429);
		assertThat(third.contentType()).startsWith("application/problem+json");
		assertThat(third.json().get("activeRuns").toString()).contains(one, two);
		assertThat(alice.post("/api/lab/compare", "").status()).isEqualTo(429);
		assertThat(LabClient.browser(port).post("/api/lab/runs", "{\"kind\":\"CONTAINER\"}").status())
			.as("another client is not affected")
			.isEqualTo(201);
	}

	@Test
	void aRunNobodyTypesIntoIsStoppedAtTheIdleLimit() {
		LabClient alice = LabClient.browser(port);
		String id = track(alice.start("CONTAINER"));
		alice.awaitState(id, "RUNNING", Duration.ofSeconds(20));
		JsonNode ended = alice.awaitState(id, "TIMED_OUT", Duration.ofSeconds(15));
		assertThat(ended.get("endReason").asString()).contains("Nobody typed");
	}

	@Test
	void aBusyRunIsStoppedAtTheHardTimeLimit() throws Exception {
		LabClient alice = LabClient.browser(port);
		String id = track(alice.start("CONTAINER"));
		alice.awaitState(id, "RUNNING", Duration.ofSeconds(20));
		LabClient.Console console = alice.console(id);
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (!"TIMED_OUT".equals(alice.state(id)) && System.nanoTime() < deadline) {
			console.type("true\r");
			Thread.sleep(1000);
		}
		JsonNode ended = alice.run(id);
		assertThat(ended.get("state").asString()).isEqualTo("TIMED_OUT");
		assertThat(ended.get("endReason").asString()).contains("hard time limit");
		assertThat(ended.get("elapsedMillis").asLong()).isBetween(7_500L, 12_000L);
	}

	@Test
	void aVmIsKilledAtTheIdleLimitWithItsProcess() {
		LabClient alice = LabClient.browser(port);
		String id = track(alice.start("VM"));
		alice.awaitState(id, "RUNNING", Duration.ofSeconds(60));
		alice.awaitState(id, "TIMED_OUT", Duration.ofSeconds(15));
		LabTestSupport.await(Duration.ofSeconds(5),
				() -> LabTestSupport.labProcesses().stream().noneMatch((c) -> c.contains("qemu")),
				"the VM's QEMU process is gone");
	}

	private String track(String id) {
		started.add(id);
		return id;
	}

}
