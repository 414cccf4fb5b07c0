package org.virtclass.lab.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GuestFactsTests {

	@Test
	void parsesTheFactsLineEvenAfterTerminalNoise() {
		GuestFacts f = GuestFacts.parse(
				"\u001bc\u001b[?7l@@VIRTCLASS-FACTS kernel=6.1.0-56-cloud-amd64 processes=48 memtotal_kb=95112 hypervisor=yes\r");
		assertThat(f).isEqualTo(new GuestFacts("6.1.0-56-cloud-amd64", 48, 95112L, true));
	}

	@Test
	void parsesTheObservationsThatAlwaysDiffer() {
		GuestFacts f = GuestFacts.parse("@@VIRTCLASS-FACTS kernel=6.1.0-57-cloud-amd64 processes=46 memtotal_kb=45648 "
				+ "hypervisor=yes cpus=1 uptime_s=6.32 boot_id=5f4d08a0-696e-4161-9bdd-ceaff77e8a2e "
				+ "board=Standard%20PC%20(i440FX%20+%20PIIX,%201996) pid1=init\r");
		assertThat(f.cpus()).isEqualTo(1);
		assertThat(f.uptimeMillis()).isEqualTo(6320L);
		assertThat(f.bootId()).isEqualTo("5f4d08a0-696e-4161-9bdd-ceaff77e8a2e");
		assertThat(f.board()).isEqualTo("Standard PC (i440FX + PIIX, 1996)");
		assertThat(f.firstProcess()).isEqualTo("init");
	}

	@Test
	void missingOrBrokenValuesStayUnknown() {
		assertThat(GuestFacts.parse("@@VIRTCLASS-FACTS kernel= processes=x"))
			.isEqualTo(new GuestFacts(null, null, null, null));
		assertThat(GuestFacts.parse("@@VIRTCLASS-FACTS cpus= uptime_s=soon boot_id=not-an-id board= pid1=%zz"))
			.isEqualTo(new GuestFacts(null, null, null, null));
		assertThat(GuestFacts.parse("no facts here")).isNull();
	}

}
