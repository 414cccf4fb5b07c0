package org.virtclass.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.virtclass.knowledgebase.ToolDocument;
import org.virtclass.knowledgebase.yaml.ToolYamlReader;
import org.virtclass.quiz.checker.Check;
import org.virtclass.quiz.checker.CheckAnswer;
import org.virtclass.quiz.checker.QuestionChecker;

/**
 * Checks per second. The checker is built without Spring from the knowledge base packaged in the
 * app's jar; each call checks the next of twelve exam-style questions in Chinese and English (stem
 * reading, option matching with versions, vendors and letters, the decision). {@code checkAndExplain}
 * also puts the answer into words, as {@code POST /api/quiz/check} does.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CheckerBenchmark {

	private static final String[][] QUESTIONS = {
			{ "以下软件中不属于虚拟机工具软件的是（  ）", "A. VMware Workstation", "B. Oracle VirtualBox", "C. Microsoft Hyper-V", "D. Docker" },
			{ "下列哪个不是虚拟机软件？", "A．VMware", "B．VirtualBox", "C．Virtual PC", "D．WinRAR" },
			{ "下列属于裸机型虚拟机（Type-1 Hypervisor）的是", "A. VMware Workstation", "B. VirtualBox", "C. VMware ESXi", "D. Parallels Desktop" },
			{ "以下属于寄居型虚拟机的是（ ）", "A. VMware ESXi", "B. Xen", "C. Hyper-V", "D. VirtualBox" },
			{ "下列选项中，不属于容器技术的是（ ）", "A. Docker", "B. LXC", "C. Podman", "D. VirtualBox" },
			{ "以下不属于虚拟机软件的是（ ）。", "A. VMware", "B. Virtual PC", "C. VirtualBox", "D. Photoshop" },
			{ "Which of the following is not a hypervisor?", "A. VMware ESXi", "B. Microsoft Hyper-V", "C. Xen", "D. Docker" },
			{ "Which is an example of a Type 2 hypervisor?", "A. VMware ESXi", "B. Citrix XenServer", "C. Oracle VirtualBox", "D. Microsoft Hyper-V" },
			{ "Which of the following is a hosted hypervisor?", "A. VMware ESXi", "B. Xen", "C. VMware Workstation 17 Pro", "D. Windows Server 2019 Hyper-V" },
			{ "Which of the following is a container engine?", "A. VirtualBox", "B. Docker CE", "C. VMware Workstation", "D. Hyper-V" },
			{ "All of the following are virtualization software EXCEPT:", "A. VMware Workstation", "B. VirtualBox", "C. Hyper-V", "D. WinRAR" },
			{ "Which one is a type 1 hypervisor?", "A. VirtualBox", "B. KVM", "C. VMware Workstation Player", "D. Parallels" } };

	private QuestionChecker checker;

	private ResourceBundleMessageSource messages;

	private int next;

	@Setup
	public void buildWithoutSpring() throws IOException {
		List<ToolDocument> tools = new ArrayList<>();
		for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:knowledge-base/tools/*.yaml")) {
			try (InputStream in = file.getInputStream()) {
				tools.add(ToolYamlReader.readTool("tools/" + file.getFilename(),
						new String(in.readAllBytes(), StandardCharsets.UTF_8)).document());
			}
		}
		if (tools.size() < 100) {
			throw new IllegalStateException("expected the packaged knowledge base, found " + tools.size() + " tools");
		}
		this.checker = new QuestionChecker(tools);
		this.messages = new ResourceBundleMessageSource();
		this.messages.setBasenames("i18n/checker", "i18n/classification");
		this.messages.setDefaultEncoding("UTF-8");
		this.messages.setFallbackToSystemLocale(false);
	}

	@Benchmark
	public Check check() {
		String[] q = QUESTIONS[advance()];
		return this.checker.check(q[0], List.of(q).subList(1, q.length), null, null);
	}

	@Benchmark
	public CheckAnswer checkAndExplain() {
		return CheckAnswer.of(check(), this.messages);
	}

	private int advance() {
		int i = this.next;
		this.next = (i + 1 == QUESTIONS.length) ? 0 : i + 1;
		return i;
	}

}
