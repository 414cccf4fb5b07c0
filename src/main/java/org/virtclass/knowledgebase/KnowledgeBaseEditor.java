package org.virtclass.knowledgebase;

import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.virtclass.knowledgebase.domain.ClaimEditing;
import org.virtclass.knowledgebase.domain.Revisions;
import org.virtclass.knowledgebase.domain.ToolEditing;

/**
 * The module's facade for changing the knowledge base: create, edit, retire, restore and revert
 * tools and claims, each checked against the file loader's rules and the version the editor saw,
 * each stored as a revision. Every change publishes {@link ToolEdited} or {@link ClaimEdited}.
 */
@Service
public class KnowledgeBaseEditor {

	private final ToolEditing tools;

	private final ClaimEditing claims;

	private final Revisions revisions;

	private final ApplicationEventPublisher events;

	KnowledgeBaseEditor(ToolEditing tools, ClaimEditing claims, Revisions revisions, ApplicationEventPublisher events) {
		this.tools = tools;
		this.claims = claims;
		this.revisions = revisions;
		this.events = events;
	}

	/** Every stored tool, retired ones included, ordered by slug. */
	@Transactional(readOnly = true)
	public List<StoredItem<ToolDocument>> allTools() {
		return this.tools.all();
	}

	@Transactional(readOnly = true)
	public Optional<StoredItem<ToolDocument>> tool(String slug) {
		return this.tools.get(slug);
	}

	/** What is wrong with a tool beyond the file rules: a taken slug, names that belong to another tool. */
	@Transactional(readOnly = true)
	public List<KbProblem> toolProblems(ToolDocument tool, boolean creating) {
		return this.tools.problems(tool, creating);
	}

	/** Names and aliases that already belong to another tool, for a form whose other fields may be wrong. */
	@Transactional(readOnly = true)
	public List<KbProblem> toolNameClashes(String slug, String name, String nameZh, List<String> aliases) {
		return this.tools.nameClashes(slug, name, nameZh, aliases);
	}

	@Transactional
	public EditResult<ToolDocument> createTool(ToolDocument tool, Author author) {
		return published(this.tools.create(tool, author), author);
	}

	@Transactional
	public EditResult<ToolDocument> updateTool(String slug, long version, ToolDocument tool, Author author) {
		return published(this.tools.update(slug, version, tool, author), author);
	}

	@Transactional
	public EditResult<ToolDocument> retireTool(String slug, long version, Author author) {
		return published(this.tools.retire(slug, version, author), author);
	}

	@Transactional
	public EditResult<ToolDocument> restoreTool(String slug, long version, Author author) {
		return published(this.tools.restore(slug, version, author), author);
	}

	@Transactional
	public EditResult<ToolDocument> revertTool(long revisionId, long version, Author author) {
		return published(this.tools.revert(revisionId, version, author), author);
	}

	/** Every stored claim, retired ones included, ordered by id. */
	@Transactional(readOnly = true)
	public List<StoredItem<ClaimDocument>> allClaims() {
		return this.claims.all();
	}

	@Transactional(readOnly = true)
	public Optional<StoredItem<ClaimDocument>> claim(String id) {
		return this.claims.get(id);
	}

	@Transactional(readOnly = true)
	public List<KbProblem> claimProblems(ClaimDocument claim, boolean creating) {
		return this.claims.problems(claim, creating);
	}

	@Transactional
	public EditResult<ClaimDocument> createClaim(ClaimDocument claim, Author author) {
		return publishedClaim(this.claims.create(claim, author), author);
	}

	@Transactional
	public EditResult<ClaimDocument> updateClaim(String id, long version, ClaimDocument claim, Author author) {
		return publishedClaim(this.claims.update(id, version, claim, author), author);
	}

	@Transactional
	public EditResult<ClaimDocument> retireClaim(String id, long version, Author author) {
		return publishedClaim(this.claims.retire(id, version, author), author);
	}

	@Transactional
	public EditResult<ClaimDocument> restoreClaim(String id, long version, Author author) {
		return publishedClaim(this.claims.restore(id, version, author), author);
	}

	@Transactional
	public EditResult<ClaimDocument> revertClaim(long revisionId, long version, Author author) {
		return publishedClaim(this.claims.revert(revisionId, version, author), author);
	}

	/** The changes to one item, newest first. */
	@Transactional(readOnly = true)
	public List<RevisionEntry> history(ItemKind kind, String key) {
		return this.revisions.history(kind, key);
	}

	/** All changes across the knowledge base, newest first. */
	@Transactional(readOnly = true)
	public Page<RevisionEntry> audit(int page, int size) {
		return this.revisions.all(page, size);
	}

	@Transactional(readOnly = true)
	public Optional<RevisionEntry> revision(long id) {
		return this.revisions.get(id);
	}

	EditResult<ToolDocument> published(EditResult<ToolDocument> result, Author author) {
		if (result.changed()) {
			this.events.publishEvent(new ToolEdited(result.item().key(), result.change(), author.source(),
					result.item().version(), author.name(), result.at()));
		}
		return result;
	}

	EditResult<ClaimDocument> publishedClaim(EditResult<ClaimDocument> result, Author author) {
		if (result.changed()) {
			this.events.publishEvent(new ClaimEdited(result.item().key(), result.change(), author.source(),
					result.item().version(), author.name(), result.at()));
		}
		return result;
	}

}
