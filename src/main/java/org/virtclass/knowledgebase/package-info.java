/**
 * The knowledge base: virtualization software and its look-alikes, with facts, curated
 * labels, bilingual texts and sources. Files in {@code knowledge-base/} are the seed and
 * the exchange format; the database holds the live copy. This module loads and validates
 * the files, keeps them in sync with the database without ever overwriting an
 * instructor's edit, and serves the catalogue pages and {@code /api/tools}. Instructors
 * edit tools and claims in the browser or the API under the same rules as the files, with
 * optimistic locking, a revision for every change, import and export, and a page for the
 * conflicts the sync finds; each change publishes {@link ToolEdited} or
 * {@link ClaimEdited}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Knowledge base")
package org.virtclass.knowledgebase;
