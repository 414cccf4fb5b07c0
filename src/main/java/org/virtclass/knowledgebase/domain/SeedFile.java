package org.virtclass.knowledgebase.domain;

/** One knowledge-base file as read from disk, the jar or an upload. */
public record SeedFile(String name, String content) {
}
