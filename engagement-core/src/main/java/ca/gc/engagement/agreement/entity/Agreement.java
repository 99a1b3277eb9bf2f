package ca.gc.engagement.agreement.entity;

import ca.gc.engagement.carveout.entity.Screened;
import ca.gc.engagement.carveout.entity.Verdict;
import ca.gc.engagement.security.entity.Classified;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.Filter;
import org.hibernate.envers.Audited;

/**
 * An agreement between the department's government and others, from proposal to termination. The
 * entity keeps the lifecycle and its record (every step with its date, author and reason); whether
 * the content may go forward is the carve-out screening's verdict, which the service passes in.
 *
 * <p>Its collections are read eagerly (in batches for a page): they are small, always shown with
 * the agreement, and the pages and API read it after the service's transaction has ended.
 */
@Entity
@Table(name = "agreement")
@Audited
@Filter(name = Classified.CLEARANCE_FILTER)
public class Agreement extends Classified {

  public static final String KIND = "agreement";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_seq")
  @SequenceGenerator(name = "agreement_seq", sequenceName = "agreement_seq", allocationSize = 50)
  private Long id;

  @NotBlank
  @Size(max = 200)
  private String title;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "agreement_party", joinColumns = @JoinColumn(name = "agreement_id"))
  @Column(name = "country", length = 2)
  private Set<String> parties = new HashSet<>();

  @Column(name = "mission_id")
  private Long missionId;

  @Column(name = "meeting_id")
  private Long meetingId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "agreement_sector", joinColumns = @JoinColumn(name = "agreement_id"))
  @Column(name = "sector_code", length = 40)
  private Set<String> sectors = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "agreement_region", joinColumns = @JoinColumn(name = "agreement_id"))
  @Column(name = "region_code", length = 40)
  private Set<String> regions = new HashSet<>();

  @Size(max = 8000)
  private String summary;

  @NotNull
  @Column(name = "proposed_on")
  private LocalDate proposedOn;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private AgreementStatus status = AgreementStatus.PROPOSED;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "agreement_transition", joinColumns = @JoinColumn(name = "agreement_id"))
  @OrderColumn(name = "position")
  private List<Transition> transitions = new ArrayList<>();

  @Embedded private Exemption exemption;

  protected Agreement() {}

  public static Agreement propose(AgreementDraft draft, LocalDate on) {
    Agreement agreement = new Agreement();
    agreement.proposedOn = on;
    agreement.revise(draft);
    return agreement;
  }

  /**
   * Takes the draft's content. An exemption answered the content as it was, so a change of content
   * ends it; the audit trail keeps it.
   */
  public void revise(AgreementDraft draft) {
    title = draft.title().strip();
    parties.clear();
    parties.addAll(draft.parties());
    missionId = draft.missionId();
    meetingId = draft.meetingId();
    sectors.clear();
    sectors.addAll(draft.sectors());
    regions.clear();
    regions.addAll(draft.regions());
    summary = draft.summary() == null || draft.summary().isBlank() ? null : draft.summary().strip();
    classify(draft.classification());
    exemption = null;
  }

  /** Why a step the lifecycle has may not be taken by a caller now. */
  public enum StepBlock {
    /** Only an approver may sign off (SIGNED and after). */
    SIGN_OFF_ROLE,
    /** Carve-outs above the caller's clearance match: it waits for a cleared approver. */
    HELD,
    /** A carve-out the caller may see prohibits it. */
    PROHIBITED,
    /** A REVIEW carve-out matches and no approver has exempted it yet. */
    EXEMPTION_REQUIRED
  }

  /**
   * The steps open from here for a caller who may or may not sign off, given the agreement's
   * screening for them ({@link #blockOn}).
   */
  public Set<AgreementStatus> allowedSteps(boolean maySignOff, Screened screened) {
    Set<AgreementStatus> allowed = EnumSet.noneOf(AgreementStatus.class);
    for (AgreementStatus next : status.next()) {
      if (blockOn(next, maySignOff, screened).isEmpty()) {
        allowed.add(next);
      }
    }
    return allowed;
  }

  /**
   * Why the caller may not take the step to {@code next} (one the lifecycle has), or empty when
   * they may. The one rule of the screening's say on the lifecycle, for the buttons a page offers
   * and for the step itself: nothing forward while held or PROHIBITED, nothing to SIGNED under
   * REVIEW without an exemption, and sign-off steps for approvers only.
   */
  public Optional<StepBlock> blockOn(AgreementStatus next, boolean maySignOff, Screened screened) {
    if (next.isSignOff() && !maySignOff) {
      return Optional.of(StepBlock.SIGN_OFF_ROLE);
    }
    if (!next.isForward()) {
      return Optional.empty();
    }
    if (isHeld(screened)) {
      return Optional.of(StepBlock.HELD);
    }
    if (screened.verdict() == Verdict.PROHIBITED) {
      return Optional.of(StepBlock.PROHIBITED);
    }
    if (next == AgreementStatus.SIGNED
        && screened.verdict() == Verdict.REVIEW
        && exemption == null) {
      return Optional.of(StepBlock.EXEMPTION_REQUIRED);
    }
    return Optional.empty();
  }

  /**
   * Whether, for this caller, the agreement waits for an approver cleared to see what else matches
   * it: carve-outs above the caller's clearance match, and a cleared approver has not exempted it
   * (which only REVIEW carve-outs allow). The same answer whichever hidden carve-out matched.
   */
  public boolean isHeld(Screened screened) {
    return screened.withholdsMatches()
        && !(screened.verdict() == Verdict.REVIEW && exemption != null);
  }

  /**
   * Moves the agreement on. The caller checks the role and the screening beforehand ({@link
   * #blockOn}); here the lifecycle itself is enforced and the step is kept.
   */
  public void moveTo(
      AgreementStatus next, LocalDate on, String by, Instant recordedAt, String justification) {
    status.stepTo(KIND, next);
    transitions.add(new Transition(status, next, on, recordedAt, by, justification));
    status = next;
  }

  /** Records an approver's exemption from a REVIEW carve-out. */
  public void exempt(String by, Instant at, String justification) {
    exemption = new Exemption(by, at, justification);
  }

  /** The content screening reads: title and summary. */
  public String text() {
    return summary == null ? title : title + "\n" + summary;
  }

  @Override
  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public Set<String> getParties() {
    return Set.copyOf(parties);
  }

  public Long getMissionId() {
    return missionId;
  }

  public Long getMeetingId() {
    return meetingId;
  }

  public Set<String> getSectors() {
    return Set.copyOf(sectors);
  }

  public Set<String> getRegions() {
    return Set.copyOf(regions);
  }

  public String getSummary() {
    return summary;
  }

  /** The day it was put on file as a proposal. */
  public LocalDate getProposedOn() {
    return proposedOn;
  }

  public AgreementStatus getStatus() {
    return status;
  }

  public List<Transition> getTransitions() {
    return List.copyOf(transitions);
  }

  public Optional<Exemption> getExemption() {
    return Optional.ofNullable(exemption);
  }
}
