package org.virtclass.knowledgebase;

import java.time.Instant;

/**
 * A name that the checker or the catalogue search could not resolve, as {@code GET
 * /api/kb/unknown-names} returns it.
 *
 * @param name the normalised name
 * @param count how often it was asked
 * @param lastSeen when it was last asked
 * @param sample one question it came in (truncated), or null when it came from a search
 */
public record UnknownName(String name, long count, Instant lastSeen, String sample) {
}
