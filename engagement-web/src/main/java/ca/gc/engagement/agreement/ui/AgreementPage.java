package ca.gc.engagement.agreement.ui;

import ca.gc.engagement.agreement.boundary.AgreementService;
import ca.gc.engagement.agreement.entity.Agreement;
import ca.gc.engagement.agreement.entity.AgreementOutlook;
import ca.gc.engagement.agreement.entity.AgreementStatus;
import ca.gc.engagement.carveout.entity.ScreeningResult;
import ca.gc.engagement.carveout.entity.Verdict;
import ca.gc.engagement.carveout.ui.ExplainedMatch;
import ca.gc.engagement.carveout.ui.ScreeningExplainer;
import ca.gc.engagement.department.entity.Department;
import ca.gc.engagement.meeting.boundary.MeetingService;
import ca.gc.engagement.meeting.entity.Meeting;
import ca.gc.engagement.mission.boundary.MissionService;
import ca.gc.engagement.mission.entity.Mission;
import ca.gc.engagement.ui.RecordPage;
import ca.gc.engagement.ui.Views;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * One agreement: its marking and particulars, its screening against the carve-outs in force today
 * with every match explained, the lifecycle so far, and what the reader may do next: the steps the
 * service allows them from here (a date and a justification with each), and for approvers the
 * exemption of an agreement under review. Missing and above clearance both answer 404.
 */
@Named
@ViewScoped
public class AgreementPage extends RecordPage<Agreement> {

  private static final long serialVersionUID = 1L;

  @EJB private AgreementService agreements;

  @EJB private MissionService missions;

  @EJB private MeetingService meetings;

  @Inject private ScreeningExplainer explainer;

  private AgreementOutlook outlook;
  private List<ExplainedMatch> matches;
  private Mission mission;
  private Meeting meeting;

  @Inject private Department department;

  /** The day a step takes effect: the department's today unless the approver says otherwise. */
  private LocalDate on;

  private String justification;
  private String exemptionJustification;

  @PostConstruct
  void startToday() {
    on = department.today();
  }

  @Override
  protected Shown<Agreement> shown() {
    return new Shown<>("/agreements/agreement", agreements::find, agreements::history);
  }

  @Override
  protected void opened(Agreement agreement) {
    outlook = agreements.outlooks(List.of(agreement)).get(0);
    matches = explainer.explain(outlook.screening());
    mission =
        agreement.getMissionId() == null
            ? null
            : missions.find(agreement.getMissionId()).orElse(null);
    meeting =
        agreement.getMeetingId() == null
            ? null
            : meetings.find(agreement.getMeetingId()).orElse(null);
  }

  /**
   * Takes the step on the version the page showed, effective on the date given. A refusal is said
   * plainly: a field's next to it, the others at the top of the page as it now stands.
   */
  public String moveTo(AgreementStatus next) {
    try {
      return step(
          "steps",
          version -> agreements.moveTo(getId(), version, next, on, justification),
          "agreement.moved",
          Views.text("agreement.status." + next));
    } catch (EJBAccessException forbidden) {
      Views.warning("agreement.step.forbidden");
      return self();
    }
  }

  /** An approver lets the agreement go on to signature despite a REVIEW carve-out, and says why. */
  public String exempt() {
    try {
      return step(
          "exemption",
          version -> agreements.exempt(getId(), version, exemptionJustification),
          "agreement.exempted");
    } catch (EJBAccessException forbidden) {
      Views.warning("agreement.exemption.forbidden");
      return self();
    }
  }

  /** Whether the agreement waits for an approver cleared to see what else matches it. */
  public boolean isHeld() {
    return outlook.held();
  }

  /** The steps the reader may take from here, in the lifecycle's order. */
  public List<AgreementStatus> getNextSteps() {
    return outlook.allowedSteps().stream().sorted(Comparator.naturalOrder()).toList();
  }

  /** Whether the reader may take this step now (its button is shown). */
  public boolean allows(AgreementStatus next) {
    return outlook.allowedSteps().contains(next);
  }

  /**
   * Whether an exemption is the reader's to record: an approver, an open agreement under review.
   */
  public boolean isExemptable() {
    // Not while held: the approver would exempt what they may not see.
    return getAgreement().getStatus().isOpen()
        && outlook.screening().verdict() == Verdict.REVIEW
        && !outlook.screening().held();
  }

  public boolean isEditable() {
    return getAgreement().getStatus().isOpen();
  }

  public ScreeningResult getScreening() {
    return outlook.screening();
  }

  public List<ExplainedMatch> getMatches() {
    return matches;
  }

  public List<String> getParties() {
    return getAgreement().getParties().stream().sorted().toList();
  }

  public List<String> getSectors() {
    return getAgreement().getSectors().stream().sorted().toList();
  }

  public List<String> getRegions() {
    return getAgreement().getRegions().stream().sorted().toList();
  }

  public Agreement getAgreement() {
    return record();
  }

  public Mission getMission() {
    return mission;
  }

  public Meeting getMeeting() {
    return meeting;
  }

  public LocalDate getOn() {
    return on;
  }

  public void setOn(LocalDate on) {
    this.on = on;
  }

  public String getJustification() {
    return justification;
  }

  public void setJustification(String justification) {
    this.justification = justification;
  }

  public String getExemptionJustification() {
    return exemptionJustification;
  }

  public void setExemptionJustification(String exemptionJustification) {
    this.exemptionJustification = exemptionJustification;
  }
}
