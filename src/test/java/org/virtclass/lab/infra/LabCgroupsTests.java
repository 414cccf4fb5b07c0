package org.virtclass.lab.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.virtclass.lab.LabProperties;
import org.virtclass.lab.LabTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The lab's group as {@link LabCgroups#prepare} leaves it, on a cgroup file system laid
 * out in a temporary directory the way the kernel lays out v1 and v2: the lab is capped
 * below the host's cores and weighs less than one thread of the app, whose cgroup it sits
 * in, so the quiz keeps its CPU while the lab is saturated. That processes land in the
 * group is {@code LabApiTests}, with real QEMU and runc.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(LabTestSupport.PROCESSES)
class LabCgroupsTests {

	private static final int CORES = Runtime.getRuntime().availableProcessors();

	@TempDir
	Path root;

	@Nested
	class V1 {

		/** The app in {@code /classroom} of the cpu and memory hierarchies. */
		private Path cpu;

		private LabCgroups prepared(String... overrides) throws IOException {
			cpu = Files.createDirectories(root.resolve("cpu/classroom"));
			Files.createDirectories(root.resolve("memory/classroom"));
			Path self = root.resolve("self-cgroup");
			Files.writeString(self, "4:memory:/classroom\n2:cpuacct:/\n1:cpu:/classroom\n0::/\n");
			LabCgroups cgroups = new LabCgroups(LabSettings.of(root.resolve("work"), overrides), root, self);
			cgroups.prepare();
			return cgroups;
		}

		@Test
		void theLabGroupWeighsLessThanOneThreadOfTheApp() throws IOException {
			LabCgroups cgroups = prepared();

			assertThat(cgroups.problem()).isNull();
			assertThat(cgroups.labGroup("cpu")).isEqualTo(cpu.resolve("virtclass-lab"));
			int shares = Integer.parseInt(read(cpu.resolve("virtclass-lab/cpu.shares")));
			assertThat(shares).as("a thread at nice 0 in the app's group weighs 1024").isLessThan(1024).isEqualTo(2);
		}

		@Test
		void aNamedGroupIsTheOneWeighedAndCappedAndTheDefaultIsLeftAlone() throws IOException {
			LabCgroups cgroups = prepared("cgroup", "virtclass-lab-staging", "yield-cpu", "false");

			assertThat(cgroups.labGroup("cpu")).isEqualTo(cpu.resolve("virtclass-lab-staging"));
			assertThat(read(cpu.resolve("virtclass-lab-staging/cpu.shares"))).isEqualTo("1024");
			assertThat(cpu.resolve("virtclass-lab")).doesNotExist();
		}

		@Test
		void aGroupNameThatIsNotOnePathSegmentIsRefusedAtStart() {
			assertThatThrownBy(() -> LabSettings.of(root.resolve("work"), "cgroup", "../system.slice"))
				.hasRootCauseInstanceOf(IllegalArgumentException.class)
				.hasRootCauseMessage("virtclass.lab.cgroup must be one name of lower-case letters, digits and dashes "
						+ "(at most 63), not '../system.slice'");
		}

		@Test
		void theLabIsCappedBelowTheHostsCores() throws IOException {
			prepared();

			long quota = Long.parseLong(read(cpu.resolve("virtclass-lab/cpu.cfs_quota_us")));
			long period = Long.parseLong(read(cpu.resolve("virtclass-lab/cpu.cfs_period_us")));
			assertThat(quota).isPositive().isLessThan(CORES * period);
		}

		@Test
		void aSetCapIsWrittenAsTheQuota() throws IOException {
			prepared("lab-cpus", "0.25");

			assertThat(read(cpu.resolve("virtclass-lab/cpu.cfs_quota_us"))).isEqualTo("25000");
		}

		@Test
		void whereTheKernelHasCpuIdleTheGroupIsIdleAfterItsWeightWasSet() throws IOException {
			Path lab = Files.createDirectories(root.resolve("cpu/classroom/virtclass-lab"));
			// an earlier start left the group idle, as the kernel then refuses a new
			// weight
			Files.writeString(lab.resolve("cpu.idle"), "1");
			Files.writeString(lab.resolve("cpu.shares"), "3");

			prepared();

			assertThat(read(lab.resolve("cpu.idle"))).isEqualTo("1");
			assertThat(read(lab.resolve("cpu.shares"))).isEqualTo("2");
		}

		@Test
		void aLabThatIsNotToYieldWeighsAsOneProcessAndIsNotIdle() throws IOException {
			Path lab = Files.createDirectories(root.resolve("cpu/classroom/virtclass-lab"));
			Files.writeString(lab.resolve("cpu.idle"), "1");

			prepared("yield-cpu", "false");

			assertThat(read(lab.resolve("cpu.shares"))).isEqualTo("1024");
			assertThat(read(lab.resolve("cpu.idle"))).isEqualTo("0");
			assertThat(Long.parseLong(read(lab.resolve("cpu.cfs_quota_us")))).as("capped all the same")
				.isLessThan(CORES * 100_000L);
		}

		@Test
		void withoutCpuIdleOnlyTheWeightIsSet() throws IOException {
			prepared();

			assertThat(cpu.resolve("virtclass-lab/cpu.idle")).doesNotExist();
		}

	}

	@Nested
	class V2 {

		private Path app;

		private LabCgroups prepared() throws IOException {
			app = Files.createDirectories(root.resolve("system.slice/classroom.service"));
			Files.writeString(root.resolve("cgroup.controllers"), "cpuset cpu io memory pids\n");
			Files.writeString(app.resolve("cgroup.controllers"), "cpu memory pids\n");
			Path lab = Files.createDirectories(app.resolve("virtclass-lab"));
			Files.writeString(lab.resolve("cgroup.controllers"), "cpu memory\n");
			Files.writeString(lab.resolve("cpu.idle"), "0");
			Path self = root.resolve("self-cgroup");
			Files.writeString(self, "0::/system.slice/classroom.service\n");
			LabCgroups cgroups = new LabCgroups(LabSettings.of(root.resolve("work")), root, self);
			cgroups.prepare();
			return cgroups;
		}

		@Test
		void theLabGroupHasTheLeastWeightTheIdlePolicyAndACapBelowTheCores() throws IOException {
			LabCgroups cgroups = prepared();

			assertThat(cgroups.problem()).isNull();
			Path lab = app.resolve("virtclass-lab");
			assertThat(Integer.parseInt(read(lab.resolve("cpu.weight")))).as("a thread at nice 0 weighs 100")
				.isLessThan(100)
				.isEqualTo(1);
			assertThat(read(lab.resolve("cpu.idle"))).isEqualTo("1");
			String[] max = read(lab.resolve("cpu.max")).split(" ");
			assertThat(Long.parseLong(max[0])).isPositive().isLessThan(CORES * Long.parseLong(max[1]));
			assertThat(read(app.resolve("cgroup.subtree_control"))).isEqualTo("+cpu +memory");
		}

	}

	@Test
	void withoutCgroupsTheProblemIsNamed() {
		LabProperties properties = LabSettings.of(root.resolve("work"));
		LabCgroups cgroups = new LabCgroups(properties, root, root.resolve("missing"));

		cgroups.prepare();

		assertThat(cgroups.problem()).isNotBlank();
		assertThat(cgroups.labGroup("cpu")).isNull();
	}

	private static String read(Path file) throws IOException {
		return Files.readString(file).strip();
	}

}
