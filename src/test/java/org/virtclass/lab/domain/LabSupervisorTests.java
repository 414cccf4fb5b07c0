package org.virtclass.lab.domain;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.http.HttpStatus;

import org.virtclass.lab.LabCaller;
import org.virtclass.lab.LabCapabilities;
import org.virtclass.lab.LabProperties;
import org.virtclass.lab.LabRefused;
import org.virtclass.lab.LabRunFinished;
import org.virtclass.lab.LabRunView;
import org.virtclass.lab.LabService;
import org.virtclass.lab.RunKind;
import org.virtclass.lab.RunState;
import org.virtclass.lab.infra.LabCgroups;
import org.virtclass.lab.infra.LabHost;
import org.virtclass.lab.web.LabProblems;
import org.virtclass.lab.infra.PidFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The lab's queue, caps and time limits, with a {@link FakeSandbox} in place of QEMU and
 * runc and a {@link ManualTime} the test moves: what the real-guest tests waited seconds
 * for takes milliseconds here. The only waiting left is for the supervisor's own launch
 * and reader threads, with Awaitility.
 */
@Execution(ExecutionMode.CONCURRENT)
class LabSupervisorTests {

	private static final Duration SOON = Duration.ofSeconds(5);

	private final ManualTime time = new ManualTime();

	private final FakeSandbox vms = new FakeSandbox(RunKind.VM, this.time);

	private final FakeSandbox containers = new FakeSandbox(RunKind.CONTAINER, this.time);

	private final List<LabRunFinished> finished = new CopyOnWriteArrayList<>();

	private FakeHost host;

	private LabSupervisor lab;

	/**
	 * A supervisor on these settings (as {@code virtclass.lab.*} would bind them,
	 * defaults included) over a host where both kinds are available.
	 */
	private LabSupervisor lab(String... settings) {
		Map<String, String> map = new HashMap<>();
		for (int i = 0; i < settings.length; i += 2) {
			map.put("virtclass.lab." + settings[i], settings[i + 1]);
		}
		LabProperties properties = new Binder(new MapConfigurationPropertySource(map)).bindOrCreate("virtclass.lab",
				LabProperties.class);
		this.host = new FakeHost(properties);
		this.lab = new LabSupervisor(properties, this.host, List.of(this.vms, this.containers), (event) -> {
			if (event instanceof LabRunFinished f) {
				this.finished.add(f);
			}
		}, this.time, new LabRunStatistics(), this.time::nanoTime);
		return this.lab;
	}

	@AfterEach
	void stopTheSupervisor() {
		if (this.lab != null) {
			this.lab.destroy();
		}
	}

	private static LabCaller caller(String address) {
		return new LabCaller(UUID.randomUUID().toString(), address);
	}

	private LabRunView view(String id) {
		return this.lab.find(id).orElseThrow();
	}

	private RunState state(String id) {
		return view(id).state();
	}

	private FakeSandbox sandbox(String id) {
		return (view(id).kind() == RunKind.VM) ? this.vms : this.containers;
	}

	/**
	 * Waits until the supervisor's thread has launched the run, then lets its guest print
	 * the marker.
	 */
	private FakeSandbox.Guest running(String id) {
		FakeSandbox.Guest guest = launched(id);
		guest.ready();
		soon().until(() -> state(id) == RunState.RUNNING);
		return guest;
	}

	private FakeSandbox.Guest launched(String id) {
		FakeSandbox sandbox = sandbox(id);
		soon().until(() -> sandbox.guest(id) != null);
		return sandbox.guest(id);
	}

	private void awaitState(String id, RunState state) {
		soon().until(() -> state(id) == state);
	}

	/**
	 * Waits for the supervisor's own threads, which answer within microseconds on an idle
	 * machine.
	 */
	private static ConditionFactory soon() {
		return await().atMost(SOON).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(2));
	}

	/**
	 * The refusal a request gets, with the HTTP status the API gives it and its title.
	 */
	private static LabRefused refused(Runnable request, HttpStatus status, String title) {
		List<LabRefused> refusal = new ArrayList<>();
		assertThatThrownBy(request::run).isInstanceOfSatisfying(LabRefused.class, (r) -> {
			assertThat(LabProblems.status(r.reason())).isEqualTo(status);
			assertThat(r.reason().title()).isEqualTo(title);
			refusal.add(r);
		});
		return refusal.get(0);
	}

	@Nested
	class Queue {

		@Test
		void overTheGlobalCapRunsWaitInOrderAndShowTheirPosition() {
			lab("max-concurrent-containers", "1");
			LabCaller alice = caller("192.0.2.1");
			LabCaller bob = caller("192.0.2.2");
			LabCaller carol = caller("192.0.2.3");
			String first = lab.start(RunKind.CONTAINER, alice).id();
			running(first);
			LabRunView second = lab.start(RunKind.CONTAINER, bob);
			LabRunView third = lab.start(RunKind.CONTAINER, carol);
			assertThat(second.state()).isEqualTo(RunState.QUEUED);
			assertThat(second.queuePosition()).isEqualTo(1);
			assertThat(third.queuePosition()).isEqualTo(2);
			assertThat(view(first).queuePosition()).as("a running run has no place in the queue").isNull();

			lab.stop(first, alice.clientId());
			running(second.id());
			assertThat(view(third.id()).queuePosition()).isEqualTo(1);
			lab.stop(second.id(), bob.clientId());
			running(third.id());
			assertThat(containers.launched()).as("launched in the order they asked")
				.containsExactly(first, second.id(), third.id());
		}

		@Test
		void theTimeARunWaitedInTheQueueIsReported() {
			lab("max-concurrent-containers", "1");
			LabCaller alice = caller("192.0.2.1");
			String first = lab.start(RunKind.CONTAINER, alice).id();
			running(first);
			String second = lab.start(RunKind.CONTAINER, caller("192.0.2.2")).id();
			time.advance(Duration.ofSeconds(42));
			lab.stop(first, alice.clientId());
			running(second);
			assertThat(view(second).waitMillis()).isEqualTo(42_000);
			assertThat(view(first).waitMillis()).isZero();
		}

		@Test
		void vmsHaveTheirOwnCap() {
			lab("max-concurrent-vms", "1", "max-concurrent-containers", "1");
			LabCaller alice = caller("192.0.2.1");
			LabCaller bob = caller("192.0.2.2");
			String first = lab.start(RunKind.VM, alice).id();
			LabRunView second = lab.start(RunKind.VM, bob);
			assertThat(state(first)).isIn(RunState.STARTING, RunState.RUNNING);
			assertThat(second.state()).isEqualTo(RunState.QUEUED);
			assertThat(second.queuePosition()).isEqualTo(1);
			assertThat(second.accelerator()).isNull();
			assertThat(lab.start(RunKind.CONTAINER, bob).state()).as("a waiting VM does not hold containers back")
				.isIn(RunState.STARTING, RunState.RUNNING);

			assertThat(lab.stop(second.id(), bob.clientId()).orElseThrow().state()).isEqualTo(RunState.FINISHED);
			running(first);
			assertThat(view(first).accelerator()).isEqualTo("tcg");
			assertThat(vms.launched()).as("a run stopped while it waited is never launched").containsExactly(first);
		}

		@Test
		void aRunStoppedWhileTheHostStillPreparesIsNeverLaunched() {
			lab();
			CompletableFuture<Void> preparation = new CompletableFuture<>();
			host.preparation = preparation;
			LabCaller alice = caller("192.0.2.1");
			String id = lab.start(RunKind.VM, alice).id();
			assertThat(state(id)).isEqualTo(RunState.STARTING);
			assertThat(lab.stop(id, alice.clientId()).orElseThrow().state()).isEqualTo(RunState.FINISHED);
			preparation.complete(null);
			// the launch thread was waiting for the preparation; it must not start a
			// guest
			// for a run that has ended (one did, after the class's check, on CI)
			await().during(Duration.ofMillis(300)).atMost(SOON).until(() -> vms.launched().isEmpty());
			String next = lab.start(RunKind.VM, alice).id();
			running(next);
			assertThat(vms.launched()).containsExactly(next);
		}

		@Test
		void aFullQueueRefusesMoreWith429() {
			lab("max-concurrent-containers", "1", "max-queue-length", "2");
			lab.start(RunKind.CONTAINER, caller("192.0.2.1"));
			lab.start(RunKind.CONTAINER, caller("192.0.2.2"));
			lab.start(RunKind.CONTAINER, caller("192.0.2.3"));
			LabCaller late = caller("192.0.2.4");
			refused(() -> lab.start(RunKind.CONTAINER, late), HttpStatus.TOO_MANY_REQUESTS, "Lab queue full");
			refused(() -> lab.compare(late), HttpStatus.TOO_MANY_REQUESTS, "Lab queue full");
			assertThat(lab.start(RunKind.VM, late).state()).as("the VM queue is another queue")
				.isIn(RunState.STARTING, RunState.RUNNING);
		}

		@Test
		void oneAddressTakesOnlyItsShareOfTheQueue() {
			lab("max-concurrent-containers", "1", "max-runs-per-address", "4", "max-queue-per-address", "2");
			LabCaller first = caller("203.0.113.10");
			LabCaller second = caller("203.0.113.10");
			lab.start(RunKind.CONTAINER, first);
			lab.start(RunKind.CONTAINER, first);
			lab.start(RunKind.CONTAINER, second);
			LabRefused full = refused(() -> lab.start(RunKind.CONTAINER, second), HttpStatus.TOO_MANY_REQUESTS,
					"Lab queue full for your network");
			assertThat(full.getMessage()).contains("2");

			LabRunView neighbour = lab.start(RunKind.CONTAINER, caller("198.51.100.8"));
			assertThat(neighbour.queuePosition()).isEqualTo(3);
		}

		@Test
		void inventedCookiesFromOneAddressCannotFillTheLab() {
			lab("max-concurrent-containers", "1", "max-runs-per-client", "2", "max-runs-per-address", "4",
					"max-queue-per-address", "2");
			List<String> accepted = new ArrayList<>();
			List<String> refusals = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				LabCaller attacker = caller("203.0.113.9");
				try {
					accepted.add(lab.start(RunKind.CONTAINER, attacker).id());
				}
				catch (LabRefused ex) {
					assertThat(LabProblems.status(ex.reason())).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
					refusals.add(ex.getMessage() + " " + ex.properties());
				}
			}
			assertThat(accepted).as("one running and its two queue places").hasSize(3);
			assertThat(refusals).hasSize(37);
			assertThat(refusals).allSatisfy((body) -> assertThat(body).doesNotContain(accepted));

			LabRunView visitor = lab.start(RunKind.CONTAINER, caller("198.51.100.7"));
			assertThat(visitor.state()).as("a visitor from elsewhere still gets a place").isEqualTo(RunState.QUEUED);
		}

	}

	@Nested
	class Caps {

		@Test
		void aClientOverItsCapGets429AndTheRunsItHolds() {
			lab("max-runs-per-client", "2");
			LabCaller alice = caller("192.0.2.1");
			String one = lab.start(RunKind.CONTAINER, alice).id();
			String two = lab.start(RunKind.CONTAINER, alice).id();
			LabRefused third = refused(() -> lab.start(RunKind.CONTAINER, alice), HttpStatus.TOO_MANY_REQUESTS,
					"Too many runs");
			assertThat(third.properties().get("activeRuns"))
				.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
				.containsExactlyInAnyOrder(one, two);
			refused(() -> lab.compare(alice), HttpStatus.TOO_MANY_REQUESTS, "Too many runs");
			assertThat(lab.start(RunKind.CONTAINER, caller("192.0.2.1")).state()).as("another client is not affected")
				.isIn(RunState.QUEUED, RunState.STARTING, RunState.RUNNING);
		}

		@Test
		void compareNeedsRoomForBothRuns() {
			lab("max-runs-per-client", "2");
			LabCaller alice = caller("192.0.2.1");
			String one = lab.start(RunKind.CONTAINER, alice).id();
			LabRefused refusal = refused(() -> lab.compare(alice), HttpStatus.TOO_MANY_REQUESTS, "Too many runs");
			assertThat(refusal.properties()).containsEntry("activeRuns", List.of(one));
			lab.stop(one, alice.clientId());
			LabService.LabComparison both = lab.compare(alice);
			assertThat(view(both.vm().runId()).kind()).isEqualTo(RunKind.VM);
			assertThat(view(both.container().runId()).kind()).isEqualTo(RunKind.CONTAINER);
		}

		@Test
		void anAddressOverItsCapGets429WithoutAnyRunIds() {
			lab("max-runs-per-client", "2", "max-runs-per-address", "4");
			List<String> held = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				LabCaller c = caller("203.0.113.20");
				held.add(lab.start(RunKind.CONTAINER, c).id());
				held.add(lab.start(RunKind.CONTAINER, c).id());
			}
			LabRefused refusal = refused(() -> lab.start(RunKind.CONTAINER, caller("203.0.113.20")),
					HttpStatus.TOO_MANY_REQUESTS, "Too many runs from your network");
			assertThat(refusal.properties()).isNullOrEmpty();
			assertThat(refusal.toString()).doesNotContain(held);
			assertThat(lab.start(RunKind.CONTAINER, caller("203.0.113.21")).id())
				.as("another address has its own share")
				.isNotBlank();
		}

		@Test
		void endedRunsNoLongerCount() {
			lab("max-runs-per-client", "1");
			LabCaller alice = caller("192.0.2.1");
			String first = lab.start(RunKind.CONTAINER, alice).id();
			running(first).exit(0);
			awaitState(first, RunState.FINISHED);
			assertThat(lab.start(RunKind.CONTAINER, alice).id()).isNotEqualTo(first);
		}

		@Test
		void aHostWithoutTheKindAnswers503WithTheFix() {
			lab();
			host.vm = false;
			LabRefused problem = refused(() -> lab.start(RunKind.VM, caller("192.0.2.1")),
					HttpStatus.SERVICE_UNAVAILABLE, "Lab unavailable");
			assertThat(problem.getMessage()).contains("QEMU is missing.");
			assertThat(problem.properties()).containsEntry("fix", LabHost.FIX);
			refused(() -> lab.compare(caller("192.0.2.1")), HttpStatus.SERVICE_UNAVAILABLE, "Lab unavailable");
			assertThat(vms.launched()).isEmpty();
		}

	}

	@Nested
	class Limits {

		@Test
		void aRunNobodyTypesIntoIsStoppedAtTheIdleLimit() {
			lab("idle-limit", "3s", "time-limit", "10m");
			String id = lab.start(RunKind.CONTAINER, caller("192.0.2.1")).id();
			FakeSandbox.Guest guest = running(id);
			time.advance(Duration.ofMillis(2_900));
			lab.enforceLimits();
			assertThat(state(id)).isEqualTo(RunState.RUNNING);
			time.advance(Duration.ofMillis(200));
			lab.enforceLimits();
			LabRunView ended = view(id);
			assertThat(ended.state()).isEqualTo(RunState.TIMED_OUT);
			assertThat(ended.endReason()).contains("Nobody typed");
			assertThat(guest.destroyed()).as("the guest's processes are killed").isTrue();
		}

		@Test
		void typingPutsTheIdleLimitOffAndWhatIsTypedReachesTheGuest() {
			lab("idle-limit", "3s", "time-limit", "10m");
			LabCaller alice = caller("192.0.2.1");
			String id = lab.start(RunKind.CONTAINER, alice).id();
			FakeSandbox.Guest guest = running(id);
			LabService.ConsoleSession terminal = lab.attach(id, alice.clientId(), new Collecting()).orElseThrow();
			for (int i = 0; i < 5; i++) {
				time.advance(Duration.ofSeconds(2));
				assertThat(terminal.input(("true" + i + "\r").getBytes())).isEqualTo(LabService.Input.ACCEPTED);
				lab.enforceLimits();
				assertThat(state(id)).isEqualTo(RunState.RUNNING);
			}
			soon().until(() -> guest.typed().contains("true4\r"));
			assertThat(guest.typed()).isEqualTo("true0\rtrue1\rtrue2\rtrue3\rtrue4\r");
		}

		@Test
		void theOwnersTerminalOpeningAgainPutsTheIdleLimitOffButAWatchersDoesNot() {
			lab("idle-limit", "3s", "time-limit", "10m");
			LabCaller alice = caller("192.0.2.1");
			String id = lab.start(RunKind.CONTAINER, alice).id();
			running(id);
			time.advance(Duration.ofMillis(2_500));
			lab.attach(id, alice.clientId(), new Collecting()).orElseThrow();
			time.advance(Duration.ofMillis(2_500));
			lab.enforceLimits();
			assertThat(state(id)).as("5 s after it was ready, 2.5 s after Alice came back").isEqualTo(RunState.RUNNING);
			lab.attach(id, caller("192.0.2.2").clientId(), new Collecting()).orElseThrow();
			time.advance(Duration.ofMillis(600));
			lab.enforceLimits();
			assertThat(state(id)).as("a watcher's terminal is not Alice at the keyboard").isEqualTo(RunState.TIMED_OUT);
		}

		@Test
		void aBusyRunIsStoppedAtTheHardTimeLimit() {
			lab("idle-limit", "3s", "time-limit", "8s");
			LabCaller alice = caller("192.0.2.1");
			String id = lab.start(RunKind.CONTAINER, alice).id();
			FakeSandbox.Guest guest = running(id);
			LabService.ConsoleSession terminal = lab.attach(id, alice.clientId(), new Collecting()).orElseThrow();
			for (int second = 1; second <= 20 && state(id) == RunState.RUNNING; second++) {
				time.advance(Duration.ofSeconds(1));
				terminal.input("true\r".getBytes());
				lab.enforceLimits();
			}
			LabRunView ended = view(id);
			assertThat(ended.state()).isEqualTo(RunState.TIMED_OUT);
			assertThat(ended.endReason()).contains("hard time limit");
			assertThat(ended.elapsedMillis()).isEqualTo(9_000);
			assertThat(guest.destroyed()).isTrue();
		}

		@Test
		void theHardLimitCountsFromTheStartNotFromTheQueue() {
			lab("max-concurrent-containers", "1", "idle-limit", "1h", "time-limit", "8s");
			LabCaller alice = caller("192.0.2.1");
			String first = lab.start(RunKind.CONTAINER, alice).id();
			running(first);
			String waiting = lab.start(RunKind.CONTAINER, caller("192.0.2.2")).id();
			time.advance(Duration.ofSeconds(7));
			lab.stop(first, alice.clientId());
			running(waiting);
			time.advance(Duration.ofSeconds(7));
			lab.enforceLimits();
			assertThat(state(waiting)).as("14 s after it asked, 7 s after it started").isEqualTo(RunState.RUNNING);
			time.advance(Duration.ofSeconds(2));
			lab.enforceLimits();
			assertThat(state(waiting)).isEqualTo(RunState.TIMED_OUT);
		}

		@Test
		void aGuestWithoutAReadyMarkerFailsAtTheReadyTimeout() {
			lab("ready-timeout", "60s");
			String id = lab.start(RunKind.VM, caller("192.0.2.1")).id();
			FakeSandbox.Guest guest = launched(id);
			soon().until(() -> guest.launchedNanos() != 0 && view(id).waitMillis() != null);
			time.advance(Duration.ofSeconds(59));
			lab.enforceLimits();
			assertThat(state(id)).isEqualTo(RunState.STARTING);
			time.advance(Duration.ofSeconds(2));
			lab.enforceLimits();
			assertThat(state(id)).isEqualTo(RunState.FAILED);
			assertThat(view(id).endReason()).contains("No ready marker");
			assertThat(guest.destroyed()).isTrue();
		}

		@Test
		void aRunThatEndsFreesItsSlotForTheNextInTheQueue() {
			lab("max-concurrent-vms", "1", "idle-limit", "3s");
			String first = lab.start(RunKind.VM, caller("192.0.2.1")).id();
			running(first);
			String next = lab.start(RunKind.VM, caller("192.0.2.2")).id();
			time.advance(Duration.ofSeconds(4));
			lab.enforceLimits();
			assertThat(state(first)).isEqualTo(RunState.TIMED_OUT);
			running(next);
			assertThat(vms.launched()).containsExactly(first, next);
		}

		@Test
		void anEndedRunStaysVisibleForTheRetentionThenGoes() {
			lab("retention", "30m");
			LabCaller alice = caller("192.0.2.1");
			String id = lab.start(RunKind.CONTAINER, alice).id();
			running(id);
			lab.stop(id, alice.clientId());
			time.advance(Duration.ofMinutes(29));
			lab.enforceLimits();
			assertThat(state(id)).isEqualTo(RunState.FINISHED);
			time.advance(Duration.ofMinutes(2));
			lab.enforceLimits();
			assertThat(lab.find(id)).isEmpty();
		}

	}

	@Nested
	class Stopping {

		@Test
		void theOwnerStopsARunAndItsGuestIsKilled() {
			lab();
			LabCaller alice = caller("192.0.2.1");
			String id = lab.start(RunKind.VM, alice).id();
			FakeSandbox.Guest guest = running(id);
			time.advance(Duration.ofSeconds(5));
			LabRunView stopped = lab.stop(id, alice.clientId()).orElseThrow();
			assertThat(stopped.state()).isEqualTo(RunState.FINISHED);
			assertThat(stopped.endReason()).isEqualTo("Stopped by the user.");
			assertThat(stopped.elapsedMillis()).isEqualTo(5_000);
			assertThat(guest.destroyed()).isTrue();
			assertThat(finished).singleElement().satisfies((e) -> {
				assertThat(e.runId()).isEqualTo(id);
				assertThat(e.state()).isEqualTo(RunState.FINISHED);
			});
			assertThat(lab.stop(id, alice.clientId()).orElseThrow().state()).as("stopping twice changes nothing")
				.isEqualTo(RunState.FINISHED);
			assertThat(finished).hasSize(1);
		}

		@Test
		void onlyTheOwnerMayStopARun() {
			lab();
			LabCaller alice = caller("192.0.2.1");
			String id = lab.start(RunKind.CONTAINER, alice).id();
			running(id);
			refused(() -> lab.stop(id, caller("192.0.2.1").clientId()), HttpStatus.FORBIDDEN, "Not your run");
			assertThat(state(id)).isEqualTo(RunState.RUNNING);
			assertThat(lab.stop("no-such-run", alice.clientId())).isEmpty();
		}

		@Test
		void aRunStoppedWhileItIsLaunchedIsKilledOnceItExists() throws Exception {
			lab();
			LabCaller alice = caller("192.0.2.1");
			CountDownLatch launch = containers.holdLaunches();
			String id = lab.start(RunKind.CONTAINER, alice).id();
			soon().until(() -> containers.entered().contains(id));
			assertThat(lab.stop(id, alice.clientId()).orElseThrow().state()).isEqualTo(RunState.FINISHED);
			launch.countDown();
			soon().until(() -> containers.guest(id) != null && containers.guest(id).destroyed());
		}

		@Test
		void aRunThatCannotLaunchFailsAndFreesItsSlot() {
			lab("max-concurrent-containers", "1");
			containers.failWith(new IOException("runc: not found"));
			String id = lab.start(RunKind.CONTAINER, caller("192.0.2.1")).id();
			awaitState(id, RunState.FAILED);
			assertThat(view(id).endReason()).contains("Could not start", "runc: not found");
			containers.failWith(null);
			running(lab.start(RunKind.CONTAINER, caller("192.0.2.2")).id());
		}

		@Test
		void aGuestThatEndsBeforeItIsReadyFailsAndOneThatEndsLaterFinishes() {
			lab();
			String early = lab.start(RunKind.CONTAINER, caller("192.0.2.1")).id();
			launched(early).exit(3);
			awaitState(early, RunState.FAILED);
			assertThat(view(early).endReason()).contains("exit code 3");

			String later = lab.start(RunKind.CONTAINER, caller("192.0.2.2")).id();
			running(later).exit(0);
			awaitState(later, RunState.FINISHED);
			assertThat(view(later).endReason()).isEqualTo("The guest's shell ended.");
		}

		@Test
		void aWaitForReadinessEndsWhenTheRunIsReady() throws Exception {
			lab();
			String id = lab.start(RunKind.VM, caller("192.0.2.1")).id();
			CompletableFuture<LabRunView> settled = lab.whenSettled(id, Duration.ofSeconds(30)).orElseThrow();
			assertThat(settled).isNotDone();
			FakeSandbox.Guest guest = launched(id);
			soon().until(() -> view(id).waitMillis() != null);
			time.advance(Duration.ofMillis(1_500));
			guest.ready();
			LabRunView ready = settled.get(5, TimeUnit.SECONDS);
			assertThat(ready.state()).isEqualTo(RunState.RUNNING);
			assertThat(ready.readyMillis()).isEqualTo(1_500);
			assertThat(ready.guestKernel()).isEqualTo("6.1.0-fake");
			// the console travels apart from the side channel's marker, so it may follow
			// a moment later
			soon().until(() -> view(id).console().contains("booted"));
			assertThat(lab.whenSettled("no-such-run", Duration.ofSeconds(1))).isEmpty();
		}

		@Test
		void onlyTheOwnersNewestTerminalTypesTheOthersWatch() {
			lab();
			LabCaller alice = caller("192.0.2.1");
			String id = lab.start(RunKind.CONTAINER, alice).id();
			FakeSandbox.Guest guest = running(id);
			Collecting watched = new Collecting();
			LabService.ConsoleSession stranger = lab.attach(id, caller("192.0.2.2").clientId(), watched).orElseThrow();
			LabService.ConsoleSession first = lab.attach(id, alice.clientId(), new Collecting()).orElseThrow();
			LabService.ConsoleSession second = lab.attach(id, alice.clientId(), new Collecting()).orElseThrow();
			assertThat(stranger.input("intruder\r".getBytes())).isEqualTo(LabService.Input.READ_ONLY);
			assertThat(first.input("old\r".getBytes())).isEqualTo(LabService.Input.READ_ONLY);
			assertThat(second.input("owner\r".getBytes())).isEqualTo(LabService.Input.ACCEPTED);
			soon().until(() -> guest.typed().contains("owner\r"));
			assertThat(guest.typed()).doesNotContain("intruder", "old");
			guest.print("owner\r\n");
			soon().until(() -> watched.text().contains("owner"));

			lab.stop(id, alice.clientId());
			assertThat(watched.closed).isEqualTo(RunState.FINISHED);
			assertThat(second.input("late\r".getBytes())).isEqualTo(LabService.Input.NOT_RUNNING);
		}

		@Test
		void shuttingDownEndsEveryRun() {
			lab("max-concurrent-vms", "1");
			String running = lab.start(RunKind.VM, caller("192.0.2.1")).id();
			FakeSandbox.Guest guest = running(running);
			String queued = lab.start(RunKind.VM, caller("192.0.2.2")).id();
			lab.destroy();
			assertThat(state(running)).isEqualTo(RunState.FINISHED);
			assertThat(state(queued)).isEqualTo(RunState.FINISHED);
			assertThat(view(queued).endReason()).contains("shutting down");
			assertThat(guest.destroyed()).isTrue();
			assertThat(vms.launched()).containsExactly(running);
		}

	}

	/** A host that has both QEMU and runc ready, unless a test takes QEMU away. */
	static final class FakeHost extends LabHost {

		volatile boolean vm = true;

		FakeHost(LabProperties properties) {
			super(properties, new PidFiles(properties), new LabCgroups(properties));
		}

		/** Ready at once, unless a test puts an unfinished preparation here. */
		volatile CompletableFuture<Void> preparation = CompletableFuture.completedFuture(null);

		@Override
		public CompletableFuture<Void> prepared() {
			return this.preparation;
		}

		@Override
		public boolean vmAvailable() {
			return this.vm;
		}

		@Override
		public boolean containerAvailable() {
			return true;
		}

		@Override
		public LabCapabilities capabilities() {
			return new LabCapabilities(
					new LabCapabilities.VmCapability(this.vm, null, this.vm ? "ready" : "QEMU is missing.",
							this.vm ? List.of() : List.of("qemu"), null, null, null, null),
					new LabCapabilities.ContainerCapability(true, "runc 1.1", "ready", List.of()), "6.1", LabHost.FIX);
		}

	}

	/** A terminal that keeps what it was sent. */
	static final class Collecting implements LabService.ConsoleListener {

		private final StringBuffer text = new StringBuffer();

		volatile RunState closed;

		@Override
		public void output(byte[] bytes) {
			this.text.append(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
		}

		@Override
		public void closed(RunState state) {
			this.closed = state;
		}

		String text() {
			return this.text.toString();
		}

	}

}
