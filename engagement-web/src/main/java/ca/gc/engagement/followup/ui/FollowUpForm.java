package ca.gc.engagement.followup.ui;

import ca.gc.engagement.followup.boundary.FollowUpService;
import ca.gc.engagement.followup.entity.FollowUp;
import ca.gc.engagement.followup.entity.FollowUpDraft;
import ca.gc.engagement.followup.entity.OriginKind;
import ca.gc.engagement.records.entity.RuleViolationException;
import ca.gc.engagement.records.entity.StaleRecordException;
import ca.gc.engagement.security.entity.AboveClearanceException;
import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.ui.CurrentUser;
import ca.gc.engagement.ui.FieldMessages;
import ca.gc.engagement.ui.Views;
import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
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
public class FollowUpForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Kind and id of the origin are one input, the picker named after the id. */
  private static final Map<String, String> ORIGIN_INPUT = Map.of("originKind", "originId");

  @Inject private CurrentUser user;

  @EJB private FollowUpService followUps;

  @Inject private Origins origins;

  private Long id;
  private Long missionId;
  private Long meetingId;
  private Long agreementId;
  private long version;
  private boolean stale;

  private String description;
  private String origin;
  private String owner;
  private LocalDate dueDate;
  private Classification classification = Classification.UNCLASSIFIED;

  private List<SelectItem> originOptions = List.of();

  /**
   * f:viewAction: officers and above only; a new follow-up (perhaps from a given record), or the
   * one to revise.
   */
  public void load() {
    if (!user.isMayEdit()) {
      Views.forbidden();
      return;
    }
    if (id != null) {
      FollowUp followUp = followUps.find(id).orElse(null);
      if (followUp == null) {
        Views.notFound();
        return;
      }
      fill(followUp);
    } else if (missionId != null) {
      origin = OriginChoice.value(OriginKind.MISSION, missionId);
    } else if (meetingId != null) {
      origin = OriginChoice.value(OriginKind.MEETING, meetingId);
    } else if (agreementId != null) {
      origin = OriginChoice.value(OriginKind.AGREEMENT, agreementId);
    }
    originOptions = origins.options(OriginChoice.of(origin));
  }

  private void fill(FollowUp followUp) {
    version = followUp.getVersion();
    description = followUp.getDescription();
    origin = OriginChoice.value(followUp.getOriginKind(), followUp.getOriginId());
    owner = followUp.getOwner();
    dueDate = followUp.getDueDate();
    classification = followUp.getClassification();
    stale = false;
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
    try {
      FollowUp saved = id == null ? followUps.record(draft) : followUps.revise(id, version, draft);
      Views.notice(id == null ? "followUp.recorded" : "followUp.saved");
      return "/follow-ups/follow-up?faces-redirect=true&id=" + saved.getId();
    } catch (ConstraintViolationException invalid) {
      FieldMessages.show(invalid, "followUp", ORIGIN_INPUT);
    } catch (RuleViolationException refused) {
      FieldMessages.show(
          refused, "followUp", ORIGIN_INPUT.getOrDefault(refused.field(), refused.field()));
    } catch (AboveClearanceException above) {
      FieldMessages.show(above, "followUp", "classification");
    } catch (StaleRecordException changed) {
      stale = true;
    }
    return null;
  }

  /** After a conflict: the follow-up as it now stands, the user's unsaved edits dropped. */
  public String reload() {
    return "/follow-ups/edit?faces-redirect=true&id=" + id;
  }

  public boolean isNew() {
    return id == null;
  }

  public boolean isStale() {
    return stale;
  }

  public List<SelectItem> getOriginOptions() {
    return originOptions;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
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
