package org.virtclass.lab.infra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.virtclass.lab.LabTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduling policy lab commands start with: they run, with their arguments, under
 * {@code SCHED_IDLE} (policy 5), and so do the processes they start.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(LabTestSupport.PROCESSES)
class HostProcessesTests {

	private static final int SCHED_IDLE = 5;

	@Test
	void aCommandAtIdlePriorityRunsWithItsArgumentsUnderSchedIdle() throws Exception {
		String out = run(HostProcesses.atIdlePriority(List.of("/bin/cat", "/proc/self/stat")));

		assertThat(policy(out)).isEqualTo(SCHED_IDLE);
	}

	@Test
	void itsChildrenInheritThePolicy() throws Exception {
		String out = run(HostProcesses.atIdlePriority(List.of("/bin/sh", "-c", "cat /proc/self/stat; exit 0")));

		assertThat(policy(out)).isEqualTo(SCHED_IDLE);
	}

	private static String run(List<String> argv) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(argv).redirectErrorStream(true).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(out).isZero();
		return out;
	}

	/** Field 41 of /proc/PID/stat, counting the command name as field 2. */
	private static int policy(String stat) {
		String[] after = stat.substring(stat.lastIndexOf(')') + 2).strip().split(" ");
		return Integer.parseInt(after[41 - 3]);
	}

}
