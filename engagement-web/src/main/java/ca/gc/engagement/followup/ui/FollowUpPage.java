package ca.gc.engagement.followup.ui;

import ca.gc.engagement.audit.entity.RevisionEntry;
import ca.gc.engagement.followup.boundary.FollowUpService;
import ca.gc.engagement.followup.entity.FollowUp;
import ca.gc.engagement.followup.entity.FollowUpStatus;
import ca.gc.engagement.records.entity.IllegalTransitionException;
import ca.gc.engagement.records.entity.StaleRecordException;
import ca.gc.engagement.ui.Views;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * One follow-up: what is to be done, the record it comes from (a link, or a plain word when the
 * user may not see that record), who sees to it and by when, under the classification marking;
 * complete, drop and reopen as buttons for officers (post-redirect-get); its history. Missing and
 * above the user's clearance both answer 404.
 */
@Named
@ViewScoped
public class FollowUpPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private FollowUpService followUps;

  @Inject private Origins origins;

  private Long id;
  private FollowUp followUp;
  private String originTitle;

  /** f:viewAction. */
  public void load() {
    followUp = id == null ? null : followUps.find(id).orElse(null);
    if (followUp == null) {
      Views.notFound();
      return;
    }
    originTitle = origins.title(followUp.getOriginKind(), followUp.getOriginId()).orElse(null);
  }

  /** Completes, drops or reopens the follow-up, on the version the page showed. */
  public String moveTo(FollowUpStatus next) {
    try {
      long version = followUp.getVersion();
      switch (next) {
        case DONE -> followUps.complete(id, version);
        case DROPPED -> followUps.drop(id, version);
        case OPEN -> followUps.reopen(id, version);
      }
      Views.notice("followUp.moved", Views.text("followUp.status." + next));
    } catch (StaleRecordException changed) {
      Views.warning("record.stale");
    } catch (IllegalTransitionException refused) {
      Views.warning("record.transition.refused");
    }
    return "/follow-ups/follow-up?faces-redirect=true&id=" + id;
  }

  /** The steps from here, done and dropped before reopening. */
  public List<FollowUpStatus> getNextSteps() {
    return followUp.getStatus().next().stream().sorted().toList();
  }

  public List<RevisionEntry> getHistory() {
    return followUps.history(id);
  }

  public FollowUp getFollowUp() {
    return followUp;
  }

  /** The origin's title; null when the user may not see it. */
  public String getOriginTitle() {
    return originTitle;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
