package org.virtclass.lab.infra;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * A guest's side channel on the host: named pipes in the run directory, apart from the
 * console, so that the facts, the ready marker and the app's requests (terminal size,
 * interrupt) never show in what the student sees. The app opens each pipe for reading and
 * writing at once, which never blocks on a pipe nobody has opened yet; {@link #close()}
 * ends a read that waits.
 */
final class GuestSignals implements AutoCloseable {

	private final FileChannel fromGuest;

	private final FileChannel toGuest;

	private GuestSignals(FileChannel fromGuest, FileChannel toGuest) {
		this.fromGuest = fromGuest;
		this.toGuest = toGuest;
	}

	/** Makes a named pipe that only {@code uid} may use (mode 600). */
	static Path mkfifo(Path path, int uid) throws IOException {
		Files.deleteIfExists(path);
		HostProcesses.Result made = HostProcesses.run(List.of("mkfifo", "-m", "600", path.toString()))
			.orElseThrow(() -> new IOException("mkfifo could not run"));
		if (!made.ok()) {
			throw new IOException("mkfifo " + path + " failed: " + made.output().strip());
		}
		if (uid != 0) {
			Files.setAttribute(path, "unix:uid", uid);
		}
		return path;
	}

	/**
	 * @param fromGuest the pipe the guest writes its facts to
	 * @param toGuest the pipe the guest reads requests from, or {@code null} when it has
	 * none
	 */
	static GuestSignals open(Path fromGuest, Path toGuest) throws IOException {
		FileChannel in = FileChannel.open(fromGuest, StandardOpenOption.READ, StandardOpenOption.WRITE);
		try {
			return new GuestSignals(in, (toGuest != null)
					? FileChannel.open(toGuest, StandardOpenOption.READ, StandardOpenOption.WRITE) : null);
		}
		catch (IOException ex) {
			in.close();
			throw ex;
		}
	}

	InputStream input() {
		return Channels.newInputStream(fromGuest);
	}

	boolean canSend() {
		return toGuest != null;
	}

	/** Sends one request line; the guest's agent reads it whole. */
	synchronized void send(String line) throws IOException {
		if (toGuest == null) {
			throw new IOException("This guest takes no requests");
		}
		ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.US_ASCII));
		while (bytes.hasRemaining()) {
			toGuest.write(bytes);
		}
	}

	@Override
	public void close() {
		for (FileChannel channel : new FileChannel[] { fromGuest, toGuest }) {
			try {
				if (channel != null) {
					channel.close();
				}
			}
			catch (IOException ex) {
				// nothing left to do with it
			}
		}
	}

}
