package org.virtclass.quiz.checker;

import java.util.List;

/**
 * The questions the checker understands, with stems it reads, for the 422 answer and the
 * page. The stems are sample input in the language a student would type them in, not
 * interface text.
 */
record Understood(Ask ask, List<String> examples) {

	static final List<Understood> ALL = List.of(
			new Understood(Ask.NOT_VM_TOOL,
					List.of("以下软件中不属于虚拟机工具软件的是", "下列哪个不是虚拟机软件？", "Which of the following is not a hypervisor?",
							"All of the following are virtualization software EXCEPT")),
			new Understood(Ask.VM_TOOL, List.of("下列属于虚拟机软件的是", "Which of the following is a virtual machine tool?")),
			new Understood(Ask.TYPE_1_HYPERVISOR,
					List.of("下列属于裸机型（第一类）虚拟机的是", "Which is a type-1 hypervisor?",
							"Which of the following is a bare-metal hypervisor?")),
			new Understood(Ask.TYPE_2_HYPERVISOR,
					List.of("以下属于寄居型（宿主型、第二类）虚拟机的是", "Which is an example of a Type 2 hypervisor?",
							"Which of these is a hosted hypervisor?")),
			new Understood(Ask.CONTAINER, List.of("下列属于容器技术的是", "Which of the following is a container engine?")),
			new Understood(Ask.NOT_CONTAINER,
					List.of("下列不属于容器技术的是", "Which of the following is NOT a container technology?")),
			new Understood(Ask.NOT_TYPE_1_HYPERVISOR,
					List.of("下列哪个不属于裸机型虚拟机监控器", "Which of the following is NOT a Type 1 hypervisor?")),
			new Understood(Ask.NOT_TYPE_2_HYPERVISOR,
					List.of("以下不属于宿主型虚拟机的是", "Which of these is not a type 2 hypervisor?")),
			new Understood(Ask.EMULATOR, List.of("下列属于模拟器的是", "Which of the following is an emulator?")),
			new Understood(Ask.NOT_EMULATOR, List.of("下列不属于模拟器的是", "Which of the following is not an emulator?")));

}
