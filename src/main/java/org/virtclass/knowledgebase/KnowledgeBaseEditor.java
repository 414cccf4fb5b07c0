package org.virtclass.knowledgebase;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.virtclass.knowledgebase.domain.ItemEditing;
import org.virtclass.knowledgebase.domain.Revisions;
import org.virtclass.knowledgebase.domain.ToolEditing;
import org.virtclass.knowledgebase.yaml.ToolYamlReader;

/**
 * The module's facade for changing the knowledge base: create, edit, retire, restore and
 * revert tools and claims, each checked against the file loader's rules and the version
 * the editor saw, each stored as a revision. Every change publishes the kind's event
 * ({@link ToolEdited}, {@link ClaimEdited}).
 * <p>
 * The methods that take an {@link ItemKind} serve every kind alike; the caller names the
 * document type that goes with the kind ({@link ToolDocument} for {@link ItemKind#TOOL},
 * ...).
 */
@Service
public class KnowledgeBaseEditor {

	private final Map<ItemKind, ItemEditing<?, ?>> kinds = new EnumMap<>(ItemKind.class);

	private final ToolEditing tools;

	private final Revisions revisions;

	private final ApplicationEventPublisher events;

	KnowledgeBaseEditor(List<ItemEditing<?, ?>> kinds, ToolEditing tools, Revisions revisions,
			ApplicationEventPublisher events) {
		kinds.forEach((k) -> this.kinds.put(k.kind(), k));
		this.tools = tools;
		this.revisions = revisions;
		this.events = events;
	}

	@SuppressWarnings("unchecked")
	<D> ItemEditing<?, D> editing(ItemKind kind) {
		return (ItemEditing<?, D>) this.kinds.get(kind);
	}

	/** Every stored item of a kind, retired ones included, ordered by key. */
	@Transactional(readOnly = true)
	public <D> List<StoredItem<D>> all(ItemKind kind) {
		return this.<D>editing(kind).all();
	}

	@Transactional(readOnly = true)
	public <D> Optional<StoredItem<D>> get(ItemKind kind, String key) {
		return this.<D>editing(kind).get(key);
	}

	/**
	 * What is wrong with a document beyond the file rules: a taken key, names that belong
	 * to another tool.
	 */
	@Transactional(readOnly = true)
	public <D> List<KbProblem> problems(ItemKind kind, D document, boolean creating) {
		return this.<D>editing(kind).problems(document, creating);
	}

	@Transactional
	public <D> EditResult<D> create(ItemKind kind, D document, Author author) {
		return published(kind, this.<D>editing(kind).create(document, author), author);
	}

	@Transactional
	public <D> EditResult<D> update(ItemKind kind, String key, long version, D document, Author author) {
		return published(kind, this.<D>editing(kind).update(key, version, document, author), author);
	}

	@Transactional
	public <D> EditResult<D> retire(ItemKind kind, String key, long version, Author author) {
		return published(kind, this.<D>editing(kind).retire(key, version, author), author);
	}

	@Transactional
	public <D> EditResult<D> restore(ItemKind kind, String key, long version, Author author) {
		return published(kind, this.<D>editing(kind).restore(key, version, author), author);
	}

	@Transactional
	public <D> EditResult<D> revert(ItemKind kind, long revisionId, long version, Author author) {
		return published(kind, this.<D>editing(kind).revert(revisionId, version, author), author);
	}

	/** The document as the knowledge-base files write it. */
	public <D> String yaml(ItemKind kind, D document) {
		return this.<D>editing(kind).yaml(document);
	}

	/**
	 * A document from YAML as {@link #yaml} writes it, or null when it breaks the rules.
	 */
	public <D> D read(ItemKind kind, String key, String yaml) {
		return this.<D>editing(kind).read(key, yaml);
	}

	/**
	 * A document from nested fields (a form, a merge), checked by the file loader's
	 * rules.
	 */
	public <D> ToolYamlReader.Result<D> read(ItemKind kind, String source, Map<String, Object> fields) {
		return this.<D>editing(kind).read(source, fields);
	}

	/** The document's fields by name, for diffs and merges. */
	public <D> Map<String, Object> fields(ItemKind kind, D document) {
		return this.<D>editing(kind).fields(document);
	}

	/** Every stored tool, retired ones included, ordered by slug. */
	@Transactional(readOnly = true)
	public List<StoredItem<ToolDocument>> allTools() {
		return all(ItemKind.TOOL);
	}

	@Transactional(readOnly = true)
	public Optional<StoredItem<ToolDocument>> tool(String slug) {
		return get(ItemKind.TOOL, slug);
	}

	/**
	 * Names and aliases that already belong to another tool, for a form whose other
	 * fields may be wrong.
	 */
	@Transactional(readOnly = true)
	public List<KbProblem> toolNameClashes(String slug, String name, String nameZh, List<String> aliases) {
		return this.tools.nameClashes(slug, name, nameZh, aliases);
	}

	@Transactional
	public EditResult<ToolDocument> createTool(ToolDocument tool, Author author) {
		return create(ItemKind.TOOL, tool, author);
	}

	@Transactional
	public EditResult<ToolDocument> updateTool(String slug, long version, ToolDocument tool, Author author) {
		return update(ItemKind.TOOL, slug, version, tool, author);
	}

	@Transactional
	public EditResult<ToolDocument> retireTool(String slug, long version, Author author) {
		return retire(ItemKind.TOOL, slug, version, author);
	}

	/** Every stored claim, retired ones included, ordered by id. */
	@Transactional(readOnly = true)
	public List<StoredItem<ClaimDocument>> allClaims() {
		return all(ItemKind.CLAIM);
	}

	@Transactional(readOnly = true)
	public Optional<StoredItem<ClaimDocument>> claim(String id) {
		return get(ItemKind.CLAIM, id);
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

	/**
	 * Tells other modules about a stored change; an edit that changed nothing stays
	 * quiet.
	 */
	<D> EditResult<D> published(ItemKind kind, EditResult<D> result, Author author) {
		if (result.changed()) {
			this.events.publishEvent(this.<D>editing(kind).edited(result, author));
		}
		return result;
	}

}
