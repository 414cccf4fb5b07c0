import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lab benchmark: time to ready and resident memory of the VM and the container, started through
 * the app's API and started by hand with the same command (QEMU) or the same bundle (runc). Prints
 * numbers; asserts nothing. Started by bench/lab/run, which starts the app first.
 *
 * Usage: java bench/lab/LabBench.java BASE_URL APP_LOG WORK_DIR ROUNDS
 */
public class LabBench {

	static final String READY = "@@VIRTCLASS-READY";

	/**
	 * Keeps the lab cookie the app issues: only the client that started a run may stop it, and a run
	 * left running holds a slot until its idle limit, so without it the third VM of a run queued.
	 */
	static final HttpClient HTTP = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();

	/**
	 * The side channels of the hand runs: the VM's second serial port and the container's facts pipe
	 * (issue 12 moved the ready marker off the console), named pipes of this benchmark's own.
	 */
	static Path sides;

	public static void main(String[] args) throws Exception {
		String base = args[0];
		Path log = Path.of(args[1]);
		Path work = Path.of(args[2]);
		int rounds = Integer.parseInt(args[3]);
		// Debian's cloud kernel, kept by scripts/lab-kernel when it put the lab's own kernel in its place
		Path debianKernel = (args.length > 4) ? Path.of(args[4]) : null;
		System.out.println("capabilities: " + get(base + "/api/lab/capabilities"));
		get(base + "/lab"); // as a browser does: the lab page issues the client's cookie

		List<double[]> vmApp = new ArrayList<>();
		List<double[]> ctApp = new ArrayList<>();
		List<double[]> vmHand = new ArrayList<>();
		List<double[]> vmOld = new ArrayList<>();
		List<String> oldArgv = null;
		List<double[]> vmDebian = new ArrayList<>();
		List<String> debianArgv = null;
		List<double[]> ctHand = new ArrayList<>();
		Path bundle = Files.createTempDirectory("lab-bench-bundle");
		Path runcRoot = Files.createTempDirectory("lab-bench-runc");
		sides = Files.createTempDirectory("lab-bench-signals");
		for (String fifo : List.of("signals.in", "signals.out", "container-signals")) {
			new ProcessBuilder("mkfifo", "-m", "666", sides.resolve(fifo).toString()).inheritIO().start().waitFor();
		}
		List<String> qemuArgv = null;
		// VMs first, then containers: a VM boots measurably slower right after a container run, whoever
		// starts either (about 2.0 s against 1.87 s by hand), so a round of VM, container, VM, ... would put
		// every VM of one side after a container. Within each phase the two sides alternate which goes
		// first, so that the load of a shared machine and any after-effect fall on both alike.
		// The old command (before issue 12: pc, 128 MB, TCG's default buffer) runs by hand in the same
		// rounds as the new one, each round in a different order, so that the ratio compares like with
		// like on a shared, noisy machine. So does the new command with Debian's kernel instead of the
		// lab's own, when scripts/lab-kernel kept it: that pair shows what the kernel alone changes.
		for (int i = 0; i < rounds; i++) {
			if (i % 3 == 0) {
				vmApp.add(throughApp(base, "VM", null, null));
			}
			if (qemuArgv == null) {
				qemuArgv = ownSignals(lastArgv(log, "Launching VM run"));
				debianArgv = (debianKernel != null) ? withKernel(qemuArgv, debianKernel) : null;
				// before issue 12 the lab booted Debian's kernel
				oldArgv = oldCommand((debianArgv != null) ? debianArgv : qemuArgv);
			}
			List<Runnable> hand = new ArrayList<>();
			List<String> newArgv = qemuArgv;
			List<String> before = oldArgv;
			hand.add(() -> vmHand.add(byHandUnchecked(newArgv, false)));
			hand.add(() -> vmOld.add(byHandUnchecked(before, false)));
			if (debianArgv != null) {
				List<String> debian = debianArgv;
				hand.add(() -> vmDebian.add(byHandUnchecked(debian, false)));
			}
			java.util.Collections.rotate(hand, i);
			hand.forEach(Runnable::run);
			if (i % 3 != 0) {
				vmApp.add(throughApp(base, "VM", null, null));
			}
		}
		String runc = null;
		for (int i = 0; i < rounds; i++) {
			if (i % 2 == 0 || runc == null) {
				ctApp.add(throughApp(base, "CONTAINER", work, (i == 0) ? bundle : null));
				runc = lastArgv(log, "Launching container run").get(0);
			}
			ctHand.add(byHand(List.of(runc, "--root", runcRoot.toString(), "run", "--bundle", bundle.toString(),
					"lab-bench-" + ProcessHandle.current().pid() + "-" + i), true));
			if (i % 2 == 1) {
				ctApp.add(throughApp(base, "CONTAINER", work, null));
			}
		}
		System.out.println();
		System.out.println("QEMU command (new, as the app runs it): " + shell(qemuArgv));
		System.out.println("QEMU command (old, before):            " + shell(oldArgv));
		if (debianArgv != null) {
			System.out.println("QEMU command (new, Debian's kernel):   " + shell(debianArgv));
		}
		System.out.println("runc bundle:  " + bundle.resolve("config.json") + " (copied from the app's run)");
		System.out.println();
		System.out.printf("%-34s %10s %10s %10s %12s%n", "", "median ms", "min ms", "max ms", "RSS MB (med)");
		row("VM through the app (client view)", vmApp, 0);
		row("VM through the app (readyMillis)", vmApp, 1);
		row("VM by hand, same QEMU command", vmHand, 0);
		row("VM by hand, old command (before)", vmOld, 0);
		if (!vmDebian.isEmpty()) {
			row("VM by hand, new, Debian's kernel", vmDebian, 0);
		}
		row("container through the app (client)", ctApp, 0);
		row("container through the app (ready)", ctApp, 1);
		row("container by hand, bare runc run", ctHand, 0);
		System.out.println();
		System.out.printf("app overhead, VM:        %+.1f %% (client view) %+.1f %% (readyMillis)%n",
				overhead(vmApp, vmHand, 0), overhead(vmApp, vmHand, 1));
		System.out.printf("app overhead, container: %+.1f %% (client view) %+.1f %% (readyMillis), %+.0f ms%n",
				overhead(ctApp, ctHand, 0), overhead(ctApp, ctHand, 1), median(ctApp, 0) - median(ctHand, 0));
		System.out.printf("new against old, by hand: ready %.2f s against %.2f s (x%.2f), RSS %.0f MB against %.0f MB (x%.2f)%n",
				median(vmHand, 0) / 1000, median(vmOld, 0) / 1000, median(vmHand, 0) / median(vmOld, 0),
				median(vmHand, 2) / 1024, median(vmOld, 2) / 1024, median(vmHand, 2) / median(vmOld, 2));
		if (!vmDebian.isEmpty()) {
			System.out.printf(
					"lab kernel against Debian's, same command, by hand: ready %.2f s against %.2f s (x%.2f), RSS %.0f MB against %.0f MB (x%.2f)%n",
					median(vmHand, 0) / 1000, median(vmDebian, 0) / 1000, median(vmHand, 0) / median(vmDebian, 0),
					median(vmHand, 2) / 1024, median(vmDebian, 2) / 1024, median(vmHand, 2) / median(vmDebian, 2));
		}
		System.out.println("load average: " + Files.readString(Path.of("/proc/loadavg")).strip() + " on "
				+ Runtime.getRuntime().availableProcessors() + " CPUs");
	}

	/** {client ms from POST to RUNNING, server readyMillis, rss kB}. */
	static double[] throughApp(String base, String kind, Path work, Path copyBundleTo) throws Exception {
		long start = System.nanoTime();
		String created = post(base + "/api/lab/runs", "{\"kind\":\"" + kind + "\"}");
		String id = field(created, "id");
		// One long-poll instead of polling: every poll was a request the app served on the same two cores
		// the TCG guest needs, and a poll interval added up to its own length to the figure.
		String run;
		while (true) {
			run = get(base + "/api/lab/runs/" + id + "?waitMs=20000");
			String state = field(run, "state");
			if (state.equals("RUNNING")) {
				break;
			}
			if (!state.equals("QUEUED") && !state.equals("STARTING")) {
				throw new IllegalStateException(run);
			}
		}
		double client = (System.nanoTime() - start) / 1e6;
		Thread.sleep(1000); // let the RSS sampler see the settled guest, as by hand
		run = get(base + "/api/lab/runs/" + id);
		if (copyBundleTo != null) {
			Path runDir = work.resolve("runs").resolve(id);
			Files.writeString(copyBundleTo.resolve("config.json"), Files.readString(runDir.resolve("bundle/config.json"))
				.replace(runDir.resolve("signals").toAbsolutePath().toString(), sides.resolve("container-signals").toString()));
		}
		delete(base + "/api/lab/runs/" + id);
		Thread.sleep(500);
		return new double[] { client, Double.parseDouble(field(run, "readyMillis")), Double.parseDouble(field(run, "rssKb")) };
	}

	/** The app's VM command with this benchmark's own side channel instead of the app's run's. */
	static List<String> ownSignals(List<String> argv) {
		return argv.stream()
			.map((a) -> a.startsWith("pipe,id=signals,path=") ? "pipe,id=signals,path=" + sides.resolve("signals") : a)
			.toList();
	}

	/**
	 * {ms from spawn to the ready marker, ms again, rss kB one second after ready}. The marker comes on
	 * the side channel when the command has one (the app's VM command, the app's bundle), else on the
	 * console (the old command).
	 */
	static double[] byHand(List<String> argv, boolean container) throws Exception {
		Path signals = container ? sides.resolve("container-signals")
				: argv.stream().anyMatch((a) -> a.startsWith("pipe,id=signals,")) ? sides.resolve("signals.out") : null;
		java.nio.channels.FileChannel side = (signals == null) ? null
				: java.nio.channels.FileChannel.open(signals, java.nio.file.StandardOpenOption.READ,
						java.nio.file.StandardOpenOption.WRITE);
		long start = System.nanoTime();
		Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
		BufferedReader out = new BufferedReader(new InputStreamReader(
				(side != null) ? java.nio.channels.Channels.newInputStream(side) : p.getInputStream(),
				StandardCharsets.ISO_8859_1));
		String line;
		double ready = -1;
		while ((line = out.readLine()) != null) {
			if (line.contains(READY)) {
				ready = (System.nanoTime() - start) / 1e6;
				break;
			}
		}
		if (side != null) {
			if (!container) {
				// the guest's init waits for the terminal's size before it starts the shell
				Files.writeString(sides.resolve("signals.in"), "size 24 80\n");
			}
			side.close();
			out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.ISO_8859_1));
		}
		BufferedReader console = out;
		Thread drain = new Thread(() -> {
			try {
				console.transferTo(java.io.Writer.nullWriter());
			}
			catch (IOException ex) {
				// ended
			}
		});
		drain.setDaemon(true);
		drain.start();
		Thread.sleep(1000);
		long rss = container ? p.toHandle().descendants().mapToLong((d) -> rss(d.pid())).sum() : rss(p.pid());
		if (container) {
			p.getOutputStream().write("exit\n".getBytes());
			p.getOutputStream().flush();
			if (!p.waitFor(5, TimeUnit.SECONDS)) {
				p.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
				p.destroyForcibly();
			}
		}
		else {
			p.destroyForcibly();
			p.waitFor();
		}
		Thread.sleep(500);
		return new double[] { ready, ready, rss };
	}

	/**
	 * The VM's command before issue 12 (commit 1929d2a): the pc machine with its default devices
	 * minus -nodefaults' ones, 128 MB, TCG's default translation buffer and the old kernel command
	 * line; same QEMU, kernel, initramfs and user as the new command.
	 */
	static List<String> oldCommand(List<String> current) {
		String qemu = current.get(0);
		String kernel = current.get(current.indexOf("-kernel") + 1);
		String initrd = current.get(current.indexOf("-initrd") + 1);
		List<String> argv = new ArrayList<>(List.of(qemu, "-name", "virtclass-bench-old", "-machine", "pc", "-accel",
				"tcg", "-m", "128", "-smp", "1", "-nodefaults", "-nographic", "-no-reboot", "-nic", "none", "-chardev",
				"stdio,id=console,mux=off,signal=off", "-serial", "chardev:console", "-sandbox",
				"on,obsolete=deny,spawn=deny,resourcecontrol=deny"));
		for (String drop : List.of("-runas", "-run-with")) {
			int i = current.indexOf(drop);
			if (i >= 0) {
				argv.addAll(current.subList(i, i + 2));
			}
		}
		argv.addAll(List.of("-kernel", kernel, "-initrd", initrd, "-append",
				"console=ttyS0 quiet panic=-1 mitigations=off tsc=reliable no_timer_check i8042.noaux i8042.nokbd i8042.nopnp"));
		return argv;
	}

	/** The same command booting another kernel. */
	static List<String> withKernel(List<String> argv, Path kernel) {
		List<String> copy = new ArrayList<>(argv);
		copy.set(copy.indexOf("-kernel") + 1, kernel.toAbsolutePath().toString());
		return copy;
	}

	static double[] byHandUnchecked(List<String> argv, boolean container) {
		try {
			return byHand(argv, container);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The command as one can paste it into a shell. */
	static String shell(List<String> argv) {
		StringBuilder line = new StringBuilder();
		for (String a : argv) {
			line.append(line.isEmpty() ? "" : " ").append(a.matches("[A-Za-z0-9_./:=,+-]+") ? a : "'" + a + "'");
		}
		return line.toString();
	}

	static List<String> lastArgv(Path log, String prefix) throws IOException {
		String last = null;
		for (String line : Files.readAllLines(log)) {
			if (line.contains(prefix)) {
				last = line;
			}
		}
		Matcher m = Pattern.compile(": \\[(.*)\\]$").matcher(last);
		if (!m.find()) {
			throw new IllegalStateException("No '" + prefix + "' line in " + log);
		}
		return Arrays.asList(m.group(1).split(", "));
	}

	static long rss(long pid) {
		try {
			for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
				if (l.startsWith("VmRSS:")) {
					return Long.parseLong(l.replaceAll("[^0-9]", ""));
				}
			}
		}
		catch (IOException ex) {
			// gone
		}
		return 0;
	}

	static void row(String name, List<double[]> values, int column) {
		double[] v = values.stream().mapToDouble((a) -> a[column]).sorted().toArray();
		System.out.printf("%-34s %10.0f %10.0f %10.0f %12.1f%n", name, median(values, column), v[0], v[v.length - 1],
				median(values, 2) / 1024);
	}

	static double median(List<double[]> values, int column) {
		double[] v = values.stream().mapToDouble((a) -> a[column]).sorted().toArray();
		return (v.length % 2 == 1) ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
	}

	static double overhead(List<double[]> app, List<double[]> hand, int column) {
		return (median(app, column) / median(hand, 0) - 1) * 100;
	}

	static String field(String json, String name) {
		Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
		if (!m.find()) {
			throw new IllegalStateException(name + " not in " + json);
		}
		return m.group(1);
	}

	static String get(String url) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
	}

	static String post(String url, String json) throws Exception {
		HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (r.statusCode() != 201) {
			throw new IllegalStateException(r.statusCode() + " " + r.body());
		}
		return r.body();
	}

	static void delete(String url) throws Exception {
		HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).DELETE().build(),
				HttpResponse.BodyHandlers.ofString());
		if (r.statusCode() != 200) {
			throw new IllegalStateException("DELETE " + url + ": " + r.statusCode() + " " + r.body());
		}
	}

}
