package org.virtclass.knowledgebase.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * What tools and claims share as stored items: whole-document content under a key that
 * never changes, a version for optimistic locking, a retired flag, who changed it last,
 * and the hash of the file content it was last imported from. Each kind maps its own
 * table and its key column.
 */
@MappedSuperclass
public abstract class EditableItem<D> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private boolean retired;

	@Column(name = "seed_hash", length = 64)
	private String seedHash;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "updated_by", length = 64)
	private String updatedBy;

	@Version
	private long version;

	protected EditableItem() {
	}

	protected EditableItem(Instant createdAt) {
		this.createdAt = createdAt;
	}

	public abstract String getKey();

	public abstract D toDocument();

	/**
	 * Replaces the whole content with the document's; the key is set once and never
	 * changes.
	 */
	protected abstract void replaceContent(D document);

	public void apply(D document, Instant now, String by) {
		replaceContent(document);
		touch(now, by);
	}

	/**
	 * Records who changed the item and when, for changes that leave the content alone.
	 */
	public void touch(Instant now, String by) {
		this.updatedAt = now;
		this.updatedBy = by;
	}

	public Long getId() {
		return this.id;
	}

	public boolean isRetired() {
		return this.retired;
	}

	public void setRetired(boolean retired) {
		this.retired = retired;
	}

	public String getSeedHash() {
		return this.seedHash;
	}

	public void setSeedHash(String seedHash) {
		this.seedHash = seedHash;
	}

	public long getVersion() {
		return this.version;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public String getUpdatedBy() {
		return this.updatedBy;
	}

}
