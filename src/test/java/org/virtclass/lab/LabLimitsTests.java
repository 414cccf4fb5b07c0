package org.virtclass.lab;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits where only real parts prove them, on a server configured tightly: one VM and
 * one container at once, two runs per client, four per address, two queue places per
 * address and a 12-second idle limit (short enough to wait for, long enough that the
 * other tests' steps never reach it on a machine busy with the parallel lanes' browsers
 * and VMs: with 3 s they did, on CI). The test client's loopback address is a trusted
 * proxy, so tests can speak from several addresses, and the address caps must follow the
 * last hop a proxy wrote; a VM ended at the idle limit must take its QEMU process with
 * it. The queue, the caps and the time limits themselves are {@code LabSupervisorTests},
 * with a fake sandbox and clock. TCG is forced here; accelerator detection has its own
 * tests.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Tag("lab")
@ExtendWith(LabTestSupport.class)
@ResourceLock(LabTestSupport.PROCESSES)
class LabLimitsTests {

	static final Path DATA_DIR = LabTestSupport.tempDataDir("lab-limits");

	@LocalServerPort
	int port;

	private final List<LabClient> clients = new ArrayList<>();

	@DynamicPropertySource
	static void tightLimits(DynamicPropertyRegistry registry) {
		registry.add("virtclass.data-dir", DATA_DIR::toString);
		registry.add("virtclass.lab.kernel", () -> LabTestSupport.kernel().toString());
		registry.add("virtclass.lab.accelerator", () -> "tcg");
		registry.add("virtclass.lab.yield-cpu", () -> LabTestSupport.YIELD_CPU);
		registry.add("virtclass.lab.cgroup", () -> LabTestSupport.CGROUP);
		registry.add("virtclass.lab.max-concurrent-vms", () -> "1");
		registry.add("virtclass.lab.max-concurrent-containers", () -> "1");
		registry.add("virtclass.lab.max-runs-per-client", () -> "2");
		registry.add("virtclass.lab.idle-limit", () -> "12s");
		// long enough for a VM to boot under TCG on a busy machine: the hard limit is
		// LabSupervisorTests's
		registry.add("virtclass.lab.time-limit", () -> "2m");
		registry.add("virtclass.lab.max-runs-per-address", () -> "4");
		registry.add("virtclass.lab.max-queue-per-address", () -> "2");
		registry.add("virtclass.lab.trusted-proxies", () -> "127.0.0.1");
		registry.add("virtclass.lab.reconnect-grace", () -> "2s");
		registry.add("virtclass.quiz.warm-up.answers", () -> "0");
	}

	/**
	 * Waits until the app has checked the host and built the guest images (runs asked
	 * earlier get 503): on a busy machine that takes longer than the context's start.
	 */
	@BeforeEach
	void awaitLabReady() {
		LabClient api = LabClient.anonymous(this.port);
		LabTestSupport.await(Duration.ofSeconds(120), () -> {
			JsonNode caps = api.get("/api/lab/capabilities").json();
			return caps.get("vm").get("available").asBoolean() && caps.get("container").get("available").asBoolean();
		}, "the lab is ready");
	}

	@AfterEach
	void stopEverythingStarted() {
		clients.forEach(LabClient::stopAll);
	}

	/** A browser whose runs are stopped after the test. */
	private LabClient browser() {
		LabClient client = LabClient.browser(port);
		clients.add(client);
		return client;
	}

	@Test
	void aRunWhoseBrowserLeftIsStoppedAfterTheGraceAndItsQueuedRequestDropped() throws Exception {
		LabClient alice = browser();
		LabClient bob = browser();
		String holding = alice.start("CONTAINER");
		alice.awaitState(holding, "RUNNING", Duration.ofSeconds(20));
		String queued = bob.start("CONTAINER");
		assertThat(bob.state(queued)).isEqualTo("QUEUED");
		LabClient.Console aliceTerminal = alice.console(holding);
		LabClient.Console bobTerminal = bob.console(queued);
		aliceTerminal.type("true\r");

		bobTerminal.close();
		long closed = System.nanoTime();
		JsonNode dropped = bob.awaitState(queued, "FINISHED", Duration.ofSeconds(10));
		assertThat(dropped.get("endReason").asString()).contains("queue", "gone");
		assertThat(dropped.get("waitMillis").isNull()).as("it never launched").isTrue();
		assertThat(alice.state(holding)).as("Alice's terminal is still open").isEqualTo("RUNNING");

		aliceTerminal.type("true\r");
		aliceTerminal.close();
		closed = System.nanoTime();
		JsonNode stopped = alice.awaitState(holding, "FINISHED", Duration.ofSeconds(10));
		long tookMs = (System.nanoTime() - closed) / 1_000_000;
		assertThat(stopped.get("endReason").asString()).contains("gone");
		assertThat(tookMs).as("stopped after the 2 s grace, well within 30 s").isBetween(1_500L, 8_000L);
	}

	@Test
	void aTerminalThatReconnectsWithinTheGraceKeepsItsRun() throws Exception {
		LabClient alice = browser();
		String id = alice.start("CONTAINER");
		alice.awaitState(id, "RUNNING", Duration.ofSeconds(20));
		alice.console(id).close();
		Thread.sleep(300);
		LabClient.Console again = alice.console(id);
		for (int i = 0; i < 4; i++) {
			again.type("true\r"); // typing keeps it under the idle limit
			Thread.sleep(1000);
		}
		assertThat(alice.state(id)).isEqualTo("RUNNING");
		again.close();
	}

	@Test
	void aQueuedRunShowsAWaitEstimatedFromHowLongRunsHeldTheirSlot() {
		LabClient alice = browser();
		LabClient bob = browser();
		LabClient carol = browser();
		String earlier = alice.start("CONTAINER");
		alice.awaitState(earlier, "RUNNING", Duration.ofSeconds(20));
		alice.delete("/api/lab/runs/" + earlier);
		JsonNode stats = alice.get("/api/lab/statistics").json();
		assertThat(stats.get("container").get("runs").asInt()).isPositive();
		long meanHeld = stats.get("container").get("meanHeldMillis").asLong();
		assertThat(meanHeld).isPositive();
		assertThat(stats.get("slots").get("containers").asInt()).isEqualTo(1);

		String first = alice.start("CONTAINER");
		String second = bob.start("CONTAINER");
		String third = carol.start("CONTAINER");
		JsonNode two = carol.run(third);
		JsonNode one = bob.run(second);
		assertThat(one.get("state").asString()).isEqualTo("QUEUED");
		long meanNow = alice.get("/api/lab/statistics").json().get("container").get("meanHeldMillis").asLong();
		assertThat(one.get("estimatedWaitMillis").asLong()).as("one slot, first in line: one mean hold")
			.isEqualTo(meanNow);
		assertThat(two.get("estimatedWaitMillis").asLong()).as("second in line: two").isEqualTo(2 * meanNow);
		assertThat(alice.run(first).get("estimatedWaitMillis").isNull()).as("not queued").isTrue();
	}

	@Test
	void aForwardedAddressIsBelievedOnlyFromATrustedProxy() {
		// here the loopback connection is a trusted proxy: two forwarded addresses are
		// two networks
		List<LabClient> near = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			LabClient c = LabClient.behindProxy(port, "203.0.113.20");
			clients.add(c);
			near.add(c);
			c.start("CONTAINER");
		}
		LabClient fourth = LabClient.behindProxy(port, "203.0.113.20");
		clients.add(fourth);
		assertThat(fourth.post("/api/lab/runs", "{\"kind\":\"CONTAINER\"}").status())
			.as("203.0.113.20 has used its share")
			.isEqualTo(429);
		// a proxy appends the address it saw: what comes before it, the client may have
		// written
		LabClient other = LabClient.behindProxy(port, "203.0.113.20, 203.0.113.21");
		clients.add(other);
		LabClient.Response r = other.post("/api/lab/runs", "{\"kind\":\"CONTAINER\"}");
		assertThat(r.status()).as("the last hop counts, not the first: " + r.body()).isEqualTo(201);
		other.track(r.json().get("id").asString());
	}

	@Test
	void aVmIsKilledAtTheIdleLimitWithItsProcess() {
		LabClient alice = browser();
		String id = alice.start("VM");
		alice.awaitState(id, "RUNNING", Duration.ofSeconds(60));
		alice.awaitState(id, "TIMED_OUT", Duration.ofSeconds(30));
		LabTestSupport.await(Duration.ofSeconds(5),
				() -> LabTestSupport.labProcesses().stream().noneMatch((c) -> c.contains("qemu")),
				"the VM's QEMU process is gone");
	}

}
