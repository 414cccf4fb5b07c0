package org.virtclass.quiz.checker;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.virtclass.quiz.checker.KnowledgeBaseFiles.CHECKER;
import static org.virtclass.quiz.checker.KnowledgeBaseFiles.MESSAGES;

class QuestionCheckerTests {

	static Stream<ExamItems.Item> examItems() {
		return ExamItems.ALL.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examItems")
	void answersExamItemsInBothLanguages(ExamItems.Item item) {
		Check check = CHECKER.check(item.stem(), item.options(), null, null);
		CheckAnswer answer = CheckAnswer.of(check, MESSAGES);
		assertThat(check.ask()).isEqualTo(item.ask());
		assertThat(check.answerIndex()).as(answer.explanation()).isEqualTo(item.answer());
		assertThat(answer.confidence()).isBetween(0.0, 1.0).isPositive();
		assertThat(answer.explanation()).doesNotContain("checker.", "classification.");
		boolean chinese = StemReader.isChinese(item.stem());
		assertThat(StemReader.isChinese(answer.explanation())).isEqualTo(chinese);
		assertThat(answer.options()).hasSameSizeAs(item.options())
			.allSatisfy((o) -> assertThat(o.reason()).isNotBlank().doesNotContain("checker.", "classification."));
	}

	@Test
	void theSeedQuestionHasDockerAsTheKeyWithFullConfidence() {
		CheckAnswer answer = CheckAnswer.of(CHECKER.check("以下软件中不属于虚拟机工具软件的是",
				List.of("A. VMware Workstation", "B. Oracle VirtualBox", "C. Microsoft Hyper-V", "D. Docker"), null,
				null), MESSAGES);
		assertThat(answer.ask()).isEqualTo(Ask.NOT_VM_TOOL);
		assertThat(answer.answerIndex()).isEqualTo(3);
		assertThat(answer.answer()).isEqualTo("Docker");
		assertThat(answer.confidence()).isEqualTo(1.0);
		assertThat(answer.explanation()).startsWith("题目问的是：哪一项不是虚拟机工具？").contains("答案是 D（Docker）", "共享宿主机内核");
		assertThat(answer.options().get(3)).satisfies((o) -> {
			assertThat(o.slug()).isEqualTo("docker");
			assertThat(o.category()).isEqualTo("CONTAINER");
			assertThat(o.vmTool()).isFalse();
			assertThat(o.reason()).contains("容器工具", "所以符合题意");
		});
		assertThat(answer.options().get(0).vmTool()).isTrue();
	}

	@Test
	void theExplanationFollowsTheGivenLanguageOverTheStem() {
		CheckAnswer answer = CheckAnswer.of(
				CHECKER.check("以下软件中不属于虚拟机工具软件的是", List.of("VMware Workstation", "Docker"), null, Locale.ENGLISH),
				MESSAGES);
		assertThat(answer.explanation())
			.startsWith("The question asks: Which option is not a virtual machine (VM) tool?")
			.contains("The answer is B, “Docker”.");
	}

	@Test
	void aGivenAskNeedsNoStem() {
		Check check = CHECKER.check(null, List.of("KVM", "Docker", "LXC"), Ask.VM_TOOL, null);
		assertThat(check.answerIndex()).isZero();
		assertThat(check.askFromStem()).isFalse();
		assertThat(check.locale()).isEqualTo(Locale.ENGLISH);
	}

	@Test
	void vmwareAloneIsReadAsTheFamilyEntryAndTheReasonSaysSo() {
		Check check = CHECKER.check("Which is a type 2 hypervisor?", List.of("VMware", "Xen", "ESXi"), null, null);
		assertThat(check.options().get(0).tool().slug()).isEqualTo("vmware-family");
		assertThat(CheckAnswer.of(check, MESSAGES).options().get(0).reason()).contains("VMware (product family)",
				"Sources disagree", "“VMware” names a vendor or a family of products");
		assertThat(check.answerIndex()).isZero();
		assertThat(check.confidence()).isLessThan(1.0);
	}

	@Test
	void anUnknownOptionIsTheAnswerByEliminationWithLowerConfidence() {
		CheckAnswer answer = CheckAnswer.of(
				CHECKER.check("下列不属于虚拟机软件的是", List.of("VMware", "VirtualBox", "Virtual PC", "美图秀秀"), null, null),
				MESSAGES);
		assertThat(answer.answerIndex()).isEqualTo(3);
		assertThat(answer.options().get(3).slug()).isNull();
		assertThat(answer.options().get(3).category()).isNull();
		assertThat(answer.options().get(3).reason()).contains("知识库中没有“美图秀秀”");
		assertThat(answer.explanation()).contains("排除法");
		assertThat(answer.confidence()).isLessThanOrEqualTo(QuestionChecker.BY_ELIMINATION);
	}

	@Test
	void kvmIsTheAnswerToTypeOneOnlyWhenNoBareMetalHypervisorIsOffered() {
		Check onlyKvm = CHECKER.check("Which is a type 1 hypervisor?",
				List.of("VirtualBox", "KVM", "Parallels Desktop"), null, null);
		assertThat(onlyKvm.answerIndex()).isEqualTo(1);
		assertThat(onlyKvm.options().get(1).fit()).isEqualTo(Fit.PARTIAL);
		Check withXen = CHECKER.check("Which is a type 1 hypervisor?", List.of("VirtualBox", "KVM", "Xen"), null, null);
		assertThat(withXen.answerIndex()).isEqualTo(2);
		assertThat(withXen.confidence()).isLessThan(onlyKvm.confidence() / QuestionChecker.ONLY_PARTIAL);
	}

	@Test
	void twoOptionsThatFitGiveNoSingleAnswer() {
		CheckAnswer answer = CheckAnswer.of(
				CHECKER.check("下列哪个不是虚拟机软件？", List.of("VMware", "Docker", "WinRAR", "VirtualBox"), null, null),
				MESSAGES);
		assertThat(answer.answerIndex()).isNull();
		assertThat(answer.answer()).isNull();
		assertThat(answer.confidence()).isZero();
		assertThat(answer.explanation()).contains("不止一个选项符合题意", "B. Docker", "C. WinRAR");
	}

	@Test
	void virtualizationInTheStemPrefersOrdinarySoftwareOverContainers() {
		Check check = CHECKER.check("下列不属于虚拟化技术的是", List.of("VMware", "Docker", "KVM", "WinRAR"), null, null);
		assertThat(check.answerIndex()).isEqualTo(3);
		assertThat(check.options().get(1).fit()).isEqualTo(Fit.PARTIAL);
	}

	@Test
	void anUnknownOptionIsNamedInTheFirstSentenceAndAMisspellingOnlySuggests() {
		CheckAnswer answer = CheckAnswer.of(
				CHECKER.check("Which is a container tool?", List.of("Dokcer", "VirtualBox", "Xen"), null, null),
				MESSAGES);
		assertThat(answer.explanation()).startsWith("The knowledge base does not know A. Dokcer");
		assertThat(answer.options().get(0).slug()).isNull();
		assertThat(answer.options().get(0).reason()).contains("Did you mean Docker");
		assertThat(answer.answerIndex()).as("only unknown option, others ruled out").isZero();
		assertThat(answer.confidence()).isLessThanOrEqualTo(QuestionChecker.BY_ELIMINATION);
	}

	@Test
	void anOptionThatFitsNextToAnUnknownOneGivesNoSingleAnswerAndShowsBoth() {
		CheckAnswer answer = CheckAnswer.of(
				CHECKER.check("Which of the following is not a virtual machine tool?",
						List.of("VMware Workstation", "Quokka Studio 3", "WinRAR", "VirtualBox"), null, null),
				MESSAGES);
		assertThat(answer.answerIndex()).isNull();
		assertThat(answer.explanation()).startsWith("The knowledge base does not know B. Quokka Studio 3")
			.contains("C. WinRAR fits", "could fit too", "no single answer");
	}

	@Test
	void noEliminationWhenTwoOptionsAreUnknown() {
		Check check = CHECKER.check("下列不属于虚拟机软件的是", List.of("VMware Workstation", "Quokka 甲", "Quokka 乙", "VirtualBox"),
				null, null);
		assertThat(check.answerIndex()).isNull();
	}

	@Test
	void allOfTheAboveIsTheKeyWhenEveryOtherOptionFits() {
		Check check = CHECKER.check("Which of the following are type 2 hypervisors?",
				List.of("A. VirtualBox", "B. VMware Workstation", "C. Parallels Desktop", "D. All of the above"), null,
				null);
		assertThat(check.answerIndex()).isEqualTo(3);
		Check not = CHECKER.check("以下属于寄居型虚拟机的是", List.of("VirtualBox", "VMware ESXi", "Parallels Desktop", "以上都是"),
				null, null);
		assertThat(not.answerIndex()).as("ESXi is type 1, so not all fit").isNull();
		assertThat(not.options().get(3).fit()).isEqualTo(Fit.NONE);
	}

	@Test
	void noneOfTheAboveIsTheKeyWhenNoOtherOptionFits() {
		Check check = CHECKER.check("下列属于容器技术的是", List.of("VMware Workstation", "VirtualBox", "Xen", "以上都不是"), null,
				null);
		assertThat(check.answerIndex()).isEqualTo(3);
		Check not = CHECKER.check("Which of the following is a container engine?",
				List.of("Docker", "VirtualBox", "Xen", "None of the above"), null, null);
		assertThat(not.answerIndex()).isZero();
		assertThat(not.options().get(3).fit()).isEqualTo(Fit.NONE);
	}

	@Test
	void negatedHypervisorTypesAreRead() {
		Check en = CHECKER.check("Which of the following is NOT a Type 1 hypervisor?",
				List.of("VMware ESXi", "Xen", "Microsoft Hyper-V", "Oracle VirtualBox"), null, null);
		assertThat(en.ask()).isEqualTo(Ask.NOT_TYPE_1_HYPERVISOR);
		assertThat(en.answerIndex()).isEqualTo(3);
		Check zh = CHECKER.check("下列哪个不属于裸机型虚拟机监控器", List.of("VMware ESXi", "Xen", "VMware Workstation", "Hyper-V"),
				null, null);
		assertThat(zh.ask()).isEqualTo(Ask.NOT_TYPE_1_HYPERVISOR);
		assertThat(zh.answerIndex()).isEqualTo(2);
	}

	@Test
	void definitionStemsAreRead() {
		Check check = CHECKER.check("Which is the most popular container platform?",
				List.of("VirtualBox", "Docker", "Xen", "QEMU"), null, null);
		assertThat(check.ask()).isEqualTo(Ask.CONTAINER);
		assertThat(check.answerIndex()).isEqualTo(1);
		Check zh = CHECKER.check("哪个是最流行的容器平台", List.of("VirtualBox", "Docker", "Xen", "Hyper-V"), null, null);
		assertThat(zh.answerIndex()).isEqualTo(1);
		Check vm = CHECKER.check("Which software lets you run several operating systems on one computer at once?",
				List.of("WinRAR", "VirtualBox", "Wireshark"), null, null);
		assertThat(vm.ask()).isEqualTo(Ask.VM_TOOL);
		assertThat(vm.answerIndex()).isEqualTo(1);
	}

	@Nested
	class UnreadableStems {

		@Test
		void aStemThatNamesNeitherVirtualMachinesNorContainersIsUnreadable() {
			assertThatThrownBy(() -> CHECKER.check("下列软件中属于杀毒软件的是", List.of("360", "Docker"), null, null))
				.isInstanceOf(UnreadableQuestion.class);
		}

		@Test
		void aStemThatNamesBothHypervisorTypesIsUnreadable() {
			assertThatThrownBy(() -> CHECKER.check("Which is a type 1 hypervisor and not a type 2 one?",
					List.of("ESXi", "VirtualBox"), null, null))
				.isInstanceOf(UnreadableQuestion.class);
		}

		@Test
		void aTrueOrFalseStatementQuestionIsUnreadable() {
			assertThatThrownBy(() -> CHECKER.check("关于虚拟机，下列说法正确的是", List.of("甲", "乙"), null, null))
				.isInstanceOf(UnreadableQuestion.class);
		}

		@Test
		void noStemAndNoAskIsUnreadable() {
			assertThatThrownBy(() -> CHECKER.check(" ", List.of("Xen", "Docker"), null, null))
				.isInstanceOf(UnreadableQuestion.class);
		}

		@Test
		void tooFewOptionsAreRejected() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> CHECKER.check(null, List.of("Xen"), Ask.VM_TOOL, null));
		}

	}

}
