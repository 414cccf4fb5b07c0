package org.virtclass.knowledgebase;

/** A source that backs a tool's facts or a claim's verdict. */
public record SourceLink(String title, String url) {
}
