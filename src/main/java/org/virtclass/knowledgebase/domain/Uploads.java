package org.virtclass.knowledgebase.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.virtclass.knowledgebase.KbProblem;

/**
 * Unpacks an import upload: a zip in the {@code knowledge-base/} layout, or one YAML
 * file. A zip is read by its central directory ({@link ZipDirectory}): entries that are
 * skipped are never inflated, and the rest are read with hard limits (entries, bytes per
 * entry, bytes in all), so a zip bomb stops early; entry names are checked but never used
 * as paths on disk.
 */
public final class Uploads {

	static final int MAX_ENTRIES = 2000;

	static final int MAX_FILE_BYTES = 1024 * 1024;

	private Uploads() {
	}

	/**
	 * The knowledge-base files in an upload, the entries refused with why, and the
	 * entries ignored.
	 */
	public record Unpacked(List<SeedFile> files, List<KbProblem> refused, List<String> ignored) {
	}

	public static Unpacked unpack(String uploadName, byte[] bytes, long maxTotalBytes) {
		List<SeedFile> files = new ArrayList<>();
		List<KbProblem> refused = new ArrayList<>();
		List<String> ignored = new ArrayList<>();
		if (bytes.length == 0) {
			refused.add(problem(uploadName, "importEmpty", "is empty"));
		}
		else if (isZip(bytes)) {
			unzip(uploadName, bytes, maxTotalBytes, files, refused, ignored);
		}
		else {
			add(singleName(uploadName, bytes), bytes, files, refused);
		}
		return new Unpacked(files, refused, ignored);
	}

	private static void unzip(String uploadName, byte[] bytes, long maxTotal, List<SeedFile> files,
			List<KbProblem> refused, List<String> ignored) {
		long total = 0;
		try {
			ZipDirectory zip = new ZipDirectory(bytes, MAX_ENTRIES);
			List<ZipDirectory.Entry> entries = zip.entries();
			if (entries.size() > MAX_ENTRIES) {
				refused.add(problem(uploadName, "importTooManyEntries", "has more than " + MAX_ENTRIES + " entries",
						MAX_ENTRIES));
				return;
			}
			for (ZipDirectory.Entry entry : entries) {
				if (entry.name() == null) {
					refused.add(problem(entry.shownName(), "importBadName", "has a name that is not UTF-8"));
					continue;
				}
				String name = entry.name();
				if (entry.isDirectory()) {
					continue;
				}
				if (!safe(name)) {
					refused.add(problem(name, "importUnsafePath", "has an unsafe path"));
					continue;
				}
				String base = name.substring(name.lastIndexOf('/') + 1);
				if (base.startsWith(".") || name.startsWith("__MACOSX/")
						|| !(base.endsWith(".yaml") || base.endsWith(".yml"))) {
					ignored.add(name);
					continue;
				}
				long allowed = Math.min(MAX_FILE_BYTES, Math.max(0, maxTotal - total));
				// The declared size refuses a large entry without inflating it; the
				// bounded read below
				// still catches an entry that declares less than it holds.
				byte[] content = (entry.size() > allowed) ? null : read(zip.open(entry), (int) allowed);
				if (content == null) {
					refused.add(
							problem(name, "importTooLarge", "is larger than the import allows", MAX_FILE_BYTES / 1024));
					if (total >= maxTotal) {
						return;
					}
					continue;
				}
				total += content.length;
				add(entryName(name), content, files, refused);
			}
			if (entries.isEmpty()) {
				refused.add(problem(uploadName, "importBrokenZip", "is not a readable zip file"));
			}
			else if (files.isEmpty() && refused.isEmpty()) {
				refused.add(problem(uploadName, "importNoFiles", "holds no knowledge-base files"));
			}
		}
		catch (IOException | RuntimeException ex) {
			refused.add(problem(uploadName, "importBrokenZip", "is not a readable zip file"));
		}
	}

	/**
	 * Whether an upload holds an entry whose name is not UTF-8: the preview answers 400
	 * then.
	 */
	public static boolean hasBadName(Unpacked unpacked) {
		return unpacked.refused().stream().anyMatch((p) -> "importBadName".equals(p.code()));
	}

	/** Reads at most {@code limit} bytes; null when the entry is longer. */
	private static byte[] read(InputStream in, int limit) throws IOException {
		byte[] content = in.readNBytes(limit);
		if (in.read() != -1) {
			return null;
		}
		return content;
	}

	private static void add(String name, byte[] content, List<SeedFile> files, List<KbProblem> refused) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
			files.add(new SeedFile(name, text.startsWith("\uFEFF") ? text.substring(1) : text));
		}
		catch (CharacterCodingException ex) {
			refused.add(problem(name, "importNotText", "is not UTF-8 text"));
		}
	}

	static boolean safe(String name) {
		if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains("\0")
				|| name.matches("^[A-Za-z]:.*")) {
			return false;
		}
		for (String part : name.split("/")) {
			if (part.equals("..")) {
				return false;
			}
		}
		return true;
	}

	/**
	 * {@code knowledge-base/tools/x.yaml} and {@code tools/x.yaml} are both
	 * {@code tools/x.yaml}.
	 */
	private static String entryName(String name) {
		String base = name.substring(name.lastIndexOf('/') + 1);
		return isClaims(base) ? "claims.yaml" : "tools/" + base;
	}

	private static String singleName(String uploadName, byte[] bytes) {
		String base = (uploadName == null || uploadName.isBlank()) ? "upload.yaml"
				: uploadName.substring(Math.max(uploadName.lastIndexOf('/'), uploadName.lastIndexOf('\\')) + 1);
		String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8);
		if (isClaims(base) || head.lines().anyMatch((l) -> l.startsWith("claims:"))) {
			return "claims.yaml";
		}
		return "tools/" + base;
	}

	static boolean isClaims(String fileName) {
		return fileName.equals("claims.yaml") || fileName.equals("claims.yml");
	}

	private static boolean isZip(byte[] bytes) {
		return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && (bytes[2] == 3 || bytes[2] == 5)
				&& (bytes[3] == 4 || bytes[3] == 6);
	}

	private static KbProblem problem(String file, String code, String message, Object... args) {
		return new KbProblem(file, "", message, code, java.util.Arrays.stream(args).map(String::valueOf).toList());
	}

}
