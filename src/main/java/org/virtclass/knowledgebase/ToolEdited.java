package org.virtclass.knowledgebase;

import java.time.Instant;

/**
 * A tool was created, edited, retired, restored or reverted. Published after the change
 * is stored, within its transaction, for modules that cache anything derived from tools.
 *
 * @param slug the tool
 * @param change what happened
 * @param source where the change came from
 * @param version the tool's version after the change
 * @param by who made it
 * @param at when
 */
public record ToolEdited(String slug, ChangeKind change, ChangeSource source, long version, String by, Instant at) {
}
