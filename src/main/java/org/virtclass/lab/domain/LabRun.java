package org.virtclass.lab.domain;

import java.time.Instant;

import org.virtclass.lab.LabRunView;
import org.virtclass.lab.RunKind;
import org.virtclass.lab.RunState;
import org.virtclass.lab.infra.SandboxProcess;

/**
 * One VM or container run. Its state changes only under the {@link LabSupervisor}'s lock; the
 * fields the reader thread and the API read are volatile.
 */
class LabRun {

	private final String id;

	private final RunKind kind;

	private final String clientId;

	private final String address;

	/** The owner's terminal that may type; every other terminal of this run only watches. */
	private volatile Object interactive;

	private volatile ConsoleInput input;

	private final Instant createdAt;

	private final long createdNanos;

	private final ConsoleBuffer console = new ConsoleBuffer();

	private volatile RunState state = RunState.QUEUED;

	private volatile SandboxProcess process;

	private volatile long startingNanos;

	private volatile long launchedNanos;

	private volatile long readyNanos;

	private volatile long endedNanos;

	private volatile long lastActivityNanos;

	/** Completes when the run is ready or has ended, whichever comes first. */
	private final java.util.concurrent.CompletableFuture<Void> settled = new java.util.concurrent.CompletableFuture<>();

	private volatile GuestFacts facts;

	private volatile String accelerator;

	private volatile Long rssKb;

	private volatile String endReason;

	/** Set for a class demo's runs: their own hard limit instead of the lab's, and no idle limit. */
	private volatile java.time.Duration demoLimit;

	LabRun(String id, RunKind kind, String clientId, String address, Instant createdAt, long createdNanos) {
		this.id = id;
		this.kind = kind;
		this.clientId = clientId;
		this.address = address;
		this.createdAt = createdAt;
		this.createdNanos = createdNanos;
	}

	String id() {
		return id;
	}

	RunKind kind() {
		return kind;
	}

	String clientId() {
		return clientId;
	}

	String address() {
		return address;
	}

	boolean isOwnedBy(String client) {
		return clientId.equals(client);
	}

	/** Makes {@code terminal} the one interactive terminal; an earlier one becomes a viewer. */
	void claimInteractive(Object terminal) {
		interactive = terminal;
	}

	boolean isInteractive(Object terminal) {
		return interactive == terminal;
	}

	void classDemo(java.time.Duration limit) {
		demoLimit = limit;
	}

	boolean isDemo() {
		return demoLimit != null;
	}

	java.time.Duration demoLimit() {
		return demoLimit;
	}

	ConsoleInput input() {
		return input;
	}

	RunState state() {
		return state;
	}

	ConsoleBuffer console() {
		return console;
	}

	SandboxProcess process() {
		return process;
	}

	boolean isActive() {
		return state.isActive();
	}

	boolean holdsSlot() {
		return state == RunState.STARTING || state == RunState.RUNNING;
	}

	void starting(long now) {
		state = RunState.STARTING;
		startingNanos = now;
	}

	void launched(SandboxProcess process, ConsoleInput input) {
		this.process = process;
		this.input = input;
		this.launchedNanos = process.launchedNanos();
		this.lastActivityNanos = launchedNanos;
		this.accelerator = process.accelerator();
	}

	void ready(GuestFacts facts, long now) {
		this.facts = facts;
		this.readyNanos = now;
		this.state = RunState.RUNNING;
		this.lastActivityNanos = now;
		this.settled.complete(null);
	}

	void end(RunState finalState, String reason, long now) {
		this.state = finalState;
		this.endReason = reason;
		this.endedNanos = now;
		this.settled.complete(null);
	}

	java.util.concurrent.CompletableFuture<Void> settled() {
		return settled;
	}

	void touched(long now) {
		lastActivityNanos = now;
	}

	void sampleRss() {
		SandboxProcess p = process;
		if (p != null && isActive()) {
			long rss = p.rssKb();
			if (rss > 0) {
				rssKb = rss;
			}
		}
	}

	long startingNanos() {
		return startingNanos;
	}

	long launchedNanos() {
		return launchedNanos;
	}

	long lastActivityNanos() {
		return lastActivityNanos;
	}

	long endedNanos() {
		return endedNanos;
	}

	LabRunView view(String hostKernel, Integer queuePosition, int consoleLines, long now) {
		return view(hostKernel, null, queuePosition, consoleLines, now);
	}

	LabRunView view(String hostKernel, String hostBootId, Integer queuePosition, int consoleLines, long now) {
		GuestFacts f = facts;
		long end = (endedNanos != 0) ? endedNanos : now;
		Long ready = (readyNanos != 0 && launchedNanos != 0) ? millis(readyNanos - launchedNanos) : null;
		Long wait = (launchedNanos != 0) ? millis(launchedNanos - createdNanos) : null;
		return new LabRunView(id, kind, state, accelerator, ready, (f != null) ? f.kernel() : null, hostKernel,
				(f != null) ? f.processes() : null, rssKb, console.lastLines(consoleLines), queuePosition, createdAt,
				wait, millis(end - createdNanos), (f != null) ? f.memTotalKb() : null,
				(f != null) ? f.hypervisor() : null, endReason, (f != null) ? f.cpus() : null,
				(f != null) ? f.uptimeMillis() : null, (f != null) ? f.bootId() : null, (f != null) ? f.board() : null,
				(f != null) ? f.firstProcess() : null, hostBootId);
	}

	private static long millis(long nanos) {
		return Math.max(0, nanos / 1_000_000);
	}

}
