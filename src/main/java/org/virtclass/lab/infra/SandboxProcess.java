package org.virtclass.lab.infra;

import java.io.IOException;
import java.io.InputStream;

/**
 * A running guest: its console streams, its measurements, and the way to stop it for
 * good.
 */
public interface SandboxProcess {

	/**
	 * {@link System#nanoTime()} just before the host process was launched: time to ready
	 * counts from here.
	 */
	long launchedNanos();

	/** The pid of the host process that leads the guest's process group. */
	long pid();

	/** Everything the guest writes to its console, ready for a terminal. */
	InputStream output();

	/**
	 * The guest's side channel: the facts line and the ready marker, which never appear
	 * in {@link #output()}. It ends when the guest is destroyed.
	 */
	InputStream signals();

	/**
	 * Tells the guest the terminal's size, so that its programs wrap and lay out lines
	 * for it. A guest without a terminal of its own (the container reads a pipe) ignores
	 * it: there the browser's terminal wraps by itself.
	 */
	default void resize(int rows, int cols) {
	}

	/** Keystrokes for the guest's console. They never reach a host shell. */
	void input(byte[] keys) throws IOException;

	/**
	 * Whether {@link #interrupt()} works: the container's line discipline is ours, so the
	 * app can interrupt its foreground command itself; a VM's agent does it on a request
	 * over its side channel.
	 */
	default boolean interruptible() {
		return false;
	}

	/**
	 * Interrupts the guest's foreground command out of band, as Ctrl-C would, for when
	 * its input is backed up and a typed Ctrl-C would wait behind it.
	 */
	default void interrupt() {
	}

	/**
	 * Resident memory on the host: the QEMU process, or the processes inside the
	 * container.
	 */
	long rssKb();

	/** {@code kvm} or {@code tcg} for a VM, null for a container. */
	String accelerator();

	/** Waits for the guest to end and returns the host process's exit code. */
	int waitFor() throws InterruptedException;

	/**
	 * Kills the guest's whole process group and removes what it left behind. Idempotent.
	 */
	void destroy();

}
