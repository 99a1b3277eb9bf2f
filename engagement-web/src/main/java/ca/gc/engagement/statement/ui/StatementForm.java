package ca.gc.engagement.statement.ui;

import ca.gc.engagement.mission.boundary.MissionService;
import ca.gc.engagement.mission.entity.Mission;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.stakeholder.boundary.StakeholderService;
import ca.gc.engagement.stakeholder.entity.Stakeholder;
import ca.gc.engagement.stakeholder.entity.StakeholderQuery;
import ca.gc.engagement.stakeholder.entity.StakeholderStatus;
import ca.gc.engagement.statement.boundary.StatementService;
import ca.gc.engagement.statement.entity.SourceDraft;
import ca.gc.engagement.statement.entity.Stance;
import ca.gc.engagement.statement.entity.Statement;
import ca.gc.engagement.statement.entity.StatementDraft;
import ca.gc.engagement.ui.RecordForm;
import ca.gc.engagement.ui.Views;
import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Records a statement, or revises one ({@code ?id=}), on the version the form was opened on. The
 * stakeholder is chosen from those on file that are active (or preset by {@code ?stakeholderId=}
 * from the stakeholder's page); the source's publication and address are two inputs of one field of
 * the service, so their messages are placed by path. Saving redirects to the statement's page.
 */
@Named
@ViewScoped
public class StatementForm extends RecordForm<Statement> {

  private static final long serialVersionUID = 1L;

  /** Where the source's violations go: the inputs are named apart from the draft's nesting. */
  private static final Map<String, String> SOURCE_INPUTS =
      Map.of(
          "source", "publication",
          "source.publication", "publication",
          "source.url", "sourceUrl");

  @EJB private StatementService statements;

  @EJB private StakeholderService stakeholders;

  @EJB private MissionService missions;

  private Long presetStakeholderId;

  private Long stakeholderId;
  private LocalDate date;
  private Stance stance;
  private List<String> sectors = new ArrayList<>();
  private String text;
  private String publication;
  private String sourceUrl;
  private Long missionId;
  private Classification classification = Classification.UNCLASSIFIED;

  private List<SelectItem> stakeholderOptions = List.of();
  private List<SelectItem> missionOptions = List.of();

  @Override
  protected Edited<Statement> edited() {
    return new Edited<>("statement", "/statements/edit", () -> statements.find(getId()));
  }

  /** A new statement of the stakeholder given, if any. */
  @Override
  protected boolean start() {
    stakeholderId = presetStakeholderId;
    return true;
  }

  @Override
  protected void opened() {
    stakeholderOptions = stakeholderOptions();
    missionOptions = missionOptions();
  }

  @Override
  protected void fill(Statement statement) {
    stakeholderId = statement.getStakeholderId();
    date = statement.getDate();
    stance = statement.getStance();
    sectors = new ArrayList<>(statement.getSectors());
    text = statement.getText();
    publication = statement.getSource().getPublication();
    sourceUrl = statement.getSource().getUrl();
    missionId = statement.getMissionId();
    classification = statement.getClassification();
  }

  /** The active stakeholders by name, and the statement's own if archived meanwhile. */
  private List<SelectItem> stakeholderOptions() {
    List<Stakeholder> offered =
        new ArrayList<>(
            stakeholders
                .list(
                    new StakeholderQuery(null, null, StakeholderStatus.ACTIVE.name(), null),
                    PageRequest.first(PageRequest.MAX_SIZE))
                .items());
    if (stakeholderId != null && offered.stream().noneMatch(s -> s.getId().equals(stakeholderId))) {
      stakeholders.find(stakeholderId).ifPresent(offered::add);
    }
    return offered.stream()
        .map(
            s ->
                new SelectItem(
                    s.getId(),
                    s.getStatus() == StakeholderStatus.ACTIVE
                        ? s.getName()
                        : Views.text("statement.stakeholder.archived", s.getName())))
        .toList();
  }

  /** The missions, newest first, and the statement's own if it is older than those. */
  private List<SelectItem> missionOptions() {
    List<Mission> offered =
        new ArrayList<>(missions.list(PageRequest.first(PageRequest.MAX_SIZE)).items());
    if (missionId != null && offered.stream().noneMatch(m -> m.getId().equals(missionId))) {
      missions.find(missionId).ifPresent(offered::add);
    }
    return offered.stream().map(m -> new SelectItem(m.getId(), m.getTitle())).toList();
  }

  public String save() {
    StatementDraft draft =
        new StatementDraft(
            stakeholderId,
            date,
            stance,
            new LinkedHashSet<>(sectors),
            text,
            new SourceDraft(publication, sourceUrl),
            missionId,
            classification);
    return saved(
        () -> isNew() ? statements.record(draft) : statements.revise(getId(), version(), draft),
        saved -> {
          Views.notice(
              isNew() ? "statement.recorded" : "statement.saved", nameOf(saved.getStakeholderId()));
          return "/statements/statement?faces-redirect=true&id=" + saved.getId();
        });
  }

  @Override
  protected Map<String, String> inputs() {
    return SOURCE_INPUTS;
  }

  private String nameOf(Long stakeholder) {
    return stakeholderOptions.stream()
        .filter(option -> option.getValue().equals(stakeholder))
        .map(SelectItem::getLabel)
        .findFirst()
        .orElse("");
  }

  public Stance[] getStances() {
    return Stance.values();
  }

  public List<SelectItem> getStakeholderOptions() {
    return stakeholderOptions;
  }

  public List<SelectItem> getMissionOptions() {
    return missionOptions;
  }

  public Long getPresetStakeholderId() {
    return presetStakeholderId;
  }

  public void setPresetStakeholderId(Long presetStakeholderId) {
    this.presetStakeholderId = presetStakeholderId;
  }

  public Long getStakeholderId() {
    return stakeholderId;
  }

  public void setStakeholderId(Long stakeholderId) {
    this.stakeholderId = stakeholderId;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public Stance getStance() {
    return stance;
  }

  public void setStance(Stance stance) {
    this.stance = stance;
  }

  public List<String> getSectors() {
    return sectors;
  }

  public void setSectors(List<String> sectors) {
    this.sectors = sectors == null ? new ArrayList<>() : new ArrayList<>(sectors);
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getPublication() {
    return publication;
  }

  public void setPublication(String publication) {
    this.publication = publication;
  }

  public String getSourceUrl() {
    return sourceUrl;
  }

  public void setSourceUrl(String sourceUrl) {
    this.sourceUrl = sourceUrl;
  }

  public Long getMissionId() {
    return missionId;
  }

  public void setMissionId(Long missionId) {
    this.missionId = missionId;
  }

  public Classification getClassification() {
    return classification;
  }

  public void setClassification(Classification classification) {
    this.classification = classification;
  }
}
