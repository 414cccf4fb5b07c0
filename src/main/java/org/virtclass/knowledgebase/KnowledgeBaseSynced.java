package org.virtclass.knowledgebase;

/**
 * The seed files were synced into the database (at start-up); anything cached from the
 * knowledge base is stale. Edits and imports publish {@link ToolEdited} and
 * {@link ClaimEdited} instead.
 *
 * @param report what the sync found
 */
public record KnowledgeBaseSynced(LoadReport report) {
}
