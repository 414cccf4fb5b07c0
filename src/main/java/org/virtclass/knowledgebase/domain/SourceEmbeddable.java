package org.virtclass.knowledgebase.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
class SourceEmbeddable {

	@Column(nullable = false, length = 200)
	private String title;

	@Column(nullable = false, length = 500)
	private String url;

	protected SourceEmbeddable() {
	}

	SourceEmbeddable(String title, String url) {
		this.title = title;
		this.url = url;
	}

	String getTitle() {
		return this.title;
	}

	String getUrl() {
		return this.url;
	}

}
