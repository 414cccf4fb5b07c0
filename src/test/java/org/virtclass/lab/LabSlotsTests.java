package org.virtclass.lab;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class LabSlotsTests {

	@Test
	void aTwoCoreClassroomServerGetsTwoVmsAndEightContainers() {
		LabSlots slots = LabSlots.of(settings(Map.of()), 2, 24_000);
		assertThat(slots.vms()).isEqualTo(2);
		assertThat(slots.containers()).isEqualTo(8);
		assertThat(slots.derived()).isTrue();
	}

	@Test
	void moreCoresGiveMoreSlotsUntilHalfTheMemoryIsTaken() {
		LabSlots big = LabSlots.of(settings(Map.of()), 16, 64_000);
		assertThat(big.vms()).isEqualTo(30);
		assertThat(big.containers()).isEqualTo(120);
		LabSlots small = LabSlots.of(settings(Map.of()), 16, 2_000);
		assertThat(small.vms()).as("1000 MB for the lab, 192 MB a VM").isEqualTo(5);
		assertThat(small.containers()).as("1000 MB, 64 MB a container").isEqualTo(15);
	}

	@Test
	void aTinyHostStillRunsOneOfEach() {
		LabSlots tiny = LabSlots.of(settings(Map.of()), 1, 100);
		assertThat(tiny.vms()).isEqualTo(1);
		assertThat(tiny.containers()).isEqualTo(1);
	}

	@Test
	void setCapsWinOverTheHost() {
		LabSlots set = LabSlots.of(settings(Map.of("max-concurrent-vms", "3", "max-concurrent-containers", "5")), 16,
				64_000);
		assertThat(set.vms()).isEqualTo(3);
		assertThat(set.containers()).isEqualTo(5);
		assertThat(set.derived()).isFalse();
	}

	private static LabProperties settings(Map<String, String> overrides) {
		Map<String, String> map = new java.util.HashMap<>();
		map.put("virtclass.lab.work-dir", Path.of("/tmp/unused").toString());
		overrides.forEach((k, v) -> map.put("virtclass.lab." + k, v));
		return new Binder(new MapConfigurationPropertySource(map)).bindOrCreate("virtclass.lab", LabProperties.class);
	}

}
