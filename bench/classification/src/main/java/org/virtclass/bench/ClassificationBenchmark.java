package org.virtclass.bench;

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

import org.virtclass.classification.ClassificationEngine;
import org.virtclass.classification.HardwareVirtualization;
import org.virtclass.classification.ImageFormat;
import org.virtclass.classification.RunsOn;
import org.virtclass.classification.ToolFacts;
import org.virtclass.classification.Verdict;

/**
 * Verdicts per second. Each call classifies the next of all 9,216 combinations of the facts (six
 * yes/no facts, hardware virtualization, where it runs, one format per image model), so branch
 * prediction cannot learn one tool. {@code contested} names no contested fact, or three of them,
 * each of which makes the engine run the table again for every other reading.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ClassificationBenchmark {

	private static final List<ImageFormat> ONE_PER_MODEL = List.of(ImageFormat.QCOW2, ImageFormat.OCI_IMAGE,
			ImageFormat.CONTAINER_TEMPLATE, ImageFormat.ISO);

	private final ClassificationEngine engine = new ClassificationEngine();

	private ToolFacts[] settled;

	private ToolFacts[] contested;

	private int next;

	@Setup
	public void allCombinations() {
		List<ToolFacts> plain = new ArrayList<>();
		List<ToolFacts> disputed = new ArrayList<>();
		for (int flags = 0; flags < 64; flags++) {
			for (HardwareVirtualization hv : HardwareVirtualization.values()) {
				for (RunsOn on : RunsOn.values()) {
					for (int models = 0; models < 16; models++) {
						List<ImageFormat> formats = new ArrayList<>();
						for (int i = 0; i < 4; i++) {
							if ((models & (1 << i)) != 0) {
								formats.add(ONE_PER_MODEL.get(i));
							}
						}
						plain.add(facts(flags, hv, on, formats, List.of()));
						disputed.add(facts(flags, hv, on, formats,
								List.of("guestOwnKernel", "runsOn", "imageFormats")));
					}
				}
			}
		}
		this.settled = plain.toArray(ToolFacts[]::new);
		this.contested = disputed.toArray(ToolFacts[]::new);
	}

	@Benchmark
	public Verdict classify() {
		return this.engine.classify(this.settled[advance()]);
	}

	@Benchmark
	public Verdict classifyWithContestedFacts() {
		return this.engine.classify(this.contested[advance()]);
	}

	private int advance() {
		int i = this.next;
		this.next = (i + 1 == this.settled.length) ? 0 : i + 1;
		return i;
	}

	private static ToolFacts facts(int flags, HardwareVirtualization hv, RunsOn on, List<ImageFormat> formats,
			List<String> contested) {
		return new ToolFacts((flags & 1) != 0, hv, on, (flags & 2) != 0, (flags & 4) != 0, (flags & 8) != 0,
				(flags & 16) != 0, (flags & 32) != 0, formats, contested);
	}

}
