package org.virtclass.lab.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.virtclass.lab.RunKind;
import org.virtclass.lab.infra.ConsoleMarkers;
import org.virtclass.lab.infra.Sandbox;
import org.virtclass.lab.infra.SandboxProcess;

/**
 * A {@link Sandbox} without QEMU or runc: each launch makes a {@link Guest} the test
 * drives (print the ready marker, end, or nothing at all), and the sandbox remembers the
 * order it launched runs in.
 */
final class FakeSandbox implements Sandbox {

	private static final AtomicInteger pids = new AtomicInteger(1000);

	private final RunKind kind;

	private final ManualTime time;

	private final List<String> launched = new CopyOnWriteArrayList<>();

	private final List<String> entered = new CopyOnWriteArrayList<>();

	private final Map<String, Guest> guests = new ConcurrentHashMap<>();

	private volatile IOException failure;

	private volatile CountDownLatch gate;

	FakeSandbox(RunKind kind, ManualTime time) {
		this.kind = kind;
		this.time = time;
	}

	@Override
	public RunKind kind() {
		return this.kind;
	}

	@Override
	public SandboxProcess launch(String runId, Consumer<byte[]> echo) throws IOException {
		this.entered.add(runId);
		CountDownLatch g = this.gate;
		if (g != null) {
			try {
				g.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		if (this.failure != null) {
			throw this.failure;
		}
		Guest guest = new Guest(this.time.nanoTime(), (this.kind == RunKind.VM) ? "tcg" : null);
		this.guests.put(runId, guest);
		this.launched.add(runId);
		return guest;
	}

	/** The run ids whose launch has begun (held or not), in order. */
	List<String> entered() {
		return List.copyOf(this.entered);
	}

	/** The run ids launched so far, in order. */
	List<String> launched() {
		return List.copyOf(this.launched);
	}

	Guest guest(String runId) {
		return this.guests.get(runId);
	}

	/** Later launches throw this, as a missing binary would. */
	void failWith(IOException failure) {
		this.failure = failure;
	}

	/**
	 * Later launches wait until the returned latch opens: a launch that takes a while.
	 */
	CountDownLatch holdLaunches() {
		this.gate = new CountDownLatch(1);
		return this.gate;
	}

	/** A guest's process: its console is a queue the test fills, its end a latch. */
	static final class Guest implements SandboxProcess {

		private static final byte[] EOF = new byte[0];

		private final long launchedNanos;

		private final String accelerator;

		private final long pid = pids.incrementAndGet();

		private final BlockingQueue<byte[]> output = new LinkedBlockingQueue<>();

		private final BlockingQueue<byte[]> signals = new LinkedBlockingQueue<>();

		private final ByteArrayOutputStream typed = new ByteArrayOutputStream();

		private final CountDownLatch ended = new CountDownLatch(1);

		private volatile int exitCode;

		private volatile boolean destroyed;

		Guest(long launchedNanos, String accelerator) {
			this.launchedNanos = launchedNanos;
			this.accelerator = accelerator;
		}

		/**
		 * Sends its facts and the ready marker on the side channel and prompts, as the
		 * guest's init does.
		 */
		void ready() {
			signal(ConsoleMarkers.FACTS + " kernel=6.1.0-fake processes=3 memtotal_kb=70000 cpus=1\n");
			print("booted\n# ");
			signal(ConsoleMarkers.READY + "\n");
		}

		private void signal(String line) {
			this.signals.add(line.getBytes(StandardCharsets.UTF_8));
		}

		void print(String text) {
			this.output.add(text.getBytes(StandardCharsets.UTF_8));
		}

		/** The guest ends by itself, as when its shell exits. */
		void exit(int code) {
			this.exitCode = code;
			this.output.add(EOF);
			this.signals.add(EOF);
			this.ended.countDown();
		}

		boolean destroyed() {
			return this.destroyed;
		}

		String typed() {
			synchronized (this.typed) {
				return this.typed.toString(StandardCharsets.UTF_8);
			}
		}

		@Override
		public long launchedNanos() {
			return this.launchedNanos;
		}

		@Override
		public long pid() {
			return this.pid;
		}

		@Override
		public InputStream output() {
			return stream(this.output);
		}

		@Override
		public InputStream signals() {
			return stream(this.signals);
		}

		private static InputStream stream(BlockingQueue<byte[]> queue) {
			return new InputStream() {

				private byte[] chunk = new byte[0];

				private int at;

				@Override
				public int read() throws IOException {
					byte[] one = new byte[1];
					return (read(one, 0, 1) < 0) ? -1 : (one[0] & 0xff);
				}

				@Override
				public int read(byte[] b, int off, int len) throws IOException {
					while (this.at >= this.chunk.length) {
						try {
							this.chunk = queue.take();
						}
						catch (InterruptedException ex) {
							Thread.currentThread().interrupt();
							throw new IOException("interrupted", ex);
						}
						this.at = 0;
						if (this.chunk == EOF) {
							queue.add(EOF);
							return -1;
						}
					}
					int n = Math.min(len, this.chunk.length - this.at);
					System.arraycopy(this.chunk, this.at, b, off, n);
					this.at += n;
					return n;
				}

			};
		}

		@Override
		public void input(byte[] keys) {
			synchronized (this.typed) {
				this.typed.writeBytes(keys);
			}
		}

		@Override
		public long rssKb() {
			return 4321;
		}

		@Override
		public String accelerator() {
			return this.accelerator;
		}

		@Override
		public int waitFor() throws InterruptedException {
			this.ended.await();
			return this.exitCode;
		}

		@Override
		public void destroy() {
			this.destroyed = true;
			exit(137);
		}

	}

}
