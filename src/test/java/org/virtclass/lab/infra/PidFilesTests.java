package org.virtclass.lab.infra;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.virtclass.lab.LabProperties;
import org.virtclass.lab.LabTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a crash, the next start finds the VM and the container the dead app left running
 * through their pid files, and kills them. The "crash" is simply forgetting the launched
 * processes.
 */
@Tag("lab")
@ExtendWith(LabTestSupport.class)
@ResourceLock(LabTestSupport.PROCESSES)
class PidFilesTests {

	Path dir = LabTestSupport.tempDataDir("pid-files");

	@Test
	void theStartUpSweepKillsWhatACrashedAppLeftRunning() throws Exception {
		LabProperties properties = LabSettings.of(dir, "kernel", LabTestSupport.kernel().toString(), "accelerator",
				"tcg", "yield-cpu", LabTestSupport.YIELD_CPU);
		PidFiles pidFiles = new PidFiles(properties);
		LabCgroups cgroups = new LabCgroups(properties);
		LabHost host = new LabHost(properties, pidFiles, cgroups);
		host.prepare();
		assertThat(host.vmAvailable()).isTrue();
		assertThat(host.containerAvailable()).isTrue();

		ByteArrayOutputStream ignored = new ByteArrayOutputStream();
		SandboxProcess vm = new QemuSandbox(host, properties, pidFiles, cgroups).launch("crashed-vm",
				ignored::writeBytes);
		SandboxProcess container = new RuncSandbox(host, properties, pidFiles).launch("crashed-container",
				ignored::writeBytes);
		drain(vm);
		drain(container);
		LabTestSupport.await(Duration.ofSeconds(10),
				() -> runcList(host, properties).contains("virtclass-crashed-container"), "the container is up");
		assertThat(Files.exists(properties.runsDir().resolve("crashed-vm/pid"))).isTrue();

		int killed = new PidFiles(properties).sweep(host.runc());

		assertThat(killed).isEqualTo(2);
		assertThat(ProcessHandle.of(vm.pid())).isEmpty();
		assertThat(ProcessHandle.of(container.pid())).isEmpty();
		assertThat(runcList(host, properties)).doesNotContain("virtclass-crashed-container");
		try (var runs = Files.list(properties.runsDir())) {
			assertThat(runs).isEmpty();
		}
	}

	@Test
	void aRecycledPidIsNotKilled() throws Exception {
		LabProperties properties = LabSettings.of(dir);
		Process bystander = new ProcessBuilder("sleep", "30").start();
		try {
			Path run = Files.createDirectories(properties.runsDir().resolve("old-run"));
			Files.writeString(run.resolve("pid"), "pid=" + bystander.pid() + "\nstart=1\n");
			assertThat(new PidFiles(properties).sweep(null)).isZero();
			assertThat(bystander.isAlive()).isTrue();
			assertThat(Files.exists(run)).isFalse();
		}
		finally {
			bystander.destroyForcibly();
		}
	}

	private static String runcList(LabHost host, LabProperties properties) {
		return HostProcesses.run(List.of(host.runc().toString(), "--root", properties.runcRoot().toString(), "list"))
			.map(HostProcesses.Result::output)
			.orElse("");
	}

	private static void drain(SandboxProcess process) {
		Thread t = new Thread(() -> {
			try {
				process.output().transferTo(java.io.OutputStream.nullOutputStream());
			}
			catch (java.io.IOException ex) {
				// killed
			}
		});
		t.setDaemon(true);
		t.start();
	}

}
