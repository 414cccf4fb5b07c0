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
	void missingOrBrokenValuesStayUnknown() {
		assertThat(GuestFacts.parse("@@VIRTCLASS-FACTS kernel= processes=x")).isEqualTo(new GuestFacts(null, null, null, null));
		assertThat(GuestFacts.parse("no facts here")).isNull();
	}

}
