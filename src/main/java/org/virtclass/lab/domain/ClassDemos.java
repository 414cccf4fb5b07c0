package org.virtclass.lab.domain;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import org.virtclass.lab.ClassDemoProperties;
import org.virtclass.lab.ClassDemoService;
import org.virtclass.lab.ClassDemoView;
import org.virtclass.lab.LabService.ConsoleListener;
import org.virtclass.lab.LabService.Input;
import org.virtclass.lab.RunKind;
import org.virtclass.lab.RunState;
import org.virtclass.system.ApiProblem;

/**
 * The one class demo of the server. Each screen subscribes to the two runs' console
 * buffers, which are filled by one reader thread per console and hand each chunk to every
 * subscriber without waiting for any: the fan-out costs the reader one queue operation
 * per screen.
 */
@Service
class ClassDemos implements ClassDemoService {

	/**
	 * Letters and digits that cannot be mistaken for each other on a projector (no 0/O,
	 * 1/I/L).
	 */
	private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	private static final int CODE_LENGTH = 6;

	private final LabSupervisor supervisor;

	private final ClassDemoProperties properties;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private volatile Demo demo;

	ClassDemos(LabSupervisor supervisor, ClassDemoProperties properties, Clock clock) {
		this.supervisor = supervisor;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public synchronized ClassDemoView start(String instructor) {
		Demo running = demo;
		if (running != null && running.active()) {
			return running.view();
		}
		String code = code();
		List<LabRun> both = supervisor.launchForDemo("demo:" + code, properties.timeLimit());
		Instant now = clock.instant();
		demo = new Demo(code, instructor, both.get(0), both.get(1), now, now.plus(properties.timeLimit()));
		return demo.view();
	}

	@Override
	public Optional<ClassDemoView> current() {
		Demo d = demo;
		return (d != null && d.active()) ? Optional.of(d.view()) : Optional.empty();
	}

	@Override
	public Optional<ClassDemoView> find(String code) {
		return named(code).map(Demo::view);
	}

	@Override
	public Optional<ClassDemoView> stop(String code) {
		return named(code).map((d) -> {
			supervisor.stop(d.vm, "The instructor ended the class demo.");
			supervisor.stop(d.container, "The instructor ended the class demo.");
			return d.view();
		});
	}

	@Override
	public Optional<Watch> watch(String code, Listener listener, boolean controls) {
		return named(code).map((d) -> d.attach(listener, controls));
	}

	private Optional<Demo> named(String code) {
		Demo d = demo;
		return (d != null && code != null && d.code.equals(code.strip().toUpperCase(Locale.ROOT))) ? Optional.of(d)
				: Optional.empty();
	}

	private String code() {
		StringBuilder code = new StringBuilder(CODE_LENGTH);
		for (int i = 0; i < CODE_LENGTH; i++) {
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	private final class Demo {

		private final String code;

		private final String instructor;

		private final LabRun vm;

		private final LabRun container;

		private final Instant startedAt;

		private final Instant endsAt;

		private int viewers;

		private final List<Listener> controllers = new CopyOnWriteArrayList<>();

		Demo(String code, String instructor, LabRun vm, LabRun container, Instant startedAt, Instant endsAt) {
			this.code = code;
			this.instructor = instructor;
			this.vm = vm;
			this.container = container;
			this.startedAt = startedAt;
			this.endsAt = endsAt;
		}

		boolean active() {
			return vm.isActive() || container.isActive();
		}

		synchronized ClassDemoView view() {
			return new ClassDemoView(code, active(), instructor, vm.id(), vm.state(), container.id(), container.state(),
					startedAt, endsAt, viewers);
		}

		Watch attach(Listener listener, boolean controls) {
			if (controls) {
				synchronized (this) {
					controllers.add(listener);
					listener.viewers(viewers);
				}
			}
			else {
				changeViewers(1, true);
			}
			ConsoleListener vmListener = forward(RunKind.VM, listener);
			ConsoleListener containerListener = forward(RunKind.CONTAINER, listener);
			vm.console().subscribe(vmListener);
			container.console().subscribe(containerListener);
			AtomicBoolean detached = new AtomicBoolean();
			return new Watch() {
				@Override
				public Input input(RunKind console, byte[] keys) {
					if (!controls) {
						return Input.READ_ONLY;
					}
					if (console != null) {
						return supervisor.typeInto((console == RunKind.VM) ? vm : container, keys);
					}
					Input toVm = supervisor.typeInto(vm, keys);
					Input toContainer = supervisor.typeInto(container, keys);
					if (toVm == Input.PAUSED || toContainer == Input.PAUSED) {
						return Input.PAUSED;
					}
					return (toVm == Input.ACCEPTED || toContainer == Input.ACCEPTED) ? Input.ACCEPTED : toVm;
				}

				@Override
				public boolean controls() {
					return controls;
				}

				@Override
				public void detach() {
					if (!detached.compareAndSet(false, true)) {
						return;
					}
					vm.console().unsubscribe(vmListener);
					container.console().unsubscribe(containerListener);
					if (controls) {
						controllers.remove(listener);
					}
					else {
						changeViewers(-1, false);
					}
				}
			};
		}

		/**
		 * Counts a viewer in or out and tells the controlling screens. Under the lock, so
		 * that they learn the counts in order and the last one they hear is the true one.
		 */
		private synchronized void changeViewers(int delta, boolean checkRoom) {
			if (checkRoom && viewers >= properties.maxViewers()) {
				throw new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "Demo full",
						"This class demo has " + properties.maxViewers() + " viewers already.");
			}
			viewers += delta;
			int now = viewers;
			controllers.forEach((c) -> c.viewers(now));
		}

	}

	private static ConsoleListener forward(RunKind kind, Listener listener) {
		return new ConsoleListener() {
			@Override
			public void output(byte[] bytes) {
				listener.output(kind, bytes);
			}

			@Override
			public void closed(RunState state) {
				listener.closed(kind, state);
			}
		};
	}

}
