package org.virtclass.knowledgebase.domain;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.virtclass.knowledgebase.ChangeKind;
import org.virtclass.knowledgebase.ChangeSource;
import org.virtclass.knowledgebase.ItemKind;

/**
 * One stored change. The full canonical YAML of both sides is kept, not a diff, so that
 * any revision can be restored exactly and the diff can be shown however the pages like.
 */
@Entity
@Table(name = "kb_revision")
public class Revision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private ItemKind kind;

	@Column(name = "item_key", nullable = false, length = 80)
	private String itemKey;

	@Enumerated(EnumType.STRING)
	@Column(name = "change_kind", nullable = false, length = 20)
	private ChangeKind change;

	@Enumerated(EnumType.STRING)
	@Column(name = "change_source", nullable = false, length = 20)
	private ChangeSource source;

	@Column(nullable = false, length = 64)
	private String author;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "item_version", nullable = false)
	private long itemVersion;

	@Convert(converter = StringListConverter.class)
	@Column(name = "changed_fields", nullable = false, length = 1000)
	private List<String> changedFields;

	@Column(name = "before_yaml", length = 100000)
	private String beforeYaml;

	@Column(name = "after_yaml", nullable = false, length = 100000)
	private String afterYaml;

	protected Revision() {
	}

	Revision(ItemKind kind, String itemKey, ChangeKind change, ChangeSource source, String author, Instant createdAt,
			long itemVersion, List<String> changedFields, String beforeYaml, String afterYaml) {
		this.kind = kind;
		this.itemKey = itemKey;
		this.change = change;
		this.source = source;
		this.author = author;
		this.createdAt = createdAt;
		this.itemVersion = itemVersion;
		this.changedFields = List.copyOf(changedFields);
		this.beforeYaml = beforeYaml;
		this.afterYaml = afterYaml;
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

	public ChangeKind getChange() {
		return this.change;
	}

	public ChangeSource getSource() {
		return this.source;
	}

	public String getAuthor() {
		return this.author;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public long getItemVersion() {
		return this.itemVersion;
	}

	public List<String> getChangedFields() {
		return this.changedFields;
	}

	public String getBeforeYaml() {
		return this.beforeYaml;
	}

	public String getAfterYaml() {
		return this.afterYaml;
	}

}
