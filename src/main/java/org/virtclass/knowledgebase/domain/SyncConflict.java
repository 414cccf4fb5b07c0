package org.virtclass.knowledgebase.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.virtclass.knowledgebase.ItemKind;

/**
 * A knowledge-base file that changed while the same item was also edited in the browser.
 * The sync overwrote nothing; the file's content waits here until an instructor chooses
 * or merges.
 */
@Entity
@Table(name = "kb_sync_conflict")
public class SyncConflict {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 10)
	@jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
	private ItemKind kind;

	@Column(name = "item_key", nullable = false, length = 80)
	private String itemKey;

	@Column(name = "file_name", nullable = false, length = 300)
	private String fileName;

	@Column(name = "file_content", nullable = false, length = 20000)
	private String fileContent;

	@Column(name = "file_hash", nullable = false, length = 64)
	private String fileHash;

	@Column(name = "detected_at", nullable = false)
	private Instant detectedAt;

	@Column(name = "resolved_at")
	private Instant resolvedAt;

	@Column(name = "resolved_by", length = 64)
	private String resolvedBy;

	@Column(length = 20)
	private String resolution;

	protected SyncConflict() {
	}

	public SyncConflict(ItemKind kind, String itemKey, String fileName, String fileContent, String fileHash,
			Instant detectedAt) {
		this.kind = kind;
		this.itemKey = itemKey;
		this.fileName = fileName;
		this.fileContent = fileContent;
		this.fileHash = fileHash;
		this.detectedAt = detectedAt;
	}

	public void resolve(String by, String resolution, Instant at) {
		this.resolvedBy = by;
		this.resolution = resolution;
		this.resolvedAt = at;
	}

	public Long getId() {
		return this.id;
	}

	public ItemKind getKind() {
		return this.kind;
	}

	public String getItemKey() {
		return this.itemKey;
	}

	public String getFileName() {
		return this.fileName;
	}

	public String getFileContent() {
		return this.fileContent;
	}

	public String getFileHash() {
		return this.fileHash;
	}

	public Instant getDetectedAt() {
		return this.detectedAt;
	}

	public Instant getResolvedAt() {
		return this.resolvedAt;
	}

	public String getResolvedBy() {
		return this.resolvedBy;
	}

	public String getResolution() {
		return this.resolution;
	}

}
