package org.virtclass.knowledgebase;

import java.time.Instant;

/**
 * A myth-or-fact claim was created, edited, retired, restored or reverted; see
 * {@link ToolEdited}.
 */
public record ClaimEdited(String id, ChangeKind change, ChangeSource source, long version, String by, Instant at) {
}
