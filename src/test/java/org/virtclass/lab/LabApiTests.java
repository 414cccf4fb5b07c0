package org.virtclass.lab;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The lab's JSON API and console sockets against real QEMU and runc. */
class LabApiTests extends LabAppTestBase {

	private final List<LabClient> clients = new ArrayList<>();

	@Value("${virtclass.lab.vm-memory-mb:72}")
	int vmMemoryMb;

	@Value("${virtclass.lab.yield-cpu:true}")
	boolean yieldCpu;

	@AfterEach
	void stopEverythingStarted() {
		clients.forEach(LabClient::stopAll);
	}

	/** A new client whose runs are stopped after the test. */
	private LabClient client() {
		LabClient client = LabClient.anonymous(port);
		clients.add(client);
		return client;
	}

	@Test
	void capabilitiesSayBothSidesAreAvailableAndWhichAcceleratorIsUsed() {
		LabClient api = client();
		LabTestSupport.await(Duration.ofSeconds(60),
				() -> api.get("/api/lab/capabilities").json().get("vm").get("accelerator").isString(),
				"the accelerator is chosen");
		JsonNode caps = api.get("/api/lab/capabilities").json();
		assertThat(caps.get("vm").get("available").asBoolean()).isTrue();
		assertThat(caps.get("vm").get("accelerator").asString()).isIn("kvm", "tcg");
		assertThat(caps.get("vm").get("reason").asString()).isNotBlank();
		assertThat(caps.get("container").get("available").asBoolean()).isTrue();
		assertThat(caps.get("container").get("runtime").asString()).startsWith("runc");
		assertThat(caps.get("container").get("reason").asString()).isNotBlank();
	}

	@Test
	void compareBootsAVmWithItsOwnKernelAndAContainerOnTheHostsKernel() throws Exception {
		LabClient api = client();
		JsonNode both = api.post("/api/lab/compare", "").json();
		String vm = both.get("vm").get("runId").asString();
		String container = both.get("container").get("runId").asString();
		api.track(vm);
		api.track(container);

		api.awaitState(container, "RUNNING", Duration.ofSeconds(30));
		api.awaitState(vm, "RUNNING", Duration.ofSeconds(90));
		// memory is sampled at ready and then every second; on a busy machine a first
		// sample can come back empty (the page shows none until one succeeds)
		LabTestSupport.await(Duration.ofSeconds(15),
				() -> api.run(container).get("rssKb").asLong() > 0 && api.run(vm).get("rssKb").asLong() > 0,
				"both runs' memory is measured");
		JsonNode c = api.run(container);
		JsonNode v = api.run(vm);

		assertThat(v.get("kind").asString()).isEqualTo("VM");
		assertThat(v.get("guestKernel").asString()).isNotBlank().isNotEqualTo(v.get("hostKernel").asString());
		assertThat(v.get("accelerator").asString()).isIn("kvm", "tcg");
		assertThat(v.get("readyMillis").asLong()).isPositive();
		assertThat(v.get("processCount").asInt()).isGreaterThan(10);
		assertThat(v.get("rssKb").asLong()).isGreaterThan(20_000);
		assertThat(v.get("console").asString()).doesNotContain("@@VIRTCLASS");

		assertThat(c.get("kind").asString()).isEqualTo("CONTAINER");
		assertThat(c.get("guestKernel").asString()).isEqualTo(c.get("hostKernel").asString());
		assertThat(c.get("accelerator").isNull()).isTrue();
		assertThat(c.get("processCount").asInt()).isLessThan(10);
		assertThat(c.get("rssKb").asLong()).isPositive().isLessThan(v.get("rssKb").asLong());
		assertThat(c.get("readyMillis").asLong()).isLessThan(v.get("readyMillis").asLong());

		assertThat(api.delete("/api/lab/runs/" + vm).json().get("state").asString()).isEqualTo("FINISHED");
		assertThat(api.delete("/api/lab/runs/" + container).json().get("state").asString()).isEqualTo("FINISHED");
	}

	@Test
	void theVmRunsOnAKernelBootedJustNowAndTheContainerOnTheHostsKernel() throws Exception {
		LabClient api = client();
		JsonNode both = api.post("/api/lab/compare", "").json();
		String vm = both.get("vm").get("runId").asString();
		String container = both.get("container").get("runId").asString();
		api.track(vm);
		api.track(container);

		JsonNode c = api.awaitState(container, "RUNNING", Duration.ofSeconds(30));
		JsonNode v = api.awaitState(vm, "RUNNING", Duration.ofSeconds(90));
		long hostUptimeMillis = Math.round(
				Double.parseDouble(java.nio.file.Files.readString(java.nio.file.Path.of("/proc/uptime")).split(" ")[0])
						* 1000);

		String hostBootId = v.get("hostBootId").asString();
		assertThat(hostBootId).matches("[0-9a-f-]{36}");
		assertThat(c.get("bootId").asString()).as("the container reads its host kernel's boot id")
			.isEqualTo(hostBootId);
		assertThat(v.get("bootId").asString()).as("the VM's kernel has a boot id of its own")
			.matches("[0-9a-f-]{36}")
			.isNotEqualTo(hostBootId);

		assertThat(v.get("uptimeMillis").asLong()).as("the VM's kernel booted during this test")
			.isPositive()
			.isLessThan(120_000)
			.isLessThan(c.get("uptimeMillis").asLong());
		assertThat(c.get("uptimeMillis").asLong()).as("the container reports the host's uptime")
			.isBetween(hostUptimeMillis - 120_000, hostUptimeMillis);

		assertThat(v.get("cpuCount").asInt()).isEqualTo(1);
		assertThat(c.get("cpuCount").asInt()).isPositive();
		assertThat(v.get("firstProcess").asString()).isEqualTo("init");
		assertThat(c.get("firstProcess").asString()).isEqualTo("sh");
		assertThat(v.get("memTotalKb").asLong()).isLessThan(c.get("memTotalKb").asLong());
	}

	@Test
	void neitherConsoleShowsTheFactsOrTheReadyMarker() throws Exception {
		LabClient api = client();
		JsonNode both = api.post("/api/lab/compare", "").json();
		String vm = api.track(both.get("vm").get("runId").asString());
		String container = api.track(both.get("container").get("runId").asString());
		LabClient.Console vmConsole = api.console(vm);
		LabClient.Console containerConsole = api.console(container);
		JsonNode c = api.awaitState(container, "RUNNING", Duration.ofSeconds(30));
		JsonNode v = api.awaitState(vm, "RUNNING", Duration.ofSeconds(90));
		assertThat(v.get("guestKernel").asString()).as("the facts still arrive, on the side channel").isNotBlank();
		assertThat(c.get("bootId").asString()).isNotBlank();
		vmConsole.type("echo V''M-SAID-$((40+2))\r");
		containerConsole.type("echo C''T-SAID-$((40+2))\r");
		LabTestSupport.await(Duration.ofSeconds(30), () -> vmConsole.text().contains("VM-SAID-42"),
				"the VM answered: " + vmConsole.text());
		LabTestSupport.await(Duration.ofSeconds(10), () -> containerConsole.text().contains("CT-SAID-42"),
				"the container answered: " + containerConsole.text());
		for (String seen : List.of(vmConsole.text(), containerConsole.text(), api.run(vm).get("console").asString(),
				api.run(container).get("console").asString())) {
			assertThat(seen).doesNotContain("@@VIRTCLASS", "VIRTCLASS-FACTS", "VIRTCLASS-READY");
		}
		vmConsole.close();
		containerConsole.close();
	}

	@Test
	void theVmTakesTheBrowsersTerminalSizeAndLongLinesArriveWhole() throws Exception {
		LabClient api = client();
		String vm = api.start("VM");
		LabClient.Console console = api.console(vm);
		console.resize(31, 97);
		api.awaitState(vm, "RUNNING", Duration.ofSeconds(90));
		console.type("stty size; printf 'y%.0s' $(seq 200); echo; echo SIZE''-DONE\r");
		LabTestSupport.await(Duration.ofSeconds(30), () -> console.text().contains("SIZE-DONE\r\n"),
				"the VM answered: " + console.text());
		assertThat(console.text()).as("the size sent before the guest was ready").contains("\r\n31 97\r\n");
		assertThat(console.text()).as("200 characters on one line, not cut")
			.contains("\r\n" + "y".repeat(200) + "\r\n");

		console.resize(40, 132);
		LabTestSupport.await(Duration.ofSeconds(30), () -> {
			console.type("stty size\r");
			try {
				Thread.sleep(500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return console.text().contains("\r\n40 132\r\n");
		}, "the resize reached the guest: " + console.text());
		console.close();
	}

	@Test
	void aLongLineFromTheContainerArrivesWhole() throws Exception {
		LabClient api = client();
		String container = api.start("CONTAINER");
		api.awaitState(container, "RUNNING", Duration.ofSeconds(30));
		LabClient.Console console = api.console(container);
		console.resize(24, 60);
		console.type("printf 'z%.0s' $(seq 200); echo; echo LONG''-DONE\r");
		LabTestSupport.await(Duration.ofSeconds(10), () -> console.text().contains("LONG-DONE\r\n"),
				"the container answered: " + console.text());
		assertThat(console.text()).contains("\r\n" + "z".repeat(200) + "\r\n");
		console.close();
	}

	@Test
	void typingReachesOnlyTheGuestsConsole() throws Exception {
		LabClient api = client();
		String container = api.start("CONTAINER");
		api.awaitState(container, "RUNNING", Duration.ofSeconds(30));
		LabClient.Console console = api.console(container);
		console.type("echo $((6*7)) in $(hostname)\r");
		LabTestSupport.await(Duration.ofSeconds(10), () -> console.text().contains("42 in container"),
				"the container answered: " + console.text());
		console.type("exit\r");
		api.awaitState(container, "FINISHED", Duration.ofSeconds(10));
		LabTestSupport.await(Duration.ofSeconds(5), () -> "FINISHED".equals(console.closedState()),
				"the socket reports the end");
	}

	/**
	 * The guest's init ends the VM with a reset (the lab's own kernel has no ACPI to
	 * power off with), which {@code -no-reboot} turns into QEMU's exit: a shell that
	 * exits ends the run instead of leaving a halted VM in its slot.
	 */
	@Test
	void theVmEndsWhenItsShellExits() throws Exception {
		LabClient api = client();
		String vm = api.start("VM");
		api.awaitState(vm, "RUNNING", Duration.ofSeconds(90));
		LabClient.Console console = api.console(vm);
		console.type("echo $((6*7)) in $(hostname)\r");
		LabTestSupport.await(Duration.ofSeconds(20), () -> console.text().contains("42 in vm"),
				"the VM answered: " + console.text());
		console.type("exit\r");
		api.awaitState(vm, "FINISHED", Duration.ofSeconds(30));
		LabTestSupport.await(Duration.ofSeconds(5), () -> "FINISHED".equals(console.closedState()),
				"the socket reports the end");
	}

	@Test
	void theContainerIsHardened() throws Exception {
		LabClient api = client();
		String container = api.start("CONTAINER");
		api.awaitState(container, "RUNNING", Duration.ofSeconds(30));
		LabClient.Console console = api.console(container);
		// The quotes keep the expected words out of the echoed command line.
		console.type("touch /x 2>/dev/null || echo R''O=yes; echo UID=$(id -u); "
				+ "echo LINKS=$(ls /sys/class/net | tr '\\n' ,); grep -E '^(CapEff|NoNewPrivs|Seccomp):' /proc/self/status"
				+ " | tr -d '\\t' | tr '\\n' ' '; echo; echo DO''NE\r");
		LabTestSupport.await(Duration.ofSeconds(10), () -> console.text().contains("DONE\r\n"),
				"the checks ran: " + console.text());
		String out = console.text();
		assertThat(out).contains("RO=yes", "UID=65534", "LINKS=lo,", "CapEff:0000000000000000", "NoNewPrivs:1",
				"Seccomp:2");
		console.close();
	}

	@Test
	void aClientCanWaitForReadinessInOneRequestInsteadOfPolling() {
		LabClient api = client();
		String container = api.start("CONTAINER");
		long asked = System.nanoTime();
		JsonNode settled = api.get("/api/lab/runs/" + container + "?waitMs=15000").json();
		long tookMs = (System.nanoTime() - asked) / 1_000_000;
		assertThat(settled.get("state").asString()).isEqualTo("RUNNING");
		assertThat(settled.get("readyMillis").asLong()).isPositive();
		assertThat(tookMs).as("answered when the container was ready, not when the wait ran out").isLessThan(10_000);

		// a run that has ended is settled: the answer comes at once, however long the
		// wait asked for
		api.delete("/api/lab/runs/" + container);
		api.awaitState(container, "FINISHED", Duration.ofSeconds(10));
		asked = System.nanoTime();
		assertThat(api.get("/api/lab/runs/" + container + "?waitMs=15000").json().get("state").asString())
			.isEqualTo("FINISHED");
		assertThat((System.nanoTime() - asked) / 1_000_000).isLessThan(5_000);
	}

	@Test
	void theVmConsoleAnswersTypedCommands() throws Exception {
		LabClient api = client();
		String vm = api.start("VM");
		api.awaitState(vm, "RUNNING", Duration.ofSeconds(90));
		LabClient.Console console = api.console(vm);
		console.type("echo $((6*7)) on $(hostname)\r");
		LabTestSupport.await(Duration.ofSeconds(20), () -> console.text().contains("42 on vm"),
				"the VM answered: " + console.text());
		console.close();
	}

	@Test
	void theContainerCanWriteToItsTmp() throws Exception {
		LabClient api = client();
		String container = api.start("CONTAINER");
		api.awaitState(container, "RUNNING", Duration.ofSeconds(30));
		LabClient.Console console = api.console(container);
		console.type("echo scratch > /tmp/note && echo W''ROTE=$(cat /tmp/note) MODE=$(stat -c %a /tmp)\r");
		LabTestSupport.await(Duration.ofSeconds(10), () -> console.text().contains("WROTE="),
				"the write was tried: " + console.text());
		assertThat(console.text()).contains("WROTE=scratch MODE=1777");
		console.close();
	}

	@Test
	void vmsAndContainersRunInTheLabsCgroupWithLimits() throws Exception {
		LabClient api = client();
		String vm = api.start("VM");
		String container = api.start("CONTAINER");
		api.awaitState(container, "RUNNING", Duration.ofSeconds(30));
		api.awaitState(vm, "RUNNING", Duration.ofSeconds(90));
		long qemu = ProcessHandle.allProcesses()
			.filter((p) -> p.info().command().orElse("").contains("qemu-system")
					&& Cgroups.cmdline(p.pid()).contains("virtclass-" + vm))
			.findFirst()
			.orElseThrow()
			.pid();
		int cores = Runtime.getRuntime().availableProcessors();
		long labQuota = Math.round(Math.max(0.5, cores - 1) * 100_000);

		assertThat(Cgroups.cpuGroup(qemu)).endsWith("/" + LabTestSupport.CGROUP + "/vm-" + vm);
		assertThat(Cgroups.cpuQuotaMicros(Cgroups.cpuGroup(qemu))).as("one CPU per VM").isEqualTo(100_000);
		assertThat(Cgroups.memoryLimit(qemu)).as("guest memory and QEMU's own")
			.isEqualTo((long) (vmMemoryMb + 256) << 20);
		String lab = Cgroups.cpuGroup(qemu).substring(0, Cgroups.cpuGroup(qemu).lastIndexOf('/'));
		assertThat(Cgroups.cpuQuotaMicros(lab)).as("the whole lab: one core less than the host").isEqualTo(labQuota);

		List<Long> containerProcesses = ProcessHandle.allProcesses()
			.filter((p) -> Cgroups.cpuGroup(p.pid()).endsWith("/" + LabTestSupport.CGROUP + "/virtclass-" + container))
			.map(ProcessHandle::pid)
			.toList();
		assertThat(containerProcesses).as("the container's processes sit below the lab's group").isNotEmpty();

		int oneThread = Cgroups.v2() ? 100 : 1024;
		if (yieldCpu) {
			// the lab runs on what the app leaves idle: its group weighs less than one
			// thread of the app, and QEMU and the container run SCHED_IDLE
			assertThat(Cgroups.cpuWeight(lab)).isLessThan(oneThread);
			assertThat(Cgroups.schedulingPolicy(qemu)).as("QEMU").isEqualTo(Cgroups.SCHED_IDLE);
			assertThat(containerProcesses)
				.allSatisfy((pid) -> assertThat(Cgroups.schedulingPolicy(pid)).as("container process %d", pid)
					.isIn(Cgroups.SCHED_IDLE, -1));
		}
		else {
			// the lab weighs as one thread of the app, not one per core of the host
			assertThat(Cgroups.cpuWeight(lab)).isEqualTo(oneThread);
			assertThat(Cgroups.schedulingPolicy(qemu)).as("QEMU").isNotEqualTo(Cgroups.SCHED_IDLE);
		}
	}

	@Nested
	class Identity {

		@Test
		void anInventedOrAlteredCookieIsAStrangerThatCanOnlyWatch() throws Exception {
			LabClient owner = client();
			String run = owner.start("CONTAINER");
			owner.awaitState(run, "RUNNING", Duration.ofSeconds(30));
			LabClient.Console ownerConsole = owner.console(run);
			String ownerId = owner.cookie().substring(0, owner.cookie().indexOf('.'));
			for (String forgedCookie : List.of(ownerId, ownerId + "." + "A".repeat(43),
					java.util.UUID.randomUUID().toString())) {
				LabClient stranger = LabClient.forged(port, forgedCookie, null);
				LabClient.Response stop = stranger.delete("/api/lab/runs/" + run);
				assertThat(stop.status()).as("stopping with cookie %s", forgedCookie).isEqualTo(403);
				assertThat(stop.contentType()).startsWith("application/problem+json");
				assertThat(stranger.cookie()).as("a fresh identity is issued").isNotEqualTo(forgedCookie);
				LabClient.Console strangerConsole = stranger.console(run);
				strangerConsole.type("echo in''truder\r");
				LabTestSupport.await(Duration.ofSeconds(5),
						() -> strangerConsole.notices().contains("\"input\":\"READ_ONLY\""),
						"the stranger's terminal is told it only watches: " + strangerConsole.notices());
				assertThat(strangerConsole.notices()).contains("\"interactive\":false");
				strangerConsole.close();
			}
			assertThat(owner.state(run)).isEqualTo("RUNNING");
			ownerConsole.type("echo ow''ner\r");
			LabTestSupport.await(Duration.ofSeconds(10), () -> ownerConsole.text().contains("owner\r\n"),
					"the owner can still type: " + ownerConsole.text());
			assertThat(ownerConsole.text()).doesNotContain("intruder");
			assertThat(ownerConsole.notices()).contains("\"interactive\":true");
			assertThat(owner.delete("/api/lab/runs/" + run).json().get("state").asString()).isEqualTo("FINISHED");
		}

		@Test
		void aTooManyRunsAnswerNamesOnlyTheCallersOwnRuns() {
			LabClient first = client();
			List<String> firstRuns = List.of(first.start("CONTAINER"), first.start("CONTAINER"));
			LabClient second = client();
			List<String> secondRuns = List.of(second.start("CONTAINER"), second.start("CONTAINER"));

			LabClient.Response overOwnCap = second.post("/api/lab/runs", "{\"kind\":\"CONTAINER\"}");
			assertThat(overOwnCap.status()).isEqualTo(429);
			assertThat(overOwnCap.json().get("activeRuns").toString()).contains(secondRuns.get(0), secondRuns.get(1));
			assertThat(overOwnCap.body()).doesNotContain(firstRuns.get(0), firstRuns.get(1));

			// the address holds 4 runs: a third client there, whatever address it claims,
			// gets no ids at all
			for (LabClient third : List.of(client(), LabClient.behindProxy(port, "203.0.113.77"))) {
				LabClient.Response overAddressCap = third.post("/api/lab/runs", "{\"kind\":\"CONTAINER\"}");
				assertThat(overAddressCap.status()).isEqualTo(429);
				assertThat(overAddressCap.contentType()).startsWith("application/problem+json");
				assertThat(overAddressCap.body()).doesNotContain(firstRuns.get(0), firstRuns.get(1), secondRuns.get(0),
						secondRuns.get(1));
			}
		}

	}

	@Nested
	class Errors {

		@Test
		void anUnknownRunIsNotFound() {
			LabClient.Response r = LabClient.anonymous(port).get("/api/lab/runs/no-such-run");
			assertThat(r.status()).isEqualTo(404);
			assertThat(r.contentType()).startsWith("application/problem+json");
		}

		@Test
		void stoppingAnUnknownRunIsNotFound() {
			assertThat(LabClient.anonymous(port).delete("/api/lab/runs/no-such-run").status()).isEqualTo(404);
		}

		@Test
		void anUnknownKindIsABadRequest() {
			LabClient.Response r = LabClient.anonymous(port).post("/api/lab/runs", "{\"kind\":\"MAINFRAME\"}");
			assertThat(r.status()).isEqualTo(400);
			assertThat(r.contentType()).startsWith("application/problem+json");
		}

		@Test
		void aWaitOutOfRangeIsABadRequestAndAnUnknownRunIsNotFoundEvenWhenWaiting() {
			LabClient api = client();
			LabClient.Response tooLong = api.get("/api/lab/runs/no-such-run?waitMs=3600000");
			assertThat(tooLong.status()).isEqualTo(400);
			assertThat(tooLong.contentType()).startsWith("application/problem+json");
			assertThat(tooLong.json().get("field").asString()).isEqualTo("waitMs");
			assertThat(api.get("/api/lab/runs/no-such-run?waitMs=-5").status()).isEqualTo(400);
			assertThat(api.get("/api/lab/runs/no-such-run?waitMs=soon").status()).isEqualTo(400);
			assertThat(api.get("/api/lab/runs/no-such-run?waitMs=1000").status()).isEqualTo(404);
		}

		@Test
		void aMissingKindIsABadRequest() {
			assertThat(LabClient.anonymous(port).post("/api/lab/runs", "{}").status()).isEqualTo(400);
		}

	}

}
