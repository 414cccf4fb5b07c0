package org.virtclass.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app in a separate JVM on port 18091 with a VM and a container running, then killed
 * with SIGKILL: nothing of it runs afterwards to clean up, yet within a few seconds no
 * QEMU, runc or container process it started may be left.
 */
@Tag("lab")
@ExtendWith(LabTestSupport.class)
@ResourceLock(LabTestSupport.PROCESSES)
class LabKillTests {

	static final int PORT = 18091;

	private Process app;

	@AfterEach
	void killTheApp() {
		if (app != null) {
			app.destroyForcibly();
		}
	}

	@Test
	void everyLabProcessDiesWithTheAppEvenOnKill9() throws Exception {
		Path dataDir = LabTestSupport.tempDataDir("lab-kill");
		Path log = dataDir.resolve("app.log");
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
						// C1 only, as the test JVMs: the app starts and runs its code a
						// few times
						"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
						"org.virtclass.VirtClassApplication", "--server.port=" + PORT,
						"--virtclass.data-dir=" + dataDir, "--virtclass.lab.kernel=" + LabTestSupport.kernel(),
						"--virtclass.lab.accelerator=tcg", "--virtclass.lab.yield-cpu=" + LabTestSupport.YIELD_CPU,
						"--virtclass.lab.cgroup=" + LabTestSupport.CGROUP, "--virtclass.quiz.warm-up.answers=0"));
		app = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		LabClient api = LabClient.anonymous(PORT);
		LabTestSupport.await(Duration.ofSeconds(240), () -> isUp(api) || !app.isAlive(),
				"the app answers on port " + PORT);
		assertThat(app.isAlive()).as("the app started; its log: " + tail(log)).isTrue();
		LabTestSupport.await(Duration.ofSeconds(60),
				() -> api.get("/api/lab/capabilities").json().get("vm").get("available").asBoolean(),
				"the lab is ready");

		String vm = api.start("VM");
		String container = api.start("CONTAINER");
		api.awaitState(container, "RUNNING", Duration.ofSeconds(60));
		LabTestSupport.await(Duration.ofSeconds(30), () -> !withArgument("virtclass-" + vm).isEmpty(),
				"QEMU of run " + vm + " is running");
		List<ProcessHandle> started = app.descendants().filter(ProcessHandle::isAlive).toList();
		assertThat(started).as("the app's lab processes").hasSizeGreaterThanOrEqualTo(4);

		app.destroyForcibly(); // SIGKILL: no shutdown hook, no cleanup of any kind
		app.waitFor();

		LabTestSupport.await(Duration.ofSeconds(5),
				() -> started.stream().noneMatch(ProcessHandle::isAlive) && withArgument("virtclass-" + vm).isEmpty(),
				"every process the app started has died: still alive " + started.stream()
					.filter(ProcessHandle::isAlive)
					.map((p) -> p.pid() + " " + cmdline(p.pid()))
					.toList());
	}

	private static boolean isUp(LabClient api) {
		try {
			return api.get("/actuator/health/liveness").status() == 200;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/** Live processes whose command line holds {@code argument}, from /proc. */
	private static List<Long> withArgument(String argument) {
		return ProcessHandle.allProcesses()
			.filter((p) -> cmdline(p.pid()).contains(argument))
			.map(ProcessHandle::pid)
			.toList();
	}

	private static String cmdline(long pid) {
		try {
			return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")),
					StandardCharsets.UTF_8)
				.replace('\0', ' ');
		}
		catch (IOException ex) {
			return "";
		}
	}

	private static String tail(Path log) {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
		}
		catch (IOException ex) {
			return "(no log)";
		}
	}

}
