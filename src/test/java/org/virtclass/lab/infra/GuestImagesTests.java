package org.virtclass.lab.infra;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.compress.archivers.cpio.CpioArchiveEntry;
import org.apache.commons.compress.archivers.cpio.CpioArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.virtclass.lab.LabTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Both guests are built from the host's busybox-static and the same fact script. */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(LabTestSupport.PROCESSES)
class GuestImagesTests {

	private static final Path BUSYBOX = Path.of("/bin/busybox");

	@TempDir
	Path dir;

	@Test
	void theInitramfsHoldsInitBusyboxItsAppletsAndAConsoleDevice() throws Exception {
		Path initramfs = dir.resolve("initramfs.cpio.gz");
		GuestImages.writeInitramfs(BUSYBOX, initramfs);
		Map<String, CpioArchiveEntry> entries = new HashMap<>();
		String init = null;
		try (InputStream in = new CpioArchiveInputStream(
				new GzipCompressorInputStream(Files.newInputStream(initramfs)))) {
			CpioArchiveInputStream cpio = (CpioArchiveInputStream) in;
			CpioArchiveEntry e;
			while ((e = cpio.getNextEntry()) != null) {
				entries.put(e.getName(), e);
				if (e.getName().equals("init")) {
					init = new String(cpio.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		assertThat(init).contains("mount -t proc", "mount -t sysfs", "mount -t devtmpfs", ". /lab/facts.sh",
				"setsid cttyhack sh");
		assertThat(entries.get("init").getMode() & 0777).isEqualTo(0755);
		assertThat(entries.get("bin/busybox").getSize()).isEqualTo(Files.size(BUSYBOX));
		assertThat(entries.get("bin/sh").isSymbolicLink()).isTrue();
		assertThat(entries).containsKeys("bin/uname", "bin/ps", "bin/grep", "bin/free", "lab/facts.sh");
		CpioArchiveEntry console = entries.get("dev/console");
		assertThat(console.isCharacterDevice()).isTrue();
		assertThat(console.getRemoteDeviceMaj()).isEqualTo(5);
		assertThat(console.getRemoteDeviceMin()).isEqualTo(1);
	}

	@Test
	void theContainerRootfsHasTheSameShellAndFactsButItsOwnInit() throws Exception {
		Path rootfs = dir.resolve("rootfs");
		GuestImages.writeRootfs(BUSYBOX, rootfs);
		assertThat(rootfs.resolve("bin/busybox")).isExecutable();
		assertThat(Files.readSymbolicLink(rootfs.resolve("bin/sh"))).isEqualTo(Path.of("busybox"));
		assertThat(rootfs.resolve("lab/facts.sh")).hasContent(
				new String(new org.springframework.core.io.ClassPathResource("lab/facts.sh").getContentAsByteArray(),
						StandardCharsets.UTF_8));
		assertThat(Files.readString(rootfs.resolve("lab/init.sh"))).contains(". /lab/facts.sh", "exec sh -i");
		// runc gives the /tmp tmpfs this directory's mode: it must be writable by the
		// container's nobody
		assertThat(((Integer) Files.getAttribute(rootfs.resolve("tmp"), "unix:mode")) & 07777).isEqualTo(01777);
		GuestImages.writeRootfs(BUSYBOX, rootfs);
		assertThat(rootfs.resolve("bin/busybox")).as("rebuilding replaces it").isExecutable();
	}

	@Test
	void onlyAStaticBusyboxIsAccepted() {
		assertThat(LabHost.isStaticExecutable(BUSYBOX)).isTrue();
		assertThat(LabHost.isStaticExecutable(Path.of("/bin/ls"))).as("dynamically linked").isFalse();
		assertThat(LabHost.isStaticExecutable(dir.resolve("missing"))).isFalse();
	}

}
