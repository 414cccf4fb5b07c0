package org.virtclass.knowledgebase.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.virtclass.AppTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "/compare" with a name that matches no tool says so and offers the closest names, never
 * a stand-in.
 */
class CompareControllerTests extends AppTestSupport {

	@Autowired
	MockMvcTester mvc;

	@Test
	void anUnknownNameIsReportedWithTheClosestToolsAndNothingIsCompared() {
		assertThat(this.mvc.get().uri("/compare?a=kvm&b=foo&lang=en")).hasStatusOk()
			.bodyText()
			.contains("No tool is called “foo”, so nothing is compared.")
			.contains("id=\"unknown-b\"")
			.contains("href=\"/compare?a=kvm&amp;b=")
			.doesNotContain("id=\"criteria-table\"")
			.doesNotContain("Showing");
	}

	@Test
	void aMisspeltNameOffersTheToolItResembles() {
		assertThat(this.mvc.get().uri("/compare?a=virtualbx&b=docker&lang=zh_CN")).hasStatusOk()
			.bodyText()
			.contains("没有叫“virtualbx”的工具")
			.contains("href=\"/compare?a=virtualbox&amp;b=docker\"")
			.doesNotContain("id=\"criteria-table\"");
	}

	@Test
	void closestNamesRanksByEditDistance() {
		assertThat(ClosestNames.levenshtein("virtualbx", "virtualbox")).isEqualTo(1);
		assertThat(ClosestNames.levenshtein("", "kvm")).isEqualTo(3);
		assertThat(ClosestNames.levenshtein("kvm", "kvm")).isZero();
	}

}
