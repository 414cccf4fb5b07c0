package org.virtclass.lab.domain;

import java.time.Instant;

import org.virtclass.lab.LabRunView;
import org.virtclass.lab.RunKind;
import org.virtclass.lab.RunState;
import org.virtclass.lab.infra.SandboxProcess;

/**
 * One VM or container run. Its state changes only under the {@link LabSupervisor}'s lock;
 * the fields the reader thread and the API read are volatile.
 */
class LabRun {

	private final String id;

	private final RunKind kind;

	private final String clientId;

	private final String address;

	/**
	 * The owner's terminal that may type; every other terminal of this run only watches.
	 */
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

	/**
	 * Set for a class demo's runs: their own hard limit instead of the lab's, and no idle
	 * limit.
	 */
	private volatile java.time.Duration demoLimit;

	/**
	 * The interactive terminal's size, sent to the guest when it is ready and on every
	 * change.
	 */
	private volatile int rows = 24;

	private volatile int cols = 80;

	/** The owner's terminals attached now. */
	private int ownerTerminals;

	/**
	 * When the owner's last terminal closed; 0 while one is attached or none ever was.
	 */
	private volatile long ownerLeftNanos;

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

	/**
	 * Makes {@code terminal} the one interactive terminal; an earlier one becomes a
	 * viewer.
	 */
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

	/** Counts an owner's terminal in. */
	synchronized void ownerAttached(long now) {
		ownerTerminals++;
		ownerLeftNanos = 0;
		touched(now);
	}

	/** Counts an owner's terminal out; the last one out starts the reconnect grace. */
	synchronized void ownerDetached(long now) {
		ownerTerminals = Math.max(0, ownerTerminals - 1);
		if (ownerTerminals == 0) {
			ownerLeftNanos = now;
		}
	}

	/**
	 * Whether the owner's browser had a terminal here and has had none for longer than
	 * {@code grace}.
	 */
	boolean ownerGoneFor(long graceNanos, long now) {
		long left = ownerLeftNanos;
		return left != 0 && now - left > graceNanos;
	}

	void resized(int rows, int cols) {
		this.rows = rows;
		this.cols = cols;
	}

	int rows() {
		return rows;
	}

	int cols() {
		return cols;
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
		return view(hostKernel, null, queuePosition, null, consoleLines, now);
	}

	/**
	 * How long the run has held (or held) a slot, or null when it never left the queue.
	 */
	Long heldMillis(long now) {
		if (startingNanos == 0) {
			return null;
		}
		return millis(((endedNanos != 0) ? endedNanos : now) - startingNanos);
	}

	LabRunView view(String hostKernel, String hostBootId, Integer queuePosition, Long estimatedWaitMillis,
			int consoleLines, long now) {
		GuestFacts f = facts;
		long end = (endedNanos != 0) ? endedNanos : now;
		Long ready = (readyNanos != 0 && launchedNanos != 0) ? millis(readyNanos - launchedNanos) : null;
		Long wait = (launchedNanos != 0) ? millis(launchedNanos - createdNanos) : null;
		return new LabRunView(id, kind, state, accelerator, ready, (f != null) ? f.kernel() : null, hostKernel,
				(f != null) ? f.processes() : null, rssKb, console.lastLines(consoleLines), queuePosition, createdAt,
				wait, millis(end - createdNanos), (f != null) ? f.memTotalKb() : null,
				(f != null) ? f.hypervisor() : null, endReason, (f != null) ? f.cpus() : null,
				(f != null) ? f.uptimeMillis() : null, (f != null) ? f.bootId() : null, (f != null) ? f.board() : null,
				(f != null) ? f.firstProcess() : null, hostBootId, estimatedWaitMillis);
	}

	private static long millis(long nanos) {
		return Math.max(0, nanos / 1_000_000);
	}

}
