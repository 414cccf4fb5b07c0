package org.virtclass.lab.domain;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import org.virtclass.lab.LabCaller;
import org.virtclass.lab.LabCapabilities;
import org.virtclass.lab.LabProperties;
import org.virtclass.lab.LabRefused;
import org.virtclass.lab.LabRefused.Reason;
import org.virtclass.lab.LabRunFinished;
import org.virtclass.lab.LabRunView;
import org.virtclass.lab.LabService;
import org.virtclass.lab.LabSlots;
import org.virtclass.lab.LabStatistics;
import org.virtclass.lab.RunKind;
import org.virtclass.lab.RunState;
import org.virtclass.lab.infra.HostProcesses;
import org.virtclass.lab.infra.LabHost;
import org.virtclass.lab.infra.Sandbox;
import org.virtclass.lab.infra.SandboxProcess;

/**
 * Runs the lab: admits runs under the per-client and per-address caps, queues them under
 * the global caps (each address may take only its share of the queue), launches them,
 * reads their consoles, writes what their owners type, enforces the time limits and stops
 * them. All state changes happen under this object's lock; launching, reading and writing
 * happen on each run's own threads, so a guest that reads or writes nothing never holds a
 * request thread.
 */
@Service
class LabSupervisor implements LabService, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(LabSupervisor.class);

	private final LabProperties properties;

	private final LabHost host;

	private final Map<RunKind, Sandbox> sandboxes = new EnumMap<>(RunKind.class);

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/**
	 * The monotonic time the limits are measured in: {@link System#nanoTime()}, or a
	 * test's.
	 */
	private final LongSupplier nanoTime;

	private final Map<String, LabRun> runs = new ConcurrentHashMap<>();

	private final Map<RunKind, Deque<LabRun>> queues = new EnumMap<>(RunKind.class);

	private final ExecutorService threads;

	private final ScheduledExecutorService ticker;

	private final String hostKernel = HostProcesses.hostKernel();

	private final String hostBootId = HostProcesses.hostBootId();

	private final LabRunStatistics statistics;

	private final LabSlots slots;

	@Autowired
	LabSupervisor(LabProperties properties, LabHost host, List<Sandbox> sandboxes, ApplicationEventPublisher events,
			Clock clock, LabRunStatistics statistics) {
		this(properties, host, sandboxes, events, clock, statistics, System::nanoTime);
	}

	/**
	 * For tests that move time themselves: the queue, the caps and the limits without
	 * waiting.
	 */
	LabSupervisor(LabProperties properties, LabHost host, List<Sandbox> sandboxes, ApplicationEventPublisher events,
			Clock clock, LabRunStatistics statistics, LongSupplier nanoTime) {
		this.properties = properties;
		this.statistics = statistics;
		this.slots = LabSlots.of(properties);
		this.host = host;
		this.events = events;
		this.clock = clock;
		this.nanoTime = nanoTime;
		sandboxes.forEach((s) -> this.sandboxes.put(s.kind(), s));
		for (RunKind kind : RunKind.values()) {
			queues.put(kind, new ArrayDeque<>());
		}
		AtomicInteger counter = new AtomicInteger();
		this.threads = Executors.newCachedThreadPool((r) -> daemon(r, "lab-run-" + counter.incrementAndGet()));
		this.ticker = Executors.newSingleThreadScheduledExecutor((r) -> daemon(r, "lab-limits"));
		this.ticker.scheduleWithFixedDelay(this::enforceLimits, 1, 1, TimeUnit.SECONDS);
	}

	@Override
	public LabCapabilities capabilities() {
		return host.capabilities();
	}

	@Override
	public LabStatistics statistics() {
		return new LabStatistics(slots, statistics.of(RunKind.VM), statistics.of(RunKind.CONTAINER));
	}

	@Override
	public LabRunView start(RunKind kind, LabCaller caller) {
		requireAvailable(kind);
		synchronized (this) {
			requireRoom(caller, List.of(kind));
			LabRun run = admit(kind, caller);
			dispatch();
			return view(run);
		}
	}

	@Override
	public LabComparison compare(LabCaller caller) {
		requireAvailable(RunKind.VM);
		requireAvailable(RunKind.CONTAINER);
		synchronized (this) {
			requireRoom(caller, List.of(RunKind.VM, RunKind.CONTAINER));
			LabRun vm = admit(RunKind.VM, caller);
			LabRun container = admit(RunKind.CONTAINER, caller);
			dispatch();
			return new LabComparison(new LabComparison.Started(vm.id()), new LabComparison.Started(container.id()));
		}
	}

	@Override
	public Optional<LabRunView> find(String runId) {
		return Optional.ofNullable(runs.get(runId)).map(this::view);
	}

	@Override
	public Optional<java.util.concurrent.CompletableFuture<LabRunView>> whenSettled(String runId,
			java.time.Duration wait) {
		LabRun run = runs.get(runId);
		if (run == null) {
			return Optional.empty();
		}
		// a dependent stage, so that a timeout here never completes the run's own future
		return Optional.of(run.settled()
			.thenApply((settled) -> Boolean.TRUE)
			.completeOnTimeout(Boolean.FALSE, wait.toMillis(), TimeUnit.MILLISECONDS)
			.thenApply((settled) -> view(run)));
	}

	@Override
	public Optional<LabRunView> stop(String runId, String clientId) {
		LabRun run = runs.get(runId);
		if (run == null) {
			return Optional.empty();
		}
		if (!run.isOwnedBy(clientId)) {
			throw new LabRefused(Reason.NOT_YOUR_RUN, "Only the browser that started this run may stop it.");
		}
		end(run, RunState.FINISHED, "Stopped by the user.");
		return Optional.of(view(run));
	}

	@Override
	public Optional<ConsoleSession> attach(String runId, String clientId, ConsoleListener listener) {
		LabRun run = runs.get(runId);
		if (run == null) {
			return Optional.empty();
		}
		Object terminal = new Object();
		boolean owner = run.isOwnedBy(clientId);
		if (owner) {
			run.claimInteractive(terminal);
			run.ownerAttached(nanoTime.getAsLong());
		}
		run.console().subscribe(listener);
		AtomicBoolean attached = new AtomicBoolean(true);
		return Optional.of(new ConsoleSession() {
			@Override
			public void resize(int rows, int cols) {
				if (run.isInteractive(terminal) && rows >= 2 && rows <= 500 && cols >= 10 && cols <= 1000) {
					run.resized(rows, cols);
					SandboxProcess process = run.process();
					if (process != null && run.state() == RunState.RUNNING) {
						threads.execute(() -> process.resize(rows, cols));
					}
				}
			}

			@Override
			public Input input(byte[] keys) {
				return run.isInteractive(terminal) ? type(run, keys) : Input.READ_ONLY;
			}

			@Override
			public boolean interactive() {
				return run.isInteractive(terminal);
			}

			@Override
			public boolean byOwner() {
				return owner;
			}

			@Override
			public void detach() {
				run.console().unsubscribe(listener);
				if (owner && attached.getAndSet(false)) {
					run.ownerDetached(nanoTime.getAsLong());
				}
			}
		});
	}

	private void requireAvailable(RunKind kind) {
		boolean available = (kind == RunKind.VM) ? host.vmAvailable() : host.containerAvailable();
		if (!available || !sandboxes.containsKey(kind)) {
			LabCapabilities c = host.capabilities();
			String reason = (kind == RunKind.VM) ? c.vm().reason() : c.container().reason();
			throw new LabRefused(Reason.UNAVAILABLE, "This host cannot run a " + kind + " now. " + reason,
					Map.of("fix", LabHost.FIX));
		}
	}

	/**
	 * The caps. A 429 names only the caller's own runs: the ids of runs that other
	 * clients at the same address hold are the keys to watch them, so they never appear
	 * here.
	 */
	private void requireRoom(LabCaller caller, List<RunKind> kinds) {
		List<String> held = runs.values()
			.stream()
			.filter((r) -> r.isActive() && r.isOwnedBy(caller.clientId()))
			.map(LabRun::id)
			.toList();
		if (held.size() + kinds.size() > properties.maxRunsPerClient()) {
			throw new LabRefused(Reason.TOO_MANY_RUNS,
					"You may hold " + properties.maxRunsPerClient() + " active runs at once; stop one first.",
					Map.of("activeRuns", held));
		}
		long fromAddress = runs.values()
			.stream()
			.filter((r) -> r.isActive() && r.address().equals(caller.address()))
			.count();
		if (fromAddress + kinds.size() > properties.maxRunsPerAddress()) {
			throw new LabRefused(Reason.TOO_MANY_RUNS_FROM_NETWORK, "Computers at your network address hold "
					+ properties.maxRunsPerAddress() + " runs already; try again when one of them has ended.");
		}
		for (RunKind kind : kinds) {
			Deque<LabRun> queue = queues.get(kind);
			if (queue.size() >= properties.maxQueueLength()) {
				throw new LabRefused(Reason.QUEUE_FULL,
						"Too many " + kind + " runs are waiting already; try again in a few minutes.");
			}
			long queuedFromAddress = queue.stream().filter((r) -> r.address().equals(caller.address())).count();
			if (queuedFromAddress >= properties.maxQueuePerAddress()) {
				throw new LabRefused(Reason.QUEUE_FULL_FOR_NETWORK,
						"Computers at your network address already wait for " + queuedFromAddress + " " + kind
								+ " runs; the other places in the queue are kept for others.");
			}
		}
	}

	private LabRun admit(RunKind kind, LabCaller caller) {
		LabRun run = new LabRun(UUID.randomUUID().toString(), kind, caller.clientId(), caller.address(),
				clock.instant(), nanoTime.getAsLong());
		runs.put(run.id(), run);
		queues.get(kind).addLast(run);
		return run;
	}

	/** Runs this instance holds in one state, for the metrics. */
	long countIn(RunState state) {
		return runs.values().stream().filter((r) -> r.state() == state).count();
	}

	/** Runs of every kind waiting for a slot, for the metrics. */
	synchronized int queueLength() {
		return queues.values().stream().mapToInt(Deque::size).sum();
	}

	/**
	 * Moves queued runs into free slots. Called under the lock whenever a slot may have
	 * opened.
	 */
	private synchronized void dispatch() {
		for (RunKind kind : RunKind.values()) {
			int cap = slots.slots(kind);
			// a class demo's runs sit beside the caps: they never take a student's place
			long used = runs.values().stream().filter((r) -> r.kind() == kind && r.holdsSlot() && !r.isDemo()).count();
			Deque<LabRun> queue = queues.get(kind);
			while (used < cap && !queue.isEmpty()) {
				LabRun run = queue.pollFirst();
				run.starting(nanoTime.getAsLong());
				used++;
				threads.execute(() -> launchAndRead(run));
				// The once-a-second sweep would let a run overstay by up to a second; its
				// own deadline does not.
				ticker.schedule(this::enforceLimits, properties.timeLimit().toMillis() + 5, TimeUnit.MILLISECONDS);
			}
		}
	}

	private void launchAndRead(LabRun run) {
		SandboxProcess process;
		try {
			host.prepared().get();
			if (!run.isActive()) {
				return; // stopped before its turn came: nothing to start, nothing to kill
			}
			process = sandboxes.get(run.kind()).launch(run.id(), run.console()::append);
		}
		catch (Exception ex) {
			log.warn("Lab run {} could not start: {}", run.id(), ex.getMessage());
			end(run, RunState.FAILED, "Could not start: " + ex.getMessage());
			return;
		}
		ConsoleInput input = new ConsoleInput(run.id(), process);
		synchronized (this) {
			run.launched(process, input);
			if (!run.isActive()) {
				process.destroy(); // stopped while it was being launched
				return;
			}
		}
		try {
			threads.execute(input::writeUntilClosed);
			threads.execute(() -> {
				if (SignalReader.readUntilReady(process.signals(),
						(facts, nanos) -> ready(run, facts, nanoTime.getAsLong()))) {
					// the guest's shell waits for this before it starts, so its first
					// prompt already fits
					process.resize(run.rows(), run.cols());
				}
			});
		}
		catch (RejectedExecutionException ex) {
			// the app stopped between the launch and here: the run must not outlive it
			process.destroy();
			end(run, RunState.FINISHED, "The server is shutting down.");
			return;
		}
		ConsolePump.pump(process.output(), run.console());
		int exit = -1;
		try {
			exit = process.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		boolean wasReady = run.state() == RunState.RUNNING;
		end(run, wasReady ? RunState.FINISHED : RunState.FAILED, wasReady ? "The guest's shell ended."
				: "The guest ended before it was ready (exit code " + exit + ").");
	}

	private synchronized void ready(LabRun run, GuestFacts facts, long nanos) {
		if (run.state() == RunState.STARTING) {
			run.ready(facts, nanos);
			run.sampleRss();
		}
	}

	private Input type(LabRun run, byte[] keys) {
		ConsoleInput input = run.input();
		if (run.state() != RunState.RUNNING || input == null) {
			return Input.NOT_RUNNING;
		}
		SandboxProcess process = run.process();
		if (contains(keys, (byte) 0x03) && input.backedUp() && process != null && process.interruptible()) {
			// Ctrl-C must reach the command that reads nothing, not wait behind what it
			// does not read;
			// like a tty, it also flushes the input that waits
			input.discardQueued();
			threads.execute(process::interrupt);
			run.touched(nanoTime.getAsLong());
			return Input.ACCEPTED;
		}
		if (!input.offer(keys)) {
			return Input.PAUSED;
		}
		run.touched(nanoTime.getAsLong());
		return Input.ACCEPTED;
	}

	private static boolean contains(byte[] bytes, byte wanted) {
		for (byte b : bytes) {
			if (b == wanted) {
				return true;
			}
		}
		return false;
	}

	/** Ends a run once: records the final state, kills its processes, frees its slot. */
	private void end(LabRun run, RunState state, String reason) {
		SandboxProcess process;
		synchronized (this) {
			if (!run.isActive()) {
				return;
			}
			queues.get(run.kind()).remove(run);
			run.sampleRss();
			run.end(state, reason, nanoTime.getAsLong());
			process = run.process();
		}
		if (run.input() != null) {
			run.input().close();
		}
		if (process != null) {
			process.destroy();
		}
		run.console().close(state);
		log.info("Lab run {} ({}) ended {}: {}", run.id(), run.kind(), state, reason);
		try {
			events.publishEvent(new LabRunFinished(run.id(), run.kind(), state, view(run).readyMillis(),
					run.heldMillis(nanoTime.getAsLong())));
		}
		catch (RuntimeException ex) {
			log.debug("LabRunFinished not delivered (shutting down?): {}", ex.getMessage());
		}
		dispatch();
	}

	void enforceLimits() {
		try {
			long now = nanoTime.getAsLong();
			for (LabRun run : List.copyOf(runs.values())) {
				if (run.isActive() && run.ownerGoneFor(properties.reconnectGrace().toNanos(), now)) {
					end(run, RunState.FINISHED,
							(run.state() == RunState.QUEUED)
									? "Dropped from the queue: the browser that asked for it has gone."
									: "Stopped: the browser that started it has gone (no terminal reconnected within "
											+ properties.reconnectGrace().toSeconds() + " s).");
				}
				else if (run.holdsSlot()) {
					long started = run.startingNanos();
					java.time.Duration limit = run.isDemo() ? run.demoLimit() : properties.timeLimit();
					if (now - started > limit.toNanos()) {
						end(run, RunState.TIMED_OUT, "Reached the hard time limit of " + limit + ".");
					}
					else if (run.state() == RunState.STARTING && run.launchedNanos() != 0
							&& now - run.launchedNanos() > properties.readyTimeout().toNanos()) {
						end(run, RunState.FAILED, "No ready marker within " + properties.readyTimeout() + ".");
					}
					else if (run.state() == RunState.RUNNING && !run.isDemo()
							&& now - run.lastActivityNanos() > properties.idleLimit().toNanos()) {
						end(run, RunState.TIMED_OUT, "Nobody typed for " + properties.idleLimit() + ".");
					}
					else {
						run.sampleRss();
					}
				}
				else if (!run.isActive() && now - run.endedNanos() > properties.retention().toNanos()) {
					runs.remove(run.id());
				}
			}
		}
		catch (RuntimeException ex) {
			log.error("Enforcing the lab's limits failed", ex);
		}
	}

	/**
	 * Starts the VM and the container of a class demo: outside the queue and the global
	 * caps, and in no client's or address's count, so the demo neither waits behind
	 * students nor takes their places. It ends at {@code limit} (no idle limit: a teacher
	 * talks between commands) or when stopped.
	 */
	List<LabRun> launchForDemo(String owner, java.time.Duration limit) {
		requireAvailable(RunKind.VM);
		requireAvailable(RunKind.CONTAINER);
		synchronized (this) {
			List<LabRun> both = new java.util.ArrayList<>();
			for (RunKind kind : List.of(RunKind.VM, RunKind.CONTAINER)) {
				LabRun run = new LabRun(UUID.randomUUID().toString(), kind, owner, "", clock.instant(),
						nanoTime.getAsLong());
				run.classDemo(limit);
				runs.put(run.id(), run);
				run.starting(nanoTime.getAsLong());
				threads.execute(() -> launchAndRead(run));
				both.add(run);
			}
			ticker.schedule(this::enforceLimits, limit.toMillis() + 5, TimeUnit.MILLISECONDS);
			return both;
		}
	}

	/** Keys from a class demo's instructor. */
	Input typeInto(LabRun run, byte[] keys) {
		return type(run, keys);
	}

	void stop(LabRun run, String reason) {
		end(run, RunState.FINISHED, reason);
	}

	LabRunView viewOf(LabRun run) {
		return view(run);
	}

	private LabRunView view(LabRun run) {
		Integer position = null;
		Long estimate = null;
		if (run.state() == RunState.QUEUED) {
			synchronized (this) {
				int i = 1;
				for (LabRun queued : queues.get(run.kind())) {
					if (queued == run) {
						position = i;
						break;
					}
					i++;
				}
			}
		}
		if (position != null) {
			estimate = statistics.estimatedWaitMillis(run.kind(), position, slots.slots(run.kind()));
		}
		return run.view(hostKernel, hostBootId, position, estimate, properties.consoleLines(), nanoTime.getAsLong());
	}

	@Override
	public void destroy() {
		ticker.shutdownNow();
		// the queued first: a running run that ended before them would hand its slot to
		// one of them,
		// whose deadline the stopped ticker then refuses to schedule
		List<LabRun> all = new java.util.ArrayList<>(runs.values());
		all.sort(java.util.Comparator.comparing(LabRun::holdsSlot));
		for (LabRun run : all) {
			end(run, RunState.FINISHED, "The server is shutting down.");
		}
		threads.shutdownNow();
	}

	private static Thread daemon(Runnable r, String name) {
		Thread t = new Thread(r, name);
		t.setDaemon(true);
		return t;
	}

}
