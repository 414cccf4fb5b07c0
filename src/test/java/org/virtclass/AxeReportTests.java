package org.virtclass;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AxeReportTests {

	@Test
	void eachStateCountsOnceWithItsNewestCheckAndTheTotalsAddUp() {
		String table = AxeReport.table(List.of("axe tools-en [/tools?lang=en]: critical=0 serious=3 moderate=1 minor=0",
				"  FAIL color-contrast (serious, 3): …",
				"axe check-en [/check]: critical=0 serious=0 moderate=2 minor=1",
				"axe tools-en [/tools?lang=en]: critical=0 serious=0 moderate=1 minor=0"));
		assertThat(table)
			.contains("| check-en | `/check` | 0 | 0 | 2 | 1 |", "| tools-en | `/tools?lang=en` | 0 | 0 | 1 | 0 |",
					"| **2 states** | | 0 | 0 | 3 | 1 |")
			.doesNotContain("| 0 | 3 | 1 | 0 |");
		assertThat(table.lines()).hasSize(5);
	}

}
