package org.virtclass.quiz.checker;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.virtclass.knowledgebase.ToolDocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.virtclass.quiz.checker.KnowledgeBaseFiles.TOOLS;

class ToolMatcherTests {

	private final ToolMatcher matcher = new ToolMatcher(TOOLS);

	@Test
	void everyNameChineseNameAndAliasOfEveryToolFindsThatTool() {
		List<String> wrong = new ArrayList<>();
		for (ToolDocument tool : TOOLS) {
			List<String> names = new ArrayList<>(List.of(tool.name(), tool.nameZh(), tool.slug()));
			names.addAll(tool.aliases());
			for (String name : names) {
				for (String written : List.of(name, name.toUpperCase(), "B. " + name, "（C）" + name, name.replace(" ", ""))) {
					ToolMatcher.ToolMatch m = this.matcher.match(written);
					if (m.tool() != tool) {
						wrong.add(written + " -> " + ((m.tool() != null) ? m.tool().slug() : m.how()));
					}
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Oracle VM VirtualBox            | virtualbox
			VirtualBox 7.0                  | virtualbox
			Virtual Box                     | virtualbox
			甲骨文 VirtualBox                | virtualbox
			Microsoft Hyper-V               | hyper-v
			Windows Server 2019 Hyper-V     | hyper-v
			微软Hyper-V虚拟机                 | hyper-v
			Hyper-V Containers              | hyper-v-isolated-containers
			VMware                          | vmware-family
			VMware Workstation 17 Pro       | vmware-workstation
			VMware Workstation Player 16    | vmware-workstation
			VMware虚拟机                     | vmware-family
			VMware ESXi 8.0                 | vmware-esxi
			Docker CE                       | docker
			Docker EE                       | docker
			Docker Desktop 4.30             | docker-desktop
			Docker Swarm                    | docker-swarm
			A. Docker                       | docker
			B、Docker                        | docker
			(C) Docker                      | docker
			Ｄ．Ｄｏｃｋｅｒ                      | docker
			Parallels                       | parallels-family
			Parallels Desktop 18 for Mac    | parallels-desktop
			Citrix XenServer 7.1            | citrix-hypervisor
			Xen Server                      | citrix-hypervisor
			KVM虚拟机                         | kvm
			Microsoft Virtual PC 2007       | microsoft-virtual-pc
			Virtual PC                      | microsoft-virtual-pc
			Virtual PC for Mac              | virtual-pc-for-mac
			WSL                             | wsl2
			WSL 2                           | wsl2
			WSL 1                           | wsl1
			火绒                             | huorong
			蓝叠安卓模拟器                     | bluestacks
			Java虚拟机                        | jvm
			Kubernetes (K8s)                | kubernetes
			Photoshop                       | adobe-photoshop
			Microsoft Word                  | microsoft-office
			Word 2016                       | microsoft-office
			火狐浏览器                           | mozilla-firefox
			Notepad++                       | notepad-plus-plus
			Visual Studio 2022              | visual-studio
			Visual Studio Code              | visual-studio-code
			Android Studio                  | android-studio
			Git                             | git
			Keil uVision5                   | keil-uvision
			360压缩                           | 360-zip
			Dreamweaver                     | adobe-dreamweaver
			Flash                           | adobe-animate
			Visual C++ 6.0                  | visual-studio
			福昕阅读器                           | foxit-pdf-reader
			""")
	void readsOptionsTheWayATeacherWould(String option, String slug) {
		assertThat(this.matcher.match(option).tool()).isNotNull().extracting(ToolDocument::slug).isEqualTo(slug);
	}

	@Test
	void aBrandOfSeveralProductsWithoutAUsualOneIsAmbiguous() {
		ToolMatcher.ToolMatch m = this.matcher.match("Windows");
		assertThat(m.how()).isEqualTo(ToolMatcher.How.AMBIGUOUS);
		assertThat(m.candidates()).hasSizeGreaterThan(1);
	}

	@Test
	void softwareOutsideTheKnowledgeBaseIsUnknown() {
		assertThat(List.of("Krita", "美图秀秀", "腾讯QQ", "迅雷", "Microsoft Solitaire Collection", "Linux", "VM"))
			.allSatisfy((o) -> assertThat(this.matcher.match(o).tool()).as(o).isNull());
	}

}
