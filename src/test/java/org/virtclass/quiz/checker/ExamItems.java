package org.virtclass.quiz.checker;

import java.util.List;

/**
 * Real exam-style items in both languages, as they appear in 计算机基础 textbooks and English
 * courses.
 */
final class ExamItems {

	record Item(String stem, List<String> options, Ask ask, int answer) {

		@Override
		public String toString() {
			return this.stem + " " + this.options;
		}

	}

	static final List<Item> ALL = List.of(
			new Item("以下软件中不属于虚拟机工具软件的是（  ）",
					List.of("A. VMware Workstation", "B. Oracle VirtualBox", "C. Microsoft Hyper-V", "D. Docker"),
					Ask.NOT_VM_TOOL, 3),
			new Item("下列哪个不是虚拟机软件？", List.of("A．VMware", "B．VirtualBox", "C．Virtual PC", "D．WinRAR"), Ask.NOT_VM_TOOL,
					3),
			new Item("下列软件中，属于虚拟机软件的是（ ）。", List.of("A、Photoshop", "B、VMware", "C、WPS", "D、360安全卫士"), Ask.VM_TOOL, 1),
			new Item("以下不属于虚拟化软件的是（ ）", List.of("A. VMware", "B. Xen", "C. KVM", "D. Microsoft Office"),
					Ask.NOT_VM_TOOL, 3),
			new Item("下列属于裸机型虚拟机（Type-1 Hypervisor）的是",
					List.of("A. VMware Workstation", "B. VirtualBox", "C. VMware ESXi", "D. Parallels Desktop"),
					Ask.TYPE_1_HYPERVISOR, 2),
			new Item("以下属于寄居型虚拟机的是（ ）", List.of("A. VMware ESXi", "B. Xen", "C. Hyper-V", "D. VirtualBox"),
					Ask.TYPE_2_HYPERVISOR, 3),
			new Item("下列属于容器技术的是", List.of("A. VMware Workstation", "B. KVM", "C. Docker", "D. Xen"), Ask.CONTAINER, 2),
			new Item("下列选项中，不属于容器技术的是（ ）", List.of("A. Docker", "B. LXC", "C. Podman", "D. VirtualBox"),
					Ask.NOT_CONTAINER, 3),
			new Item("以下哪一项不是虚拟机软件（ ）",
					List.of("A. VirtualBox", "B. VMware Workstation", "C. Windows 任务管理器", "D. Parallels Desktop"),
					Ask.NOT_VM_TOOL, 2),
			new Item("下列软件中不属于虚拟机软件的是", List.of("A. VMware", "B. QEMU", "C. Java虚拟机", "D. VirtualBox"), Ask.NOT_VM_TOOL,
					2),
			new Item("以下属于第一类虚拟机监控器的是", List.of("A. Xen", "B. VirtualBox", "C. VMware Workstation", "D. QEMU"),
					Ask.TYPE_1_HYPERVISOR, 0),
			new Item("以下不属于虚拟机软件的是（ ）。", List.of("A. VMware", "B. Virtual PC", "C. VirtualBox", "D. Photoshop"),
					Ask.NOT_VM_TOOL, 3),
			new Item("下列软件中属于虚拟机软件的是", List.of("A. WinRAR", "B. 迅雷", "C. VirtualBox", "D. 腾讯QQ"), Ask.VM_TOOL, 2),
			new Item("下列属于第二类虚拟机管理程序（Hypervisor）的是",
					List.of("A. VMware ESXi", "B. Microsoft Hyper-V", "C. Xen", "D. Oracle VM VirtualBox"),
					Ask.TYPE_2_HYPERVISOR, 3),
			new Item("哪一个是容器而不是虚拟机？", List.of("A. VMware Fusion", "B. Docker", "C. Parallels Desktop", "D. Hyper-V"),
					Ask.CONTAINER, 1),
			new Item("下列哪一项属于Ⅱ型虚拟机？", List.of("A. Xen", "B. VMware ESXi", "C. Parallels Desktop", "D. Hyper-V"),
					Ask.TYPE_2_HYPERVISOR, 2),
			new Item("以下不属于虚拟机软件的是",
					List.of("(A) Oracle VM VirtualBox", "(B) Microsoft Virtual PC 2007", "(C) Parallels Desktop 18",
							"(D) 火绒"),
					Ask.NOT_VM_TOOL, 3),
			new Item("Which of the following is not a hypervisor?",
					List.of("A. VMware ESXi", "B. Microsoft Hyper-V", "C. Xen", "D. Docker"), Ask.NOT_VM_TOOL, 3),
			new Item("Which is a type-1 hypervisor?",
					List.of("A. VirtualBox", "B. VMware Workstation", "C. VMware ESXi", "D. Parallels Desktop"),
					Ask.TYPE_1_HYPERVISOR, 2),
			new Item("Which is an example of a Type 2 hypervisor?",
					List.of("A. VMware ESXi", "B. Citrix XenServer", "C. Oracle VirtualBox", "D. Microsoft Hyper-V"),
					Ask.TYPE_2_HYPERVISOR, 2),
			new Item("Which of the following is a bare-metal hypervisor?",
					List.of("a) VMware Fusion", "b) VirtualBox", "c) Xen", "d) QEMU"), Ask.TYPE_1_HYPERVISOR, 2),
			new Item("Which of the following is a hosted hypervisor?",
					List.of("A. VMware ESXi", "B. Xen", "C. VMware Workstation 17 Pro",
							"D. Windows Server 2019 Hyper-V"),
					Ask.TYPE_2_HYPERVISOR, 2),
			new Item("Which of the following is a container engine?",
					List.of("A. VirtualBox", "B. Docker CE", "C. VMware Workstation", "D. Hyper-V"), Ask.CONTAINER, 1),
			new Item("Which of the following is NOT a container technology?",
					List.of("A. Docker", "B. Podman", "C. LXC", "D. VMware ESXi"), Ask.NOT_CONTAINER, 3),
			new Item("All of the following are virtualization software EXCEPT:",
					List.of("A. VMware Workstation", "B. VirtualBox", "C. Hyper-V", "D. WinRAR"), Ask.NOT_VM_TOOL, 3),
			new Item("Which of the following is not virtual machine software?",
					List.of("A. VirtualBox 7.0", "B. VMware", "C. Windows Server 2019 Hyper-V", "D. Docker"),
					Ask.NOT_VM_TOOL, 3),
			new Item("Which one is a type 1 hypervisor?",
					List.of("A. VirtualBox", "B. KVM", "C. VMware Workstation Player", "D. Parallels"),
					Ask.TYPE_1_HYPERVISOR, 1),
			new Item("Which of the following creates a virtual machine?",
					List.of("A. Wine", "B. WSL 1", "C. VMware Workstation", "D. Cygwin"), Ask.VM_TOOL, 2),
			new Item("Which of the following is NOT a virtual machine?",
					List.of("(A) Oracle VM VirtualBox", "(B) Microsoft Virtual PC 2007", "(C) Parallels Desktop 18",
							"(D) Docker Desktop"),
					Ask.NOT_VM_TOOL, 3),
			new Item("Which of these is an example of containerization?",
					List.of("A. KVM", "B. VMware vSphere", "C. Podman", "D. Microsoft Hyper-V"), Ask.CONTAINER, 2));

	private ExamItems() {
	}

}
