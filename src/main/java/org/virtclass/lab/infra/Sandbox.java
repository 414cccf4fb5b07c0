package org.virtclass.lab.infra;

import java.io.IOException;
import java.util.function.Consumer;

import org.virtclass.lab.RunKind;

/** Launches one kind of guest: a QEMU VM or a runc container. */
public interface Sandbox {

	RunKind kind();

	/**
	 * Starts a guest for the run {@code runId}.
	 * @param echo receives what the console must show for the user's own typing when the
	 * guest has no terminal to echo it
	 */
	SandboxProcess launch(String runId, Consumer<byte[]> echo) throws IOException;

}
