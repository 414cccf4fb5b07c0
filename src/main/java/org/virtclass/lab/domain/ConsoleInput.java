package org.virtclass.lab.domain;

import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.virtclass.lab.infra.SandboxProcess;

/**
 * The way keystrokes reach a guest: a bounded queue and one writer thread per run.
 * Writing to a guest blocks when the guest reads nothing (its input pipe is full); only
 * this thread ever waits there, never a request thread. When what waits reaches
 * {@link #CAPACITY} bytes, more is refused, so a flood costs a bounded amount of memory
 * and no thread at all.
 */
final class ConsoleInput {

	/**
	 * Bytes that may wait for the guest. Far more than anyone types; a paste of this size
	 * still fits.
	 */
	static final int CAPACITY = 16 * 1024;

	private static final Logger log = LoggerFactory.getLogger(ConsoleInput.class);

	private static final byte[] STOP = new byte[0];

	private final BlockingQueue<byte[]> queue = new LinkedBlockingQueue<>();

	private final AtomicInteger pending = new AtomicInteger();

	private final SandboxProcess process;

	private final String runId;

	private volatile boolean closed;

	ConsoleInput(String runId, SandboxProcess process) {
		this.runId = runId;
		this.process = process;
	}

	/**
	 * Queues keys for the guest, or refuses them when too much waits already. Never
	 * blocks.
	 */
	boolean offer(byte[] keys) {
		if (closed) {
			return false;
		}
		int before = pending.getAndAdd(keys.length);
		// an empty queue takes any one message, so that one big paste is never refused
		// for good
		if (before > 0 && before + keys.length > CAPACITY) {
			pending.addAndGet(-keys.length);
			return false;
		}
		queue.add(keys);
		return true;
	}

	/** Whether keys wait: the guest has not read all that came before. */
	boolean backedUp() {
		return pending.get() > 0;
	}

	/**
	 * Drops what waits in the queue (not a write already under way), as a terminal
	 * flushes its input on Ctrl-C.
	 */
	void discardQueued() {
		byte[] keys;
		while ((keys = queue.poll()) != null) {
			if (keys == STOP) {
				queue.add(STOP);
				return;
			}
			pending.addAndGet(-keys.length);
		}
	}

	/** The writer thread's loop: until {@link #close()} or the guest's input is gone. */
	void writeUntilClosed() {
		try {
			while (!closed) {
				byte[] keys = queue.take();
				if (keys == STOP) {
					return;
				}
				try {
					process.input(keys);
				}
				finally {
					pending.addAndGet(-keys.length);
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (IOException ex) {
			log.debug("Input to run {} ended: {}", runId, ex.getMessage());
		}
		finally {
			closed = true;
			queue.clear();
		}
	}

	/**
	 * Ends the writer thread; one stuck in a write ends when the process is killed and
	 * its pipe breaks.
	 */
	void close() {
		closed = true;
		queue.add(STOP);
	}

}
