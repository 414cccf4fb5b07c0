package org.virtclass.lab.infra;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.virtclass.lab.LabProperties;

/**
 * One pid file per live run under {@code <work-dir>/runs/<id>/pid}, written right after
 * launch and removed when the run is cleaned up. After a crash they are how the next
 * start finds what the previous one left running: each recorded process is killed with
 * its group, but only if its start time still matches, so a recycled pid is never hit.
 * Containers are also force-deleted from the lab's private runc state directory.
 */
@org.springframework.stereotype.Component
public final class PidFiles {

	private static final Logger log = LoggerFactory.getLogger(PidFiles.class);

	private final LabProperties properties;

	public PidFiles(LabProperties properties) {
		this.properties = properties;
	}

	public Path runDir(String runId) {
		return properties.runsDir().resolve(runId);
	}

	void write(String runId, long pid, String containerId) throws IOException {
		Properties p = new Properties();
		p.setProperty("pid", Long.toString(pid));
		startTicks(pid).ifPresent((t) -> p.setProperty("start", Long.toString(t)));
		if (containerId != null) {
			p.setProperty("container", containerId);
		}
		Files.createDirectories(runDir(runId));
		try (Writer out = Files.newBufferedWriter(runDir(runId).resolve("pid"))) {
			p.store(out, null);
		}
	}

	/** Removes the run's directory: pid file, bundle. */
	void remove(String runId) {
		try {
			GuestImages.deleteTree(runDir(runId));
		}
		catch (IOException ex) {
			log.warn("Could not remove {}: {}", runDir(runId), ex.getMessage());
		}
	}

	/**
	 * Kills every recorded process that is still the one we started, deletes every
	 * container in our runc state directory, and removes the run directories. Returns how
	 * many processes it killed.
	 */
	public int sweep(Path runc) {
		int killed = 0;
		Path runs = properties.runsDir();
		if (Files.isDirectory(runs)) {
			try (DirectoryStream<Path> dirs = Files.newDirectoryStream(runs)) {
				for (Path dir : dirs) {
					killed += sweepOne(dir, runc);
					GuestImages.deleteTree(dir);
				}
			}
			catch (IOException ex) {
				log.warn("Could not sweep {}: {}", runs, ex.getMessage());
			}
		}
		if (runc != null && Files.isDirectory(properties.runcRoot())) {
			HostProcesses.run(List.of(runc.toString(), "--root", properties.runcRoot().toString(), "list", "-q"))
				.filter(HostProcesses.Result::ok)
				.ifPresent((r) -> r.output().lines().map(String::strip).filter((id) -> !id.isEmpty()).forEach((id) -> {
					log.warn("Deleting leftover container {}", id);
					RuncSandbox.forceDelete(runc, properties.runcRoot(), id);
				}));
		}
		if (killed > 0) {
			log.warn("Killed {} leftover lab process group(s) from an earlier run of the app", killed);
		}
		return killed;
	}

	private int sweepOne(Path dir, Path runc) {
		Path file = dir.resolve("pid");
		if (!Files.isRegularFile(file)) {
			return 0;
		}
		Properties p = new Properties();
		try (Reader in = Files.newBufferedReader(file)) {
			p.load(in);
		}
		catch (IOException ex) {
			return 0;
		}
		int killed = 0;
		try {
			long pid = Long.parseLong(p.getProperty("pid", "-1"));
			OptionalLong now = startTicks(pid);
			String recorded = p.getProperty("start");
			if (pid > 1 && now.isPresent() && recorded != null && Long.parseLong(recorded) == now.getAsLong()) {
				HostProcesses.killGroup(pid);
				killed = 1;
			}
		}
		catch (NumberFormatException ex) {
			log.warn("Ignoring a malformed pid file {}", file);
		}
		String container = p.getProperty("container");
		if (container != null && runc != null) {
			RuncSandbox.forceDelete(runc, properties.runcRoot(), container);
		}
		return killed;
	}

	private static OptionalLong startTicks(long pid) {
		return HostProcesses.startTicks(pid);
	}

}
