package org.virtclass.knowledgebase.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A name nobody could resolve to a tool, how often it was asked, when last, and one
 * question it came in.
 */
@Entity
@Table(name = "kb_unknown_name")
public class UnresolvedName {

	@Id
	@Column(length = 100)
	private String name;

	@Column(name = "seen_count", nullable = false)
	private long count;

	@Column(name = "last_seen", nullable = false)
	private Instant lastSeen;

	@Column(length = 200)
	private String sample;

	protected UnresolvedName() {
	}

	UnresolvedName(String name) {
		this.name = name;
	}

	void seen(long times, Instant at, String sample) {
		this.count += times;
		if (this.lastSeen == null || at.isAfter(this.lastSeen)) {
			this.lastSeen = at;
		}
		if (sample != null && !sample.isBlank()) {
			this.sample = sample;
		}
	}

	public String getName() {
		return this.name;
	}

	public long getCount() {
		return this.count;
	}

	public Instant getLastSeen() {
		return this.lastSeen;
	}

	public String getSample() {
		return this.sample;
	}

}
