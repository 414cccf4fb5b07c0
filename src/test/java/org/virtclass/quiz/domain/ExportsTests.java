package org.virtclass.quiz.domain;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.virtclass.quiz.Difficulty;
import org.virtclass.quiz.LiveState;
import org.virtclass.quiz.Question;
import org.virtclass.quiz.QuestionType;

import static org.assertj.core.api.Assertions.assertThat;

class ExportsTests {

	static final Question TRICKY = new Question(QuestionType.NOT_VM_TOOL, Difficulty.EASY, "en",
			"Which is not a VM tool: <b> & \"quotes\" {braces} = ~ # : ?",
			List.of(new Question.Option("Docker", "docker", "Containers share the host kernel."),
					new Question.Option("Oracle VirtualBox", "virtualbox", "Guests boot their own kernel: a VM tool."),
					new Question.Option("VMware ESXi", "vmware-esxi", "Type 1 <hypervisor> & more.")),
			0, "Docker = containers;\nno guest kernel.", List.of("docker", "virtualbox", "vmware-esxi"), null);

	static final Question CHINESE = new Question(QuestionType.VM_TOOL, Difficulty.EASY, "zh-CN",
			"以下软件中，属于虚拟机工具软件的是哪一个？",
			List.of(new Question.Option("WinRAR", "winrar", "WinRAR：不是虚拟化软件。"),
					new Question.Option("Oracle VirtualBox", "virtualbox", "VirtualBox：虚拟机工具。"),
					new Question.Option("火绒安全", "huorong", "火绒安全：不是虚拟化软件。")),
			1, "VirtualBox：每个客户机都启动自己的内核。", List.of("virtualbox"), null);

	@Test
	void moodleXmlIsWellFormedWithOneFullMarkAnswerAndFeedbackOnEveryOption() throws Exception {
		String xml = Exports.moodleXml("ABC234", List.of(TRICKY, CHINESE));
		Document doc = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
		NodeList questions = doc.getElementsByTagName("question");
		assertThat(questions.getLength()).isEqualTo(3);
		assertThat(((Element) questions.item(0)).getAttribute("type")).isEqualTo("category");
		Element first = (Element) questions.item(1);
		assertThat(first.getAttribute("type")).isEqualTo("multichoice");
		assertThat(text(first, "single")).isEqualTo("true");
		NodeList answers = first.getElementsByTagName("answer");
		assertThat(answers.getLength()).isEqualTo(3);
		assertThat(((Element) answers.item(0)).getAttribute("fraction")).isEqualTo("100");
		assertThat(((Element) answers.item(1)).getAttribute("fraction")).isEqualTo("0");
		assertThat(((Element) answers.item(2)).getElementsByTagName("feedback").item(0).getTextContent().strip())
			.isEqualTo("Type 1 &lt;hypervisor&gt; &amp; more.");
		// the question text is HTML: markup in the stem arrives escaped, never as a tag
		assertThat(first.getElementsByTagName("questiontext").item(0).getTextContent())
			.contains("&lt;b&gt; &amp; &quot;quotes&quot;");
		assertThat(first.getElementsByTagName("generalfeedback").item(0).getTextContent())
			.contains("Docker = containers; no guest kernel.");
		Element chinese = (Element) questions.item(2);
		assertThat(chinese.getElementsByTagName("questiontext").item(0).getTextContent()).contains("虚拟机工具软件");
		assertThat(((Element) chinese.getElementsByTagName("answer").item(1)).getAttribute("fraction"))
			.isEqualTo("100");
	}

	@Test
	void giftEscapesItsSpecialCharactersAndMarksTheKeyWithAnEqualsSign() {
		String gift = Exports.gift("ABC234", List.of(TRICKY));
		assertThat(gift).contains("$CATEGORY: $course$/VirtClass/ABC234");
		assertThat(gift).contains("::VirtClass ABC234 Q1 NOT_VM_TOOL::Which is not a VM tool\\: <b> & \"quotes\" "
				+ "\\{braces\\} \\= \\~ \\# \\: ? {");
		assertThat(gift).contains("\t=Docker #Containers share the host kernel.\n");
		assertThat(gift).contains("\t~Oracle VirtualBox #Guests boot their own kernel\\: a VM tool.\n");
		assertThat(gift).contains("\t####Docker \\= containers; no guest kernel.\n}");
		String body = gift.substring(gift.indexOf("::"), gift.lastIndexOf('}'));
		assertThat(body).doesNotContain("\n\n");
	}

	@Test
	void theCsvHasOneRowPerAnswerQuotesWhereNeededAndDefusesFormulas() {
		SessionResults.Results results = new SessionResults.Results("ABC234", LiveState.FINISHED, "en", Instant.EPOCH,
				List.of(), List.of(),
				List.of(new SessionResults.Response("Ann", 1, "A", "Docker", true,
						Instant.parse("2025-03-01T09:00:00Z"), 2500L),
						new SessionResults.Response("=HYPERLINK(\"x\")", 1, "B", "Oracle VirtualBox, 7", false,
								Instant.parse("2025-03-01T09:00:03Z"), 4000L)));
		String csv = Exports.csv(results);
		assertThat(csv).startsWith("\uFEFFstudent,question,option chosen,correct,time,seconds to answer\r\n");
		assertThat(csv).contains("Ann,1,A: Docker,true,2025-03-01T09:00:00Z,2.5\r\n");
		assertThat(csv)
			.contains("\"'=HYPERLINK(\"\"x\"\")\",1,\"B: Oracle VirtualBox, 7\",false,2025-03-01T09:00:03Z,4.0\r\n");
	}

	@Test
	void aPlayerWhoDidNotAnswerGetsARowWithBlankCells() {
		SessionResults.Results results = new SessionResults.Results("ABC234", LiveState.FINISHED, "en", Instant.EPOCH,
				List.of(), List.of(),
				List.of(new SessionResults.Response("Ann", 1, "A", "Docker", true,
						Instant.parse("2025-03-01T09:00:00Z"), 2500L),
						new SessionResults.Response("Bob", 1, null, null, null, null, null)));
		String csv = Exports.csv(results);
		assertThat(csv.split("\r\n")).hasSize(3);
		assertThat(csv).endsWith("Ann,1,A: Docker,true,2025-03-01T09:00:00Z,2.5\r\nBob,1,,,,\r\n");
		assertThat(results.answerCount()).isEqualTo(1);
	}

	private static String text(Element parent, String tag) {
		return parent.getElementsByTagName(tag).item(0).getTextContent().strip();
	}

}
