package org.virtclass.knowledgebase.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.virtclass.knowledgebase.ClaimDocument;
import org.virtclass.knowledgebase.ClaimVerdict;
import org.virtclass.knowledgebase.SourceLink;

/** The live copy of one myth-or-fact claim. */
@Entity
@Table(name = "kb_claim")
public class Claim extends EditableItem<ClaimDocument> {

	@Column(name = "claim_key", nullable = false, unique = true, length = 80)
	private String key;

	@Column(name = "claim_zh", nullable = false, length = 4000)
	private String claimZh;

	@Column(name = "claim_en", nullable = false, length = 4000)
	private String claimEn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ClaimVerdict verdict;

	@Column(name = "correction_en", nullable = false, length = 4000)
	private String correctionEn;

	@Column(name = "correction_zh", nullable = false, length = 4000)
	private String correctionZh;

	@Convert(converter = StringListConverter.class)
	@Column(nullable = false, length = 1000)
	private List<String> tools = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "kb_claim_source", joinColumns = @JoinColumn(name = "claim_id"))
	@OrderColumn(name = "pos")
	private List<SourceEmbeddable> sources = new ArrayList<>();

	protected Claim() {
	}

	public Claim(ClaimDocument document, Instant now, String by) {
		super(now);
		apply(document, now, by);
	}

	@Override
	protected void replaceContent(ClaimDocument d) {
		if (this.key == null) {
			this.key = d.id();
		}
		this.claimZh = d.claimZh();
		this.claimEn = d.claimEn();
		this.verdict = d.verdict();
		this.correctionEn = d.correctionEn();
		this.correctionZh = d.correctionZh();
		this.tools = new ArrayList<>(d.tools());
		this.sources.clear();
		d.sources().forEach((s) -> this.sources.add(new SourceEmbeddable(s.title(), s.url())));
	}

	@Override
	public ClaimDocument toDocument() {
		return new ClaimDocument(this.key, this.claimZh, this.claimEn, this.verdict, this.correctionEn,
				this.correctionZh, this.tools,
				this.sources.stream().map((s) -> new SourceLink(s.getTitle(), s.getUrl())).toList());
	}

	@Override
	public String getKey() {
		return this.key;
	}

}
