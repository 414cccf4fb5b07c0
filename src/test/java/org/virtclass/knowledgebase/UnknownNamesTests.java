package org.virtclass.knowledgebase;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.virtclass.AppTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Unknown names: recorded cheaply, bounded, without who asked; listed, dismissed and
 * turned into tools.
 */
class UnknownNamesTests extends AppTestSupport {

	@Autowired
	UnknownNames unknownNames;

	@Autowired
	MockMvcTester mvc;

	private UnknownName find(String name) {
		return this.unknownNames.list().stream().filter((n) -> n.name().equals(name)).findFirst().orElse(null);
	}

	@Test
	void sightingsAreCountedWithTheLatestSampleAndANormalisedName() {
		this.unknownNames.record("  Frobozz   VM  ", "第一题");
		this.unknownNames.record("frobozz vm", null);
		this.unknownNames.record("ＦＲＯＢＯＺＺ VM", "Which is a hypervisor?");
		UnknownName n = find("frobozz vm");
		assertThat(n).isNotNull();
		assertThat(n.count()).isEqualTo(3);
		assertThat(n.sample()).isEqualTo("Which is a hypervisor?");
		assertThat(n.lastSeen()).isNotNull();
	}

	@Test
	void longNamesAndSamplesAreCutAndOneLetterIsIgnored() {
		this.unknownNames.record("q" + "x".repeat(300), "s".repeat(5000));
		this.unknownNames.record("q", "ignored");
		UnknownName n = this.unknownNames.list()
			.stream()
			.filter((u) -> u.name().startsWith("qxxx"))
			.findFirst()
			.orElseThrow();
		assertThat(n.name()).hasSize(UnknownNames.MAX_NAME);
		assertThat(n.sample()).hasSize(UnknownNames.MAX_SAMPLE);
		assertThat(find("q")).isNull();
	}

	@Test
	void theListIsBoundedAndTheLeastRecentlySeenGoFirst() throws InterruptedException {
		for (int i = 0; i < 5; i++) {
			this.unknownNames.record("old-name-" + i, null);
		}
		this.unknownNames.flush();
		Thread.sleep(20);
		for (int i = 0; i < UnknownNames.MAX_NAMES; i++) {
			this.unknownNames.record("new-name-" + i, null);
		}
		List<UnknownName> all = this.unknownNames.list();
		assertThat(all).hasSizeLessThanOrEqualTo(UnknownNames.MAX_NAMES);
		assertThat(all).extracting(UnknownName::name)
			.contains("new-name-0", "new-name-999")
			.doesNotContain("old-name-0", "old-name-4");
		all.stream()
			.filter((n) -> n.name().startsWith("new-name-"))
			.forEach((n) -> this.unknownNames.dismiss(n.name()));
	}

	@Test
	void aNameThatNowNamesAToolIsNoLongerListed() {
		this.unknownNames.record("VirtualBox", "Which is a type 2 hypervisor?");
		assertThat(find("virtualbox")).isNull();
	}

	@Test
	void recordingDoesNotWaitForTheDatabase() {
		long start = System.nanoTime();
		for (int i = 0; i < 10_000; i++) {
			this.unknownNames.record("speed-test-name", "sample");
		}
		long perCallNanos = (System.nanoTime() - start) / 10_000;
		// No timing assertion (the machine is shared): the count proves every call was
		// kept.
		System.out.println("UnknownNames.record: about " + perCallNanos + " ns per call");
		assertThat(find("speed-test-name").count()).isEqualTo(10_000);
		this.unknownNames.dismiss("speed-test-name");
	}

	@Test
	void aCatalogueSearchThatFindsNothingIsRecordedWithoutASample() {
		assertThat(this.mvc.get().uri("/tools?q=Glorptastic")).hasStatusOk();
		UnknownName n = find("glorptastic");
		assertThat(n).isNotNull();
		assertThat(n.sample()).isNull();
		assertThat(this.mvc.get().uri("/tools?q=docker")).hasStatusOk();
		assertThat(find("docker")).isNull();
	}

	@Test
	void theLiveSearchWhileTypingRecordsNothing() {
		assertThat(this.mvc.get().uri("/tools?q=Glorptasti").header("HX-Request", "true")).hasStatusOk();
		assertThat(find("glorptasti")).isNull();
	}

	@Test
	void theInstructorPageListsNamesLinksToAPrefilledFormAndDismisses() {
		this.unknownNames.record("Snorkel Hypervisor", "Which of these is a hypervisor?");
		assertThat(this.mvc.get().uri("/instructor/unknown-names?lang=en").with(user(INSTRUCTOR).roles("INSTRUCTOR")))
			.hasStatusOk()
			.bodyText()
			.contains("snorkel hypervisor", "Which of these is a hypervisor?", "Add as a tool",
					"/instructor/tools/new?name=snorkel%20hypervisor");
		assertThat(this.mvc.get()
			.uri("/instructor/tools/new?name=snorkel hypervisor&lang=en")
			.with(user(INSTRUCTOR).roles("INSTRUCTOR"))).hasStatusOk()
			.bodyText()
			.contains("value=\"snorkel hypervisor\"", "value=\"snorkel-hypervisor\"");
		assertThat(this.mvc.post()
			.uri("/instructor/unknown-names/dismiss")
			.param("name", "snorkel hypervisor")
			.with(user(INSTRUCTOR).roles("INSTRUCTOR"))).hasStatus4xxClientError();
		assertThat(find("snorkel hypervisor")).as("no CSRF token, nothing dismissed").isNotNull();
		assertThat(this.mvc.post()
			.uri("/instructor/unknown-names/dismiss")
			.param("name", "snorkel hypervisor")
			.with(user(INSTRUCTOR).roles("INSTRUCTOR"))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(find("snorkel hypervisor")).isNull();
	}

	@Test
	void theDashboardAndHeaderLinkToThePage() {
		assertThat(this.mvc.get().uri("/instructor?lang=en").with(user(INSTRUCTOR).roles("INSTRUCTOR"))).hasStatusOk()
			.bodyText()
			.contains("id=\"dash-unknown-names\"", "id=\"nav-unknown-names\"");
	}

	@Test
	void studentsCannotSeeThePage() {
		assertThat(this.mvc.get().uri("/instructor/unknown-names")).hasStatus3xxRedirection();
	}

}
