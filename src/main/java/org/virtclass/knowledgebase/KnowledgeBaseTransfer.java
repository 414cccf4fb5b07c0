package org.virtclass.knowledgebase;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.virtclass.knowledgebase.domain.ClaimEditing;
import org.virtclass.knowledgebase.domain.ImportPlanner;
import org.virtclass.knowledgebase.domain.ToolEditing;
import org.virtclass.knowledgebase.domain.Uploads;
import org.virtclass.knowledgebase.yaml.ToolYamlWriter;

/**
 * Export and import of the whole knowledge base in the {@code knowledge-base/} file
 * format. An upload waits in the import directory under a random token between its
 * preview and its confirmation; applying it writes each added or changed item as an
 * {@code IMPORT} revision.
 */
@Service
public class KnowledgeBaseTransfer {

	private static final Duration KEEP_UPLOADS = Duration.ofDays(1);

	private final ToolEditing tools;

	private final ClaimEditing claims;

	private final ImportPlanner planner;

	private final KnowledgeBaseEditor editor;

	private final KnowledgeBaseProperties properties;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	KnowledgeBaseTransfer(ToolEditing tools, ClaimEditing claims, ImportPlanner planner, KnowledgeBaseEditor editor,
			KnowledgeBaseProperties properties, Clock clock) {
		this.tools = tools;
		this.claims = claims;
		this.planner = planner;
		this.editor = editor;
		this.properties = properties;
		this.clock = clock;
	}

	/** A stored upload: who sent it and under which name. */
	public record Upload(String token, String fileName, String owner) {
	}

	/**
	 * Writes every active tool and claim as a zip of {@code tools/<slug>.yaml} and
	 * {@code claims.yaml}.
	 */
	@Transactional(readOnly = true)
	public void export(OutputStream out) throws IOException {
		List<StoredItem<ToolDocument>> active = this.tools.all().stream().filter((t) -> !t.retired()).toList();
		List<ClaimDocument> claimDocs = this.claims.all()
			.stream()
			.filter((c) -> !c.retired())
			.map(StoredItem::document)
			.sorted(Comparator.comparing(ClaimDocument::id))
			.toList();
		// The newest change dates every entry, so that two exports of the same content
		// are identical.
		long time = Stream
			.concat(active.stream().map(StoredItem::updatedAt), this.claims.all().stream().map(StoredItem::updatedAt))
			.max(Comparator.naturalOrder())
			.orElse(Instant.EPOCH)
			.toEpochMilli();
		try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
			for (StoredItem<ToolDocument> tool : active) {
				entry(zip, "tools/" + tool.key() + ".yaml", ToolYamlWriter.write(tool.document()), time);
			}
			if (!claimDocs.isEmpty()) {
				entry(zip, "claims.yaml", ToolYamlWriter.writeClaims(claimDocs), time);
			}
		}
	}

	private static void entry(ZipOutputStream zip, String name, String content, long time) throws IOException {
		ZipEntry entry = new ZipEntry(name);
		entry.setTime(time);
		zip.putNextEntry(entry);
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	/**
	 * Keeps an upload until it is applied or discarded (or a day has passed); returns its
	 * token.
	 */
	public String store(String fileName, byte[] bytes, String owner) {
		try {
			Path dir = Files.createDirectories(Path.of(this.properties.importDir()));
			removeOld(dir);
			byte[] raw = new byte[16];
			this.random.nextBytes(raw);
			String token = HexFormat.of().formatHex(raw);
			Files.write(dir.resolve(token + ".upload"), bytes);
			Properties meta = new Properties();
			meta.setProperty("fileName", (fileName != null) ? fileName : "upload");
			meta.setProperty("owner", owner);
			try (var writer = Files.newBufferedWriter(dir.resolve(token + ".meta"), StandardCharsets.UTF_8)) {
				meta.store(writer, null);
			}
			return token;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Optional<Upload> upload(String token, String owner) {
		Path meta = path(token, ".meta");
		if (meta == null || !Files.isRegularFile(meta)) {
			return Optional.empty();
		}
		Properties properties = new Properties();
		try (var reader = Files.newBufferedReader(meta, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		Upload upload = new Upload(token, properties.getProperty("fileName"), properties.getProperty("owner"));
		return owner.equals(upload.owner()) ? Optional.of(upload) : Optional.empty();
	}

	/**
	 * An upload never changes under its token, so its unpacked files are kept for the
	 * next preview (reloading the page, switching language) instead of being unzipped
	 * again. The comparison with the stored knowledge base is still made each time: it is
	 * cheap, and the base may have changed.
	 */
	private final Map<String, Uploads.Unpacked> unpackedByToken = java.util.Collections
		.synchronizedMap(new java.util.LinkedHashMap<>(16, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Uploads.Unpacked> eldest) {
				return size() > 8;
			}

		});

	/** What applying the upload would do now. */
	@Transactional(readOnly = true)
	public ImportPlan preview(Upload upload) {
		Uploads.Unpacked unpacked = this.unpackedByToken.computeIfAbsent(upload.token(), (t) -> unpack(upload));
		List<ImportPlanner.Planned> plan = this.planner.plan(unpacked);
		return new ImportPlan(upload.fileName(), plan.stream().map(ImportPlanner.Planned::item).toList(),
				unpacked.ignored());
	}

	/**
	 * Writes the added and changed items; invalid ones are skipped. Returns what was
	 * done.
	 */
	@Transactional
	public ImportPlan apply(Upload upload, Author author) {
		Uploads.Unpacked unpacked = unpack(upload);
		List<ImportPlanner.Planned> plan = this.planner.plan(unpacked);
		for (ImportPlanner.Planned p : plan) {
			ImportItem item = p.item();
			ItemKind kind = (p.tool() != null) ? ItemKind.TOOL : ItemKind.CLAIM;
			Object document = (p.tool() != null) ? p.tool() : p.claim();
			if (item.status() == ImportStatus.ADDED) {
				this.editor.create(kind, document, author);
			}
			else if (item.status() == ImportStatus.CHANGED) {
				StoredItem<?> current = this.editor.get(kind, item.key()).orElseThrow();
				long version = current.version();
				if (current.retired()) {
					version = this.editor.restore(kind, item.key(), version, author).item().version();
				}
				this.editor.update(kind, item.key(), version, document, author);
			}
		}
		discard(upload);
		return new ImportPlan(upload.fileName(), plan.stream().map(ImportPlanner.Planned::item).toList(),
				unpacked.ignored());
	}

	/** Whether the upload holds a zip entry whose name cannot be read: a client error. */
	public boolean hasUnreadableName(Upload upload) {
		return Uploads.hasBadName(this.unpackedByToken.computeIfAbsent(upload.token(), (t) -> unpack(upload)));
	}

	public void discard(Upload upload) {
		this.unpackedByToken.remove(upload.token());
		try {
			Files.deleteIfExists(path(upload.token(), ".upload"));
			Files.deleteIfExists(path(upload.token(), ".meta"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Uploads.Unpacked unpack(Upload upload) {
		try {
			byte[] bytes = Files.readAllBytes(path(upload.token(), ".upload"));
			return Uploads.unpack(upload.fileName(), bytes, this.properties.maxImportBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Path path(String token, String suffix) {
		if (token == null || !token.matches("[0-9a-f]{32}")) {
			return null;
		}
		return Path.of(this.properties.importDir()).resolve(token + suffix);
	}

	private void removeOld(Path dir) throws IOException {
		Instant limit = this.clock.instant().minus(KEEP_UPLOADS);
		try (Stream<Path> files = Files.list(dir)) {
			for (Path file : files.toList()) {
				if (Files.getLastModifiedTime(file).toInstant().isBefore(limit)) {
					Files.deleteIfExists(file);
				}
			}
		}
	}

}
