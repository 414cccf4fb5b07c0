package org.virtclass.lab.infra;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Boots one canary VM and waits for the ready marker on its console, for the accelerator
 * and the machine probes alike. The canary has a pid file like any run, so a crash during
 * the probe leaves nothing the next start does not sweep; it is killed whatever happens,
 * and {@link #abort()} kills one that is booting when the app stops.
 */
final class CanaryBoot {

	private static final Logger log = LoggerFactory.getLogger(CanaryBoot.class);

	private final PidFiles pidFiles;

	private final String runId;

	private volatile Process running;

	private volatile boolean aborted;

	/**
	 * @param runId the name of the canary's pid file
	 */
	CanaryBoot(PidFiles pidFiles, String runId) {
		this.pidFiles = pidFiles;
		this.runId = runId;
	}

	/**
	 * How a canary boot ended.
	 *
	 * @param millis from start to the marker, or null when it never came
	 * @param timedOut whether the watchdog ran out while the canary was still running
	 * @param lastLine the last non-blank console line, for the reason shown when it
	 * failed
	 * @param startFailure why the canary could not even start, or null
	 */
	record Outcome(Long millis, boolean timedOut, String lastLine, String startFailure) {

		boolean ready() {
			return millis != null;
		}

	}

	boolean aborted() {
		return aborted;
	}

	void abort() {
		aborted = true;
		Process process = running;
		if (process != null) {
			HostProcesses.killGroup(process.pid());
		}
	}

	Outcome boot(List<String> argv, Duration watchdog) {
		long start = System.nanoTime();
		Process process;
		try {
			process = HostProcesses.startInOwnGroup(argv, null, true);
		}
		catch (IOException ex) {
			return new Outcome(null, false, "", ex.getMessage());
		}
		running = process;
		try {
			pidFiles.write(runId, process.pid(), null);
		}
		catch (IOException ex) {
			log.warn("Could not write the pid file of the canary {}: {}", runId, ex.getMessage());
		}
		if (aborted) {
			HostProcesses.killGroup(process.pid());
		}
		CompletableFuture<Long> marker = new CompletableFuture<>();
		StringBuilder lastLine = new StringBuilder();
		Thread reader = new Thread(() -> readUntilMarker(process, start, marker, lastLine), "lab-" + runId);
		reader.setDaemon(true);
		reader.start();
		try {
			return new Outcome(marker.get(watchdog.toMillis(), TimeUnit.MILLISECONDS), false, "", null);
		}
		catch (TimeoutException ex) {
			return new Outcome(null, true, last(lastLine), null);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Outcome(null, false, last(lastLine), null);
		}
		catch (ExecutionException ex) {
			return new Outcome(null, false, last(lastLine), null);
		}
		finally {
			HostProcesses.killGroup(process.pid());
			try {
				process.waitFor(5, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			running = null;
			pidFiles.remove(runId);
		}
	}

	private static String last(StringBuilder lastLine) {
		synchronized (lastLine) {
			return lastLine.toString().strip();
		}
	}

	private static void readUntilMarker(Process process, long start, CompletableFuture<Long> marker,
			StringBuilder lastLine) {
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.ISO_8859_1))) {
			String line;
			while ((line = in.readLine()) != null) {
				if (line.contains(ConsoleMarkers.READY)) {
					marker.complete((System.nanoTime() - start) / 1_000_000);
				}
				else if (!line.isBlank()) {
					synchronized (lastLine) {
						lastLine.setLength(0);
						lastLine.append(line, 0, Math.min(line.length(), 300));
					}
				}
			}
		}
		catch (IOException ex) {
			// killed: the watchdog decides
		}
		marker.completeExceptionally(new IOException("exited"));
	}

}
