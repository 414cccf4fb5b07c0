package org.virtclass.knowledgebase.web;

import java.util.List;
import java.util.stream.IntStream;

/** One row of the sources table in the tool and claim forms. */
public class SourceRow {

	private String title = "";

	private String url = "";

	public SourceRow() {
	}

	/**
	 * A row and its position, so the template can name the fields
	 * {@code sources[i].title}.
	 */
	public record Indexed(int index, String title, String url) {
	}

	static List<Indexed> indexed(List<SourceRow> rows) {
		return IntStream.range(0, rows.size())
			.mapToObj((i) -> new Indexed(i, rows.get(i).getTitle(), rows.get(i).getUrl()))
			.toList();
	}

	SourceRow(String title, String url) {
		this.title = title;
		this.url = url;
	}

	boolean isBlank() {
		return (this.title == null || this.title.isBlank()) && (this.url == null || this.url.isBlank());
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getUrl() {
		return this.url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

}
