package ca.gc.engagement.followup.ui;

import ca.gc.engagement.followup.boundary.FollowUpService;
import ca.gc.engagement.followup.entity.FollowUp;
import ca.gc.engagement.followup.entity.FollowUpDraft;
import ca.gc.engagement.followup.entity.OriginKind;
import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.ui.RecordForm;
import ca.gc.engagement.ui.Views;
import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Records a follow-up, or revises one ({@code ?id=}), on the version the form was opened on. The
 * origin is one choice among the missions, meetings and agreements the user may see, preset by
 * {@code ?missionId=}, {@code ?meetingId=} or {@code ?agreementId=} from the record it comes from.
 * Saving redirects to the follow-up's page (post-redirect-get).
 */
@Named
@ViewScoped
public class FollowUpForm extends RecordForm<FollowUp> {

  private static final long serialVersionUID = 1L;

  /** Kind and id of the origin are one input, the picker named after the id. */
  private static final Map<String, String> ORIGIN_INPUT = Map.of("originKind", "originId");

  @EJB private FollowUpService followUps;

  @Inject private Origins origins;

  private Long missionId;
  private Long meetingId;
  private Long agreementId;

  private String description;
  private String origin;
  private String owner;
  private LocalDate dueDate;
  private Classification classification = Classification.UNCLASSIFIED;

  private List<SelectItem> originOptions = List.of();

  @Override
  protected Edited<FollowUp> edited() {
    return new Edited<>("followUp", "/follow-ups/edit", () -> followUps.find(getId()));
  }

  /** A new follow-up from the record given, if any. */
  @Override
  protected boolean start() {
    if (missionId != null) {
      origin = OriginChoice.value(OriginKind.MISSION, missionId);
    } else if (meetingId != null) {
      origin = OriginChoice.value(OriginKind.MEETING, meetingId);
    } else if (agreementId != null) {
      origin = OriginChoice.value(OriginKind.AGREEMENT, agreementId);
    }
    return true;
  }

  @Override
  protected void opened() {
    originOptions = origins.options(OriginChoice.of(origin));
  }

  @Override
  protected void fill(FollowUp followUp) {
    description = followUp.getDescription();
    origin = OriginChoice.value(followUp.getOriginKind(), followUp.getOriginId());
    owner = followUp.getOwner();
    dueDate = followUp.getDueDate();
    classification = followUp.getClassification();
  }

  public String save() {
    OriginChoice chosen = OriginChoice.of(origin);
    FollowUpDraft draft =
        new FollowUpDraft(
            description,
            chosen == null ? null : chosen.kind(),
            chosen == null ? null : chosen.id(),
            owner,
            dueDate,
            classification);
    return saved(
        () -> isNew() ? followUps.record(draft) : followUps.revise(getId(), version(), draft),
        saved -> {
          Views.notice(isNew() ? "followUp.recorded" : "followUp.saved");
          return "/follow-ups/follow-up?faces-redirect=true&id=" + saved.getId();
        });
  }

  @Override
  protected Map<String, String> inputs() {
    return ORIGIN_INPUT;
  }

  public List<SelectItem> getOriginOptions() {
    return originOptions;
  }

  public Long getMissionId() {
    return missionId;
  }

  public void setMissionId(Long missionId) {
    this.missionId = missionId;
  }

  public Long getMeetingId() {
    return meetingId;
  }

  public void setMeetingId(Long meetingId) {
    this.meetingId = meetingId;
  }

  public Long getAgreementId() {
    return agreementId;
  }

  public void setAgreementId(Long agreementId) {
    this.agreementId = agreementId;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getOrigin() {
    return origin;
  }

  public void setOrigin(String origin) {
    this.origin = origin;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public void setDueDate(LocalDate dueDate) {
    this.dueDate = dueDate;
  }

  public Classification getClassification() {
    return classification;
  }

  public void setClassification(Classification classification) {
    this.classification = classification;
  }
}
