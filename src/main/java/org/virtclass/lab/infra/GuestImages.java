package org.virtclass.lab.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.cpio.CpioArchiveEntry;
import org.apache.commons.compress.archivers.cpio.CpioArchiveOutputStream;
import org.apache.commons.compress.archivers.cpio.CpioConstants;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipParameters;

import org.springframework.core.io.ClassPathResource;

/**
 * Builds both guests from one statically linked busybox and the same fact script: the
 * VM's initramfs (cpio "newc", gzip'd, written with Commons Compress so that device nodes
 * need no root) and the container's root filesystem directory. The two images differ only
 * in their init.
 */
public final class GuestImages {

	static final String FACTS = "lab/facts.sh";

	static final String VM_INIT = "lab/init-vm.sh";

	static final String CONTAINER_INIT = "lab/init-container.sh";

	/** The guest-side path of the container's init script. */
	public static final String CONTAINER_INIT_PATH = "/lab/init.sh";

	/**
	 * Where the container's init finds its side channel: an empty file in the image that
	 * the container's own named pipe is bind-mounted over.
	 */
	public static final String CONTAINER_SIGNALS_PATH = "/lab/signals";

	private static final Pattern APPLET = Pattern.compile("[a-z0-9_.\\[-]+");

	private static final List<String> DIRS = List.of("bin", "dev", "etc", "lab", "proc", "root", "sys", "tmp");

	private static final String PASSWD = "root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/tmp:/bin/sh\n";

	private static final String GROUP = "root:x:0:\nnogroup:x:65534:\n";

	private GuestImages() {
	}

	/** The applets this busybox provides, from {@code busybox --list}. */
	public static List<String> applets(Path busybox) throws IOException {
		HostProcesses.Result result = HostProcesses.run(List.of(busybox.toString(), "--list"))
			.filter(HostProcesses.Result::ok)
			.orElseThrow(() -> new IOException(busybox + " --list failed"));
		return result.output()
			.lines()
			.map(String::strip)
			.filter((a) -> APPLET.matcher(a).matches() && !a.equals("busybox"))
			.distinct()
			.toList();
	}

	/**
	 * Writes the VM's initramfs: /init, /lab/facts.sh, busybox with its applet links,
	 * /dev/console.
	 */
	public static void writeInitramfs(Path busybox, Path target) throws IOException {
		List<String> applets = applets(busybox);
		Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
		Files.createDirectories(target.getParent());
		GzipParameters gzip = new GzipParameters();
		gzip.setCompressionLevel(6);
		try (OutputStream file = Files.newOutputStream(tmp);
				GzipCompressorOutputStream gz = new GzipCompressorOutputStream(file, gzip);
				CpioArchiveOutputStream cpio = new CpioArchiveOutputStream(gz, CpioConstants.FORMAT_NEW)) {
			int inode = 1;
			for (String dir : DIRS) {
				inode = add(cpio, inode, dir, CpioConstants.C_ISDIR | 0755, new byte[0]);
			}
			CpioArchiveEntry console = entry("dev/console", inode++, CpioConstants.C_ISCHR | 0600, 0);
			console.setRemoteDeviceMaj(5);
			console.setRemoteDeviceMin(1);
			cpio.putArchiveEntry(console);
			cpio.closeArchiveEntry();
			inode = add(cpio, inode, "init", CpioConstants.C_ISREG | 0755, resource(VM_INIT));
			inode = add(cpio, inode, "lab/facts.sh", CpioConstants.C_ISREG | 0644, resource(FACTS));
			inode = add(cpio, inode, "etc/passwd", CpioConstants.C_ISREG | 0644, bytes(PASSWD));
			inode = add(cpio, inode, "etc/group", CpioConstants.C_ISREG | 0644, bytes(GROUP));
			inode = add(cpio, inode, "bin/busybox", CpioConstants.C_ISREG | 0755, Files.readAllBytes(busybox));
			for (String applet : applets) {
				inode = add(cpio, inode, "bin/" + applet, CpioConstants.C_ISLNK | 0777, bytes("busybox"));
			}
			cpio.finish();
		}
		Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/**
	 * Writes the container's root filesystem into {@code target}, replacing what was
	 * there. The container mounts it read-only, so it is built once and shared by every
	 * container.
	 */
	public static void writeRootfs(Path busybox, Path target) throws IOException {
		List<String> applets = applets(busybox);
		Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
		deleteTree(tmp);
		for (String dir : DIRS) {
			Files.createDirectories(tmp.resolve(dir));
		}
		Files.copy(busybox, tmp.resolve("bin/busybox"));
		Files.setPosixFilePermissions(tmp.resolve("bin/busybox"), PosixFilePermissions.fromString("rwxr-xr-x"));
		for (String applet : applets) {
			Files.createSymbolicLink(tmp.resolve("bin").resolve(applet), Path.of("busybox"));
		}
		Files.write(tmp.resolve("lab/facts.sh"), resource(FACTS));
		Files.write(tmp.resolve(CONTAINER_INIT_PATH.substring(1)), resource(CONTAINER_INIT));
		Files.createFile(tmp.resolve(CONTAINER_SIGNALS_PATH.substring(1)));
		Files.writeString(tmp.resolve("etc/passwd"), PASSWD);
		Files.writeString(tmp.resolve("etc/group"), GROUP);
		Files.writeString(tmp.resolve("etc/hostname"), "container\n");
		// runc gives a tmpfs the mode of the directory it covers, whatever its mode=
		// option says
		Files.setAttribute(tmp.resolve("tmp"), "unix:mode", 01777);
		deleteTree(target);
		Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
	}

	static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}

	private static int add(CpioArchiveOutputStream cpio, int inode, String name, int mode, byte[] content)
			throws IOException {
		CpioArchiveEntry entry = entry(name, inode, mode, content.length);
		cpio.putArchiveEntry(entry);
		cpio.write(content);
		cpio.closeArchiveEntry();
		return inode + 1;
	}

	private static CpioArchiveEntry entry(String name, int inode, int mode, long size) {
		CpioArchiveEntry entry = new CpioArchiveEntry(CpioConstants.FORMAT_NEW, name, size);
		entry.setInode(inode);
		entry.setMode(mode);
		entry.setNumberOfLinks(((mode & CpioConstants.S_IFMT) == CpioConstants.C_ISDIR) ? 2 : 1);
		entry.setTime(0);
		return entry;
	}

	private static byte[] resource(String name) throws IOException {
		try (InputStream in = new ClassPathResource(name).getInputStream()) {
			return in.readAllBytes();
		}
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
