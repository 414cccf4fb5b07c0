package org.virtclass.knowledgebase.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.virtclass.classification.Category;
import org.virtclass.classification.HardwareVirtualization;
import org.virtclass.classification.HypervisorType;
import org.virtclass.classification.ImageFormat;
import org.virtclass.classification.ImageModel;
import org.virtclass.classification.IsolationLevel;
import org.virtclass.classification.RunsOn;
import org.virtclass.classification.ToolFacts;
import org.virtclass.knowledgebase.HostPlatform;
import org.virtclass.knowledgebase.Labels;
import org.virtclass.knowledgebase.SourceLink;
import org.virtclass.knowledgebase.ToolDocument;

/**
 * The live copy of one tool. Its content is always read and written as a whole
 * {@link ToolDocument}; {@code seedHash} remembers which file content it was last
 * imported from, so that the start-up sync can tell a changed file from a browser edit.
 */
@Entity
@Table(name = "kb_tool")
public class Tool extends EditableItem<ToolDocument> {

	@Column(nullable = false, unique = true, length = 80)
	private String slug;

	@Column(nullable = false)
	private String name;

	@Column(name = "name_zh", nullable = false)
	private String nameZh;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "kb_tool_alias", joinColumns = @JoinColumn(name = "tool_id"))
	@OrderColumn(name = "pos")
	@Column(name = "alias", nullable = false, length = 200)
	private List<String> aliases = new ArrayList<>();

	@Column(nullable = false)
	private String vendor;

	@Column(nullable = false)
	private String license;

	@Column(name = "first_release", nullable = false)
	private int firstRelease;

	@Convert(converter = StringListConverter.class)
	@Column(name = "host_platforms", nullable = false, length = 400)
	private List<String> hostPlatforms = new ArrayList<>();

	@Column(name = "description_en", nullable = false, length = 4000)
	private String descriptionEn;

	@Column(name = "description_zh", nullable = false, length = 4000)
	private String descriptionZh;

	@Column(name = "guest_own_kernel", nullable = false)
	private boolean guestOwnKernel;

	@Enumerated(EnumType.STRING)
	@Column(name = "hardware_virtualization", nullable = false, length = 20)
	private HardwareVirtualization hardwareVirtualization;

	@Enumerated(EnumType.STRING)
	@Column(name = "runs_on", nullable = false, length = 20)
	private RunsOn runsOn;

	@Column(name = "emulates_foreign_isa", nullable = false)
	private boolean emulatesForeignIsa;

	@Column(name = "shares_host_kernel", nullable = false)
	private boolean sharesHostKernel;

	@Column(name = "user_space_kernel", nullable = false)
	private boolean userSpaceKernel;

	@Column(name = "translates_syscalls", nullable = false)
	private boolean translatesSyscalls;

	@Column(name = "manages_others", nullable = false)
	private boolean managesOthers;

	@Convert(converter = StringListConverter.class)
	@Column(name = "image_formats", nullable = false, length = 400)
	private List<String> imageFormats = new ArrayList<>();

	@Convert(converter = StringListConverter.class)
	@Column(name = "contested_facts", nullable = false, length = 400)
	private List<String> contestedFacts = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private Category category;

	@Enumerated(EnumType.STRING)
	@Column(name = "hypervisor_type", nullable = false, length = 20)
	private HypervisorType hypervisorType;

	@Enumerated(EnumType.STRING)
	@Column(name = "isolation_level", nullable = false, length = 20)
	private IsolationLevel isolationLevel;

	@Enumerated(EnumType.STRING)
	@Column(name = "image_model", nullable = false, length = 30)
	private ImageModel imageModel;

	@Column(nullable = false)
	private boolean contested;

	@Column(name = "contested_note_en", nullable = false, length = 4000)
	private String contestedNoteEn;

	@Column(name = "contested_note_zh", nullable = false, length = 4000)
	private String contestedNoteZh;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "kb_tool_source", joinColumns = @JoinColumn(name = "tool_id"))
	@OrderColumn(name = "pos")
	private List<SourceEmbeddable> sources = new ArrayList<>();

	protected Tool() {
	}

	public Tool(ToolDocument document, Instant now, String by) {
		super(now);
		apply(document, now, by);
	}

	@Override
	protected void replaceContent(ToolDocument d) {
		if (this.slug == null) {
			this.slug = d.slug();
		}
		this.name = d.name();
		this.nameZh = d.nameZh();
		this.aliases.clear();
		this.aliases.addAll(d.aliases());
		this.vendor = d.vendor();
		this.license = d.license();
		this.firstRelease = d.firstRelease();
		this.hostPlatforms = new ArrayList<>(d.hostPlatforms().stream().map(Enum::name).toList());
		this.descriptionEn = d.descriptionEn();
		this.descriptionZh = d.descriptionZh();
		ToolFacts f = d.facts();
		this.guestOwnKernel = f.guestOwnKernel();
		this.hardwareVirtualization = f.hardwareVirtualization();
		this.runsOn = f.runsOn();
		this.emulatesForeignIsa = f.emulatesForeignIsa();
		this.sharesHostKernel = f.sharesHostKernel();
		this.userSpaceKernel = f.userSpaceKernel();
		this.translatesSyscalls = f.translatesSyscalls();
		this.managesOthers = f.managesOthers();
		this.imageFormats = new ArrayList<>(f.imageFormats().stream().map(Enum::name).toList());
		this.contestedFacts = new ArrayList<>(f.contested());
		Labels l = d.labels();
		this.category = l.category();
		this.hypervisorType = l.hypervisorType();
		this.isolationLevel = l.isolationLevel();
		this.imageModel = l.imageModel();
		this.contested = d.contested();
		this.contestedNoteEn = d.contestedNoteEn();
		this.contestedNoteZh = d.contestedNoteZh();
		this.sources.clear();
		d.sources().forEach((s) -> this.sources.add(new SourceEmbeddable(s.title(), s.url())));
	}

	@Override
	public ToolDocument toDocument() {
		ToolFacts facts = new ToolFacts(this.guestOwnKernel, this.hardwareVirtualization, this.runsOn,
				this.emulatesForeignIsa, this.sharesHostKernel, this.userSpaceKernel, this.translatesSyscalls,
				this.managesOthers, this.imageFormats.stream().map(ImageFormat::valueOf).toList(), this.contestedFacts);
		return new ToolDocument(this.slug, this.name, this.nameZh, this.aliases, this.vendor, this.license,
				this.firstRelease, this.hostPlatforms.stream().map(HostPlatform::valueOf).toList(), this.descriptionEn,
				this.descriptionZh, facts,
				new Labels(this.category, this.hypervisorType, this.isolationLevel, this.imageModel), this.contested,
				this.contestedNoteEn, this.contestedNoteZh,
				this.sources.stream().map((s) -> new SourceLink(s.getTitle(), s.getUrl())).toList());
	}

	public String getSlug() {
		return this.slug;
	}

	@Override
	public String getKey() {
		return this.slug;
	}

}
