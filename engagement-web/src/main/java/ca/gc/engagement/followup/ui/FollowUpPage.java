package ca.gc.engagement.followup.ui;

import ca.gc.engagement.followup.boundary.FollowUpService;
import ca.gc.engagement.followup.entity.FollowUp;
import ca.gc.engagement.followup.entity.FollowUpStatus;
import ca.gc.engagement.ui.RecordPage;
import ca.gc.engagement.ui.Views;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * One follow-up: what is to be done, the record it comes from (a link, or a plain word when the
 * user may not see that record), who sees to it and by when, under the classification marking;
 * complete, drop and reopen as buttons for officers (post-redirect-get); its history. Missing and
 * above the user's clearance both answer 404.
 */
@Named
@ViewScoped
public class FollowUpPage extends RecordPage<FollowUp> {

  private static final long serialVersionUID = 1L;

  @EJB private FollowUpService followUps;

  @Inject private Origins origins;

  private String originTitle;

  @Override
  protected Shown<FollowUp> shown() {
    return new Shown<>("/follow-ups/follow-up", followUps::find, followUps::history);
  }

  @Override
  protected void opened(FollowUp followUp) {
    originTitle = origins.title(followUp.getOriginKind(), followUp.getOriginId()).orElse(null);
  }

  /** Completes, drops or reopens the follow-up, on the version the page showed. */
  public String moveTo(FollowUpStatus next) {
    return step(
        version -> {
          switch (next) {
            case DONE -> followUps.complete(getId(), version);
            case DROPPED -> followUps.drop(getId(), version);
            case OPEN -> followUps.reopen(getId(), version);
          }
        },
        "followUp.moved",
        Views.text("followUp.status." + next));
  }

  /** The steps from here, done and dropped before reopening. */
  public List<FollowUpStatus> getNextSteps() {
    return getFollowUp().getStatus().next().stream().sorted().toList();
  }

  public FollowUp getFollowUp() {
    return record();
  }

  /** The origin's title; null when the user may not see it. */
  public String getOriginTitle() {
    return originTitle;
  }
}
