package org.virtclass.system;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.virtclass.AppTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The header's language links keep the path and every query parameter; a form's answer is
 * sent again.
 */
class LanguageSwitchTests extends AppTestSupport {

	@Autowired
	MockMvcTester mvc;

	@Test
	void theLinksKeepThePathAndEveryQueryParameter() {
		assertThat(this.mvc.get().uri("/tools?q=virtual box&category=CONTAINER&lang=en")).hasStatusOk()
			.bodyText()
			.contains("href=\"/tools?q=virtual%20box&amp;category=CONTAINER&amp;lang=zh_CN\"")
			.contains("href=\"/tools?q=virtual%20box&amp;category=CONTAINER&amp;lang=en\"");
		assertThat(this.mvc.get().uri("/compare?a=kvm&b=gvisor&lang=zh_CN")).hasStatusOk()
			.bodyText()
			.contains("href=\"/compare?a=kvm&amp;b=gvisor&amp;lang=en\"");
	}

	@Test
	void aQuestionTypedIntoTheCheckerIsSentAgainInTheOtherLanguage() throws Exception {
		String page = this.mvc.post()
			.uri("/check?lang=en")
			.with(csrf())
			.param("question", "下列属于裸机型虚拟机的是")
			.param("options", "VirtualBox\nVMware ESXi")
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("<form id=\"lang-repost\" method=\"post\" action=\"/check\" hidden>")
			.contains("name=\"question\" value=\"下列属于裸机型虚拟机的是\"")
			.contains("name=\"options\" value=\"VirtualBox\nVMware ESXi\"")
			.containsPattern("name=\"_csrf\" value=\"[^\"]+\"");
		assertThat(this.mvc.post()
			.uri("/check")
			.with(csrf())
			.param("question", "下列属于裸机型虚拟机的是")
			.param("options", "VirtualBox\nVMware ESXi")
			.param("lang", "zh_CN")).hasStatusOk().bodyText().contains("lang=\"zh-CN\"").contains("VMware ESXi");
	}

	@Test
	void passwordsAreNeverEchoedIntoThePage() throws Exception {
		String page = this.mvc.post()
			.uri("/check?lang=en")
			.with(csrf())
			.param("question", "x")
			.param("newPassword", "s3cret-s3cret")
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"lang-repost\"").doesNotContain("s3cret-s3cret");
	}

}
