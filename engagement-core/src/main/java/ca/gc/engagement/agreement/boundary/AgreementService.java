package ca.gc.engagement.agreement.boundary;

import static ca.gc.engagement.security.entity.Role.ADMIN;
import static ca.gc.engagement.security.entity.Role.APPROVER;
import static ca.gc.engagement.security.entity.Role.OFFICER;
import static ca.gc.engagement.security.entity.Role.VIEWER;

import ca.gc.engagement.agreement.entity.Agreement;
import ca.gc.engagement.agreement.entity.AgreementDraft;
import ca.gc.engagement.agreement.entity.AgreementHeldException;
import ca.gc.engagement.agreement.entity.AgreementOutlook;
import ca.gc.engagement.agreement.entity.AgreementStatus;
import ca.gc.engagement.agreement.entity.ExemptionRequiredException;
import ca.gc.engagement.audit.boundary.RecordHistory;
import ca.gc.engagement.audit.entity.RevisionEntry;
import ca.gc.engagement.carveout.boundary.CarveOutService;
import ca.gc.engagement.carveout.entity.CarveOutViolationException;
import ca.gc.engagement.carveout.entity.Proposal;
import ca.gc.engagement.carveout.entity.Screened;
import ca.gc.engagement.carveout.entity.ScreeningResult;
import ca.gc.engagement.carveout.entity.Verdict;
import ca.gc.engagement.department.entity.Department;
import ca.gc.engagement.meeting.boundary.MeetingService;
import ca.gc.engagement.meeting.entity.Meeting;
import ca.gc.engagement.mission.boundary.MissionService;
import ca.gc.engagement.mission.entity.Mission;
import ca.gc.engagement.query.entity.Page;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.records.control.Versions;
import ca.gc.engagement.records.entity.RecordNotFoundException;
import ca.gc.engagement.records.entity.RuleViolationException;
import ca.gc.engagement.records.entity.SafeText;
import ca.gc.engagement.refusal.entity.Term;
import ca.gc.engagement.search.boundary.RecordSearch;
import ca.gc.engagement.search.control.FoundRecords;
import ca.gc.engagement.search.entity.RecordKind;
import ca.gc.engagement.search.entity.RecordQuery;
import ca.gc.engagement.security.control.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.jpa.HibernateHints;

/**
 * Agreements, screened against the sector carve-outs at every step: a PROHIBITED agreement is never
 * stored, edited into that state or moved forward; one under REVIEW is not signed until an approver
 * records an exemption. Officers propose and negotiate; approvers sign off and exempt.
 *
 * <p>Every carve-out in force weighs, whatever the caller's clearance. One above it is never named
 * nor told apart: an agreement it matches is held for review by a cleared approver (stored, but no
 * step forward and no exemption by anyone who may not see it), the same answer whether it would
 * prohibit or call for review (docs/decisions/0031-screening-reveals-nothing-above-the-reader.md).
 */
@Stateless
@RolesAllowed({VIEWER, OFFICER, APPROVER, ADMIN})
public class AgreementService {

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @Inject private Department department;

  @EJB private RecordHistory history;

  @EJB private CarveOutService carveOuts;

  @EJB private MissionService missions;

  @EJB private MeetingService meetings;

  @EJB private RecordSearch search;

  @RolesAllowed({OFFICER, APPROVER, ADMIN})
  public Agreement propose(@NotNull @Valid AgreementDraft draft) {
    LocalDate today = department.today();
    checkReferences(draft);
    refuseIfProhibited(
        screen(draft.parties(), draft.sectors(), draft.regions(), draft.text(), today));
    Agreement agreement = Agreement.propose(draft, today);
    em.persist(agreement);
    return agreement;
  }

  public Optional<Agreement> find(long id) {
    return caller.visible(em.find(Agreement.class, id));
  }

  @RolesAllowed({OFFICER, APPROVER, ADMIN})
  public Agreement revise(long id, long expectedVersion, @NotNull @Valid AgreementDraft draft) {
    Agreement agreement = current(id, expectedVersion);
    requireOpen(agreement, "title", "ca.gc.engagement.agreement.content.closed");
    checkReferences(draft);
    refuseIfProhibited(
        screen(
            draft.parties(), draft.sectors(), draft.regions(), draft.text(), department.today()));
    agreement.revise(draft);
    em.flush();
    return agreement;
  }

  /**
   * The agreement's verdict against the carve-outs in force today, with every match the caller may
   * see (and whether others were withheld).
   */
  public ScreeningResult screening(long id) {
    return screeningOn(get(id), department.today()).shown();
  }

  /** The steps the caller may take from the agreement's current state, as buttons would offer. */
  public Set<AgreementStatus> allowedSteps(long id) {
    return outlooks(List.of(get(id))).get(0).allowedSteps();
  }

  /**
   * For each agreement, in the order given, what {@link #screening} and {@link #allowedSteps}
   * answer for it; the carve-outs are read once for all of them, so a page costs the same
   * statements whatever its size.
   */
  public List<AgreementOutlook> outlooks(@NotNull List<@NotNull Agreement> agreements) {
    LocalDate today = department.today();
    List<Screened> screenings =
        carveOuts.screenOnFile(agreements.stream().map(a -> proposal(a, today)).toList());
    boolean mayEdit = mayEdit();
    boolean maySignOff = maySignOff();
    List<AgreementOutlook> outlooks = new ArrayList<>();
    for (int i = 0; i < agreements.size(); i++) {
      Agreement agreement = agreements.get(i);
      Screened screened = screenings.get(i);
      outlooks.add(
          new AgreementOutlook(
              screened.shown(),
              mayEdit ? agreement.allowedSteps(maySignOff, screened) : Set.of(),
              agreement.isHeld(screened)));
    }
    return outlooks;
  }

  /**
   * Moves the agreement to {@code to}, effective {@code on}. Refused: a step the lifecycle does not
   * have (409), a sign-off by someone who is not an approver (403), a forward step of a PROHIBITED
   * agreement, or a signature under REVIEW without an exemption.
   */
  @RolesAllowed({OFFICER, APPROVER, ADMIN})
  public Agreement moveTo(
      long id,
      long expectedVersion,
      @NotNull(message = "{ca.gc.engagement.agreement.to.required}") AgreementStatus to,
      @NotNull(message = "{ca.gc.engagement.agreement.on.required}") LocalDate on,
      @Size(max = 2000, message = "{ca.gc.engagement.agreement.justification.size}") @SafeText
          String justification) {
    Agreement agreement = current(id, expectedVersion);
    if (agreement.getStatus().next().contains(to)) {
      Screened screened = stricterOf(screeningOn(agreement, on), screening(agreement));
      agreement
          .blockOn(to, maySignOff(), screened)
          .ifPresent(
              block -> {
                throw switch (block) {
                  case SIGN_OFF_ROLE ->
                      new EJBAccessException(
                          "Only an approver may move an agreement to " + to + ".");
                  case HELD -> new AgreementHeldException();
                  case PROHIBITED -> new CarveOutViolationException(screened.shown());
                  case EXEMPTION_REQUIRED ->
                      new ExemptionRequiredException(screened.shown().carveOutCodes());
                };
              });
    }
    agreement.moveTo(to, on, caller.name(), Instant.now(), blankToNull(justification));
    em.flush();
    return agreement;
  }

  /** An approver lets an agreement under REVIEW go on to signature, and says why. */
  @RolesAllowed({APPROVER, ADMIN})
  public Agreement exempt(
      long id,
      long expectedVersion,
      @NotBlank(message = "{ca.gc.engagement.agreement.exemption.justification.required}")
          @Size(max = 2000, message = "{ca.gc.engagement.agreement.justification.size}")
          @SafeText
          String justification) {
    Agreement agreement = current(id, expectedVersion);
    requireOpen(agreement, "justification", "ca.gc.engagement.agreement.exemption.afterSignature");
    Screened screened = screening(agreement);
    if (screened.withholdsMatches()) {
      throw new AgreementHeldException();
    }
    refuseIfProhibited(screened);
    if (screened.verdict() == Verdict.CLEAR) {
      throw new RuleViolationException(
          "justification", "ca.gc.engagement.agreement.exemption.nothingToExempt");
    }
    agreement.exempt(caller.name(), Instant.now(), justification.strip());
    em.flush();
    return agreement;
  }

  /**
   * Agreements matching a search (words, country, sector, status, dates, order), through the one
   * search; three statements whatever the page size, and one for each of the agreement's
   * collections.
   */
  public Page<Agreement> search(
      @NotNull @Valid RecordQuery query, @NotNull @Valid PageRequest request) {
    return FoundRecords.loadIds(
        em, Agreement.class, search.idsOfOneKind(query.of(RecordKind.AGREEMENT), request));
  }

  /** Agreements, newest proposals first. */
  public Page<Agreement> list(@NotNull @Valid PageRequest request) {
    var items =
        em.createQuery(
                "select a from Agreement a order by a.proposedOn desc, a.id desc", Agreement.class)
            .setFirstResult(request.offset())
            .setMaxResults(request.size())
            .getResultList();
    long total = em.createQuery("select count(a) from Agreement a", Long.class).getSingleResult();
    return new Page<>(items, request.page(), request.size(), total);
  }

  /**
   * How many agreements the caller may see stand in each status (every status, none at 0), for the
   * dashboard. One statement; agreements above the caller's clearance are not counted.
   */
  public Map<AgreementStatus, Long> countByStatus() {
    Map<AgreementStatus, Long> counts = new EnumMap<>(AgreementStatus.class);
    for (AgreementStatus status : AgreementStatus.values()) {
      counts.put(status, 0L);
    }
    em.createQuery("select a.status, count(a) from Agreement a group by a.status", Object[].class)
        .setHint(HibernateHints.HINT_CACHEABLE, true) // every dashboard asks; a scan of the table
        .getResultList()
        .forEach(row -> counts.put((AgreementStatus) row[0], ((Number) row[1]).longValue()));
    return counts;
  }

  public List<Agreement> forMission(long missionId) {
    return em.createQuery(
            "select a from Agreement a where a.missionId = :mission order by a.proposedOn, a.id",
            Agreement.class)
        .setParameter("mission", missionId)
        .getResultList();
  }

  public List<RevisionEntry> history(long id) {
    return history.of(Agreement.class, Agreement.KIND, id);
  }

  private Screened screening(Agreement agreement) {
    return screeningOn(agreement, department.today());
  }

  /**
   * A step dated in the past is screened against the carve-outs of that day and of today:
   * backdating cannot slip an agreement past a carve-out in force now.
   */
  private static Screened stricterOf(Screened a, Screened b) {
    int byVerdict = a.verdict().compareTo(b.verdict());
    if (byVerdict != 0) {
      return byVerdict > 0 ? a : b;
    }
    return a.withholdsMatches() ? a : b;
  }

  private static void requireOpen(Agreement agreement, String field, String key) {
    if (!agreement.getStatus().isOpen()) {
      throw new RuleViolationException(field, key, Term.of(agreement.getStatus()));
    }
  }

  private boolean mayEdit() {
    return caller.isInRole(OFFICER) || maySignOff();
  }

  private Screened screeningOn(Agreement agreement, LocalDate on) {
    return carveOuts.screenOnFile(List.of(proposal(agreement, on))).get(0);
  }

  private static Proposal proposal(Agreement agreement, LocalDate on) {
    return new Proposal(
        agreement.getParties(),
        agreement.getSectors(),
        agreement.getRegions(),
        agreement.text(),
        on);
  }

  private Screened screen(
      Set<String> parties, Set<String> sectors, Set<String> regions, String text, LocalDate on) {
    return carveOuts
        .screenOnFile(List.of(new Proposal(parties, sectors, regions, text, on)))
        .get(0);
  }

  /**
   * Refuses what a carve-out the caller may see prohibits, naming it. One above their clearance
   * does not refuse: the agreement is held instead ({@link Agreement#isHeld}), so that a refusal
   * never tells a hidden PROHIBIT from a hidden REVIEW.
   */
  private static void refuseIfProhibited(Screened screened) {
    if (screened.shown().verdict() == Verdict.PROHIBITED) {
      throw new CarveOutViolationException(screened.shown());
    }
  }

  private boolean maySignOff() {
    return caller.isInRole(APPROVER) || caller.isInRole(ADMIN);
  }

  private void checkReferences(AgreementDraft draft) {
    caller.mayRecord(draft.classification());
    if (draft.missionId() != null && missions.find(draft.missionId()).isEmpty()) {
      throw RuleViolationException.noSuch("missionId", Mission.KIND, draft.missionId());
    }
    if (draft.meetingId() != null && meetings.find(draft.meetingId()).isEmpty()) {
      throw RuleViolationException.noSuch("meetingId", Meeting.KIND, draft.meetingId());
    }
  }

  private Agreement get(long id) {
    return find(id).orElseThrow(() -> new RecordNotFoundException(Agreement.KIND, id));
  }

  private Agreement current(long id, long expectedVersion) {
    return Versions.current(find(id), Agreement.KIND, id, expectedVersion);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
