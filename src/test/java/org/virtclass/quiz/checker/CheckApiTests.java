package org.virtclass.quiz.checker;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.virtclass.AppTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

class CheckApiTests extends AppTestSupport {

	@Autowired
	MockMvcTester mvc;

	private MockMvcTester.MockMvcRequestBuilder post(String body) {
		return this.mvc.post().uri("/api/quiz/check").contentType(MediaType.APPLICATION_JSON).content(body);
	}

	@Test
	void theSeedQuestionIsAnsweredWithDockerAndAChineseExplanation() {
		var json = assertThat(post("""
				{"question": "以下软件中不属于虚拟机工具软件的是（ ）",
				 "options": ["A. VMware Workstation", "B. Oracle VirtualBox", "C. Microsoft Hyper-V", "D. Docker"]}
				""")).hasStatusOk().bodyJson();
		json.extractingPath("$.ask").isEqualTo("NOT_VM_TOOL");
		json.extractingPath("$.answerIndex").isEqualTo(3);
		json.extractingPath("$.answer").isEqualTo("Docker");
		json.extractingPath("$.confidence").isEqualTo(1.0);
		json.extractingPath("$.explanation").asString().contains("答案是 D（Docker）");
		json.extractingPath("$.options[3].slug").isEqualTo("docker");
		json.extractingPath("$.options[3].category").isEqualTo("CONTAINER");
		json.extractingPath("$.options[3].vmTool").isEqualTo(false);
		json.extractingPath("$.options[3].reason").asString().contains("共享宿主机内核");
		json.extractingPath("$.options[0].vmTool").isEqualTo(true);
	}

	@Test
	void anUnknownOptionIsReportedAsNullAndNamedFirstAndTheAnswerIsNotAGuess() {
		var json = assertThat(post("""
				{"question": "Which is an example of a Type 2 hypervisor?",
				 "options": ["VMware ESXi", "Oracle VirtualBox", "Krita", "Xen"]}
				""")).hasStatusOk().bodyJson();
		json.extractingPath("$.ask").isEqualTo("TYPE_2_HYPERVISOR");
		json.extractingPath("$.answerIndex").isNull();
		json.extractingPath("$.answer").isNull();
		json.extractingPath("$.confidence").isEqualTo(0.0);
		json.extractingPath("$.options[1].slug").isEqualTo("virtualbox");
		json.extractingPath("$.options[2].slug").isNull();
		json.extractingPath("$.options[2].category").isNull();
		json.extractingPath("$.options[2].vmTool").isNull();
		json.extractingPath("$.options[2].reason").asString().contains("not in the knowledge base");
		json.extractingPath("$.explanation")
			.asString()
			.startsWith("The knowledge base does not know C. Krita")
			.contains("B. Oracle VirtualBox fits", "no single answer");
	}

	@Test
	void aTypeTwoQuestionWithKnownOptionsIsAnswered() {
		var json = assertThat(post("""
				{"question": "Which is an example of a Type 2 hypervisor?",
				 "options": ["VMware ESXi", "Oracle VirtualBox", "Adobe Photoshop", "Xen"]}
				""")).hasStatusOk().bodyJson();
		json.extractingPath("$.answerIndex").isEqualTo(1);
		json.extractingPath("$.explanation").asString().contains("The answer is B");
	}

	@Test
	void unknownNamesReachInstructorsWithoutWhoAsked() throws Exception {
		assertThat(post("""
				{"question": "Which of these is a hypervisor?",
				 "options": ["Zorblax Hypervisor Suite 9", "Docker", "Git"]}
				""")).hasStatusOk();
		var json = assertThat(this.mvc.get().uri("/api/kb/unknown-names").with(httpBasic(INSTRUCTOR, PASSWORD)))
			.hasStatusOk()
			.bodyJson();
		json.extractingPath("$[?(@.name == 'zorblax hypervisor suite')].count").asArray().containsExactly(1);
		json.extractingPath("$[?(@.name == 'zorblax hypervisor suite')].sample")
			.asArray()
			.containsExactly("Which of these is a hypervisor?");
		json.extractingPath("$[0]").asMap().containsOnlyKeys("name", "count", "lastSeen", "sample");
	}

	@Test
	void theUnknownNamesApiIsForInstructorsOnly() {
		assertThat(this.mvc.get().uri("/api/kb/unknown-names")).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void aGivenAskAndLanguageNeedNoStem() {
		var json = assertThat(post("""
				{"options": ["LXC", "KVM"], "ask": "CONTAINER", "lang": "zh-CN"}
				""")).hasStatusOk().bodyJson();
		json.extractingPath("$.answerIndex").isEqualTo(0);
		json.extractingPath("$.explanation").asString().startsWith("题目问的是");
	}

	@Test
	void anonymousStudentsMayCheckWithoutACsrfToken() {
		assertThat(post("{\"options\": [\"Xen\", \"Docker\"], \"ask\": \"VM_TOOL\"}")).hasStatusOk();
	}

	@Nested
	class BadRequests {

		@Test
		void anUnreadableStemIsA422ThatListsTheQuestionsItUnderstands() {
			var json = assertThat(post("""
					{"question": "下列软件中属于杀毒软件的是", "options": ["360杀毒", "Docker"]}
					""")).hasStatus(HttpStatus.valueOf(422))
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyJson();
			json.extractingPath("$.status").isEqualTo(422);
			json.extractingPath("$.understood.length()").isEqualTo(Ask.values().length);
			json.extractingPath("$.understood[0].ask").isEqualTo("NOT_VM_TOOL");
			json.extractingPath("$.understood[0].examples").asArray().contains("以下软件中不属于虚拟机工具软件的是");
		}

		@Test
		void unknownKeysAndBadValuesAreA400ThatNamesThem() {
			var json = assertThat(post("""
					{"question": "Which is a hypervisor?", "options": ["Xen", 7], "ask": "HYPERVISOR",
					 "lang": "fr", "hint": "none"}
					""")).hasStatus(HttpStatus.BAD_REQUEST).bodyJson();
			json.extractingPath("$.errors.hint").asString().contains("unknown key");
			json.extractingPath("$.errors.ask").asString().contains("HYPERVISOR");
			json.extractingPath("$.errors.lang").asString().contains("fr");
			json.extractingPath("$['errors']['options[1]']").asString().contains("string");
		}

		@Test
		void tooFewOptionsAreA400() {
			assertThat(post("{\"question\": \"Which is a hypervisor?\", \"options\": [\"Xen\"]}"))
				.hasStatus(HttpStatus.BAD_REQUEST)
				.bodyJson()
				.extractingPath("$.errors.options")
				.asString()
				.contains("1");
		}

		@Test
		void aMissingBodyIsA400() {
			assertThat(CheckApiTests.this.mvc.post().uri("/api/quiz/check").contentType(MediaType.APPLICATION_JSON))
				.hasStatus(HttpStatus.BAD_REQUEST);
		}

	}

}
