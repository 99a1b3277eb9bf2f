package ca.gc.engagement.agreement.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.agreement.entity.Agreement;
import ca.gc.engagement.agreement.entity.AgreementDraft;
import ca.gc.engagement.agreement.entity.AgreementHeldException;
import ca.gc.engagement.agreement.entity.AgreementOutlook;
import ca.gc.engagement.agreement.entity.AgreementStatus;
import ca.gc.engagement.agreement.entity.Exemption;
import ca.gc.engagement.agreement.entity.ExemptionRequiredException;
import ca.gc.engagement.agreement.entity.Transition;
import ca.gc.engagement.carveout.boundary.CarveOutService;
import ca.gc.engagement.carveout.entity.CarveOutDraft;
import ca.gc.engagement.carveout.entity.CarveOutMode;
import ca.gc.engagement.carveout.entity.CarveOutViolationException;
import ca.gc.engagement.carveout.entity.Match;
import ca.gc.engagement.carveout.entity.MatchKind;
import ca.gc.engagement.carveout.entity.Proposal;
import ca.gc.engagement.carveout.entity.ScreeningResult;
import ca.gc.engagement.carveout.entity.Verdict;
import ca.gc.engagement.records.entity.IllegalTransitionException;
import ca.gc.engagement.records.entity.RuleViolationException;
import ca.gc.engagement.records.entity.StaleRecordException;
import ca.gc.engagement.schema.control.HandWiredServices;
import ca.gc.engagement.schema.control.MigratedDatabase;
import ca.gc.engagement.security.control.Caller;
import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.security.entity.Role;
import jakarta.ejb.EJBAccessException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Agreements screened at every step, outside the server: the real AgreementService on the real
 * CarveOutService, SectorService and Screening, on H2 with the migrations (and so with the seeded
 * NATIONAL_SECURITY and ARCTIC carve-outs, PROHIBIT for CN from 1 January 2026). Each call runs in
 * a transaction of its own with the clearance filter on. The container's role check of a method
 * (@RolesAllowed) is not played here; the sign-off check the service makes itself is.
 */
class AgreementServiceTest {

  private static final Caller OFFICER =
      HandWiredServices.caller("D. Officer", Classification.PROTECTED_B, Role.OFFICER);
  private static final Caller APPROVER =
      HandWiredServices.caller("A. Approver", Classification.PROTECTED_B, Role.APPROVER);
  private static final Caller ADMIN =
      HandWiredServices.caller("S. Admin", Classification.SECRET, Role.ADMIN);

  private MigratedDatabase db;

  @BeforeEach
  void database() {
    db = new MigratedDatabase();
  }

  @AfterEach
  void close() {
    db.close();
  }

  private <T> T as(Caller caller, Function<AgreementService, T> call) {
    return db.inTransaction(
        em -> call.apply(new HandWiredServices(em, caller).get(AgreementService.class)));
  }

  private <T> T carveOuts(Caller caller, Function<CarveOutService, T> call) {
    return db.inTransaction(
        em -> call.apply(new HandWiredServices(em, caller).get(CarveOutService.class)));
  }

  /**
   * Runs a call that must be refused, then commits whatever it left behind: a service that changed
   * the agreement before refusing would show here, whatever the container would roll back.
   */
  private <X extends RuntimeException> X refused(
      Class<X> type, Caller caller, Function<AgreementService, ?> call) {
    RuntimeException thrown =
        db.inTransaction(
            em -> {
              try {
                call.apply(new HandWiredServices(em, caller).get(AgreementService.class));
                return null;
              } catch (RuntimeException refusal) {
                return refusal;
              }
            });
    return assertInstanceOf(type, thrown, "refused");
  }

  private Agreement read(long id) {
    return as(OFFICER, s -> s.find(id)).orElseThrow();
  }

  private long version(long id) {
    return read(id).getVersion();
  }

  private Agreement move(Caller caller, long id, AgreementStatus to, LocalDate on, String why) {
    return as(caller, s -> s.moveTo(id, s.find(id).orElseThrow().getVersion(), to, on, why));
  }

  /** What is on file: agreements, their collections, their audit rows, revisions. */
  private record Stored(
      long agreements, long parties, long sectors, long audited, long revisions) {}

  private Stored stored() {
    return db.inTransaction(
        em -> {
          Function<String, Long> count =
              table ->
                  ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult())
                      .longValue();
          return new Stored(
              count.apply("agreement"),
              count.apply("agreement_party"),
              count.apply("agreement_sector"),
              count.apply("agreement_aud"),
              count.apply("revision"));
        });
  }

  private static AgreementDraft draft(String title, Set<String> sectors, String summary) {
    return new AgreementDraft(
        title,
        Set.of("CA", "CN"),
        null,
        null,
        sectors,
        Set.of(),
        summary,
        Classification.UNCLASSIFIED);
  }

  private static final String CANOLA_SUMMARY =
      "Canada admits up to 49,000 Chinese EVs a year at 6.1 %; China cuts canola-seed duties to"
          + " about 15 % by 1 March 2026";

  private static AgreementDraft canolaTariffRelief() {
    return draft("Canola tariff relief", Set.of("AGRI_FOOD"), CANOLA_SUMMARY);
  }

  private static AgreementDraft lobsterAndCrab(String summary) {
    return draft("Lobster and crab market access", Set.of("SEAFOOD"), summary);
  }

  /** A REVIEW carve-out on fisheries for CN, declared by an administrator. */
  private void fisheriesUnderReview(String code, Classification classification) {
    carveOuts(
        ADMIN,
        s ->
            s.declare(
                new CarveOutDraft(
                    code,
                    "Fisheries",
                    "Access to Canadian fish stocks and fishing grounds is weighed case by case.",
                    "Fisheries Act; the department's guidance on fisheries access.",
                    Set.of("FISHERIES"),
                    Set.of(),
                    Set.of(),
                    Set.of("CN"),
                    LocalDate.of(2026, 1, 1),
                    null,
                    CarveOutMode.REVIEW,
                    classification)));
  }

  private static Set<String> codes(String spaced) {
    return spaced.isBlank() ? Set.of() : Set.of(spaced.trim().split("\\s+"));
  }

  @ParameterizedTest(name = "tagged [{0}]")
  @ValueSource(strings = {"", "AGRI_FOOD", "TOURISM", "CLEAN_ENERGY", "SEAFOOD PORK", "ARCTIC"})
  void anArcticShippingCorridorIsRefusedWhateverItsSectorsAndNothingIsStored(String sectors) {
    Stored before = stored();

    var refusal =
        refused(
            CarveOutViolationException.class,
            OFFICER,
            s -> s.propose(draft("Arctic shipping corridor", codes(sectors), null)));

    assertEquals(
        "This touches the carve-out ARCTIC, which prohibits it; it cannot go ahead.",
        refusal.getMessage());
    assertEquals(Verdict.PROHIBITED, refusal.screening().verdict());
    assertEquals(Set.of("ARCTIC"), refusal.screening().carveOutCodes());
    assertTrue(
        refusal
            .screening()
            .matches()
            .contains(
                new Match(
                    "ARCTIC",
                    Classification.UNCLASSIFIED,
                    CarveOutMode.PROHIBIT,
                    MatchKind.KEYWORD,
                    "Arctic",
                    "The text mentions \u201cArctic\u201d, a keyword of the Arctic carve-out.")),
        refusal.screening().matches().toString());
    assertEquals(before, stored());
  }

  @Test
  void criticalMineralsAreRefusedUnderNationalSecurityAndNothingIsStored() {
    Stored before = stored();

    var refusal =
        refused(
            CarveOutViolationException.class,
            OFFICER,
            s ->
                s.propose(
                    draft(
                        "Investment in a Canadian lithium mine",
                        Set.of("CRITICAL_MINERALS"),
                        "A joint venture to develop and operate a lithium mine in Quebec.")));

    assertEquals(
        "This touches the carve-out NATIONAL_SECURITY, which prohibits it; it cannot go ahead.",
        refusal.getMessage());
    assertEquals(
        List.of(
            new Match(
                "NATIONAL_SECURITY",
                Classification.UNCLASSIFIED,
                CarveOutMode.PROHIBIT,
                MatchKind.SECTOR,
                "CRITICAL_MINERALS",
                "CRITICAL_MINERALS is within NATIONAL_SECURITY, which the National security"
                    + " carve-out covers.")),
        refusal.screening().matches());
    assertEquals(before, stored());
  }

  @Test
  void canolaTariffReliefGoesFromProposalToTerminationWithEveryStepKept() {
    long id = as(OFFICER, s -> s.propose(canolaTariffRelief())).getId();
    assertEquals(Verdict.CLEAR, as(OFFICER, s -> s.screening(id)).verdict());
    assertEquals(AgreementStatus.PROPOSED, read(id).getStatus());
    assertEquals(
        EnumSet.of(AgreementStatus.UNDER_NEGOTIATION, AgreementStatus.WITHDRAWN),
        as(OFFICER, s -> s.allowedSteps(id)));

    // A step the lifecycle does not have is refused before anyone's role is looked at.
    var skipping =
        refused(
            IllegalTransitionException.class,
            OFFICER,
            s -> s.moveTo(id, 0, AgreementStatus.SIGNED, LocalDate.of(2026, 1, 16), null));
    assertEquals(
        "An agreement cannot go from PROPOSED to SIGNED. Allowed from PROPOSED:"
            + " UNDER_NEGOTIATION, WITHDRAWN.",
        skipping.getMessage());

    move(OFFICER, id, AgreementStatus.UNDER_NEGOTIATION, LocalDate.of(2026, 1, 15), null);
    assertEquals(EnumSet.of(AgreementStatus.WITHDRAWN), as(OFFICER, s -> s.allowedSteps(id)));
    assertEquals(
        EnumSet.of(AgreementStatus.SIGNED, AgreementStatus.WITHDRAWN),
        as(APPROVER, s -> s.allowedSteps(id)));

    long negotiating = version(id);
    var officerSigning =
        refused(
            EJBAccessException.class,
            OFFICER,
            s ->
                s.moveTo(id, negotiating, AgreementStatus.SIGNED, LocalDate.of(2026, 1, 16), null));
    assertEquals("Only an approver may move an agreement to SIGNED.", officerSigning.getMessage());
    assertEquals(AgreementStatus.UNDER_NEGOTIATION, read(id).getStatus());
    assertEquals(negotiating, version(id));

    move(
        APPROVER,
        id,
        AgreementStatus.SIGNED,
        LocalDate.of(2026, 1, 16),
        "Signed in Beijing by the Prime Minister.");
    move(
        APPROVER,
        id,
        AgreementStatus.IN_FORCE,
        LocalDate.of(2026, 3, 1),
        "China's duty cut took effect.");
    long inForce = version(id);
    var officerSuspending =
        refused(
            EJBAccessException.class,
            OFFICER,
            s -> s.moveTo(id, inForce, AgreementStatus.SUSPENDED, LocalDate.of(2026, 6, 1), null));
    assertEquals(
        "Only an approver may move an agreement to SUSPENDED.", officerSuspending.getMessage());
    move(
        APPROVER,
        id,
        AgreementStatus.SUSPENDED,
        LocalDate.of(2026, 6, 1),
        "China reinstated the deposit on canola seed.");
    move(APPROVER, id, AgreementStatus.IN_FORCE, LocalDate.of(2026, 7, 1), "Deposit lifted.");
    move(
        APPROVER,
        id,
        AgreementStatus.TERMINATED,
        LocalDate.of(2026, 11, 1),
        "Replaced by the comprehensive arrangement.");

    Agreement terminated = read(id);
    assertEquals(AgreementStatus.TERMINATED, terminated.getStatus());
    assertEquals(
        List.of(
            "PROPOSED -> UNDER_NEGOTIATION on 2026-01-15 by D. Officer: null",
            "UNDER_NEGOTIATION -> SIGNED on 2026-01-16 by A. Approver: Signed in Beijing by the"
                + " Prime Minister.",
            "SIGNED -> IN_FORCE on 2026-03-01 by A. Approver: China's duty cut took effect.",
            "IN_FORCE -> SUSPENDED on 2026-06-01 by A. Approver: China reinstated the deposit on"
                + " canola seed.",
            "SUSPENDED -> IN_FORCE on 2026-07-01 by A. Approver: Deposit lifted.",
            "IN_FORCE -> TERMINATED on 2026-11-01 by A. Approver: Replaced by the comprehensive"
                + " arrangement."),
        terminated.getTransitions().stream().map(AgreementServiceTest::line).toList());
    terminated.getTransitions().forEach(t -> assertNotNull(t.getRecordedAt()));
    assertEquals(EnumSet.noneOf(AgreementStatus.class), as(APPROVER, s -> s.allowedSteps(id)));
    assertEquals(7, as(OFFICER, s -> s.history(id)).size());
  }

  private static String line(Transition t) {
    return t.getFrom()
        + " -> "
        + t.getTo()
        + " on "
        + t.getOn()
        + " by "
        + t.getBy()
        + ": "
        + t.getJustification();
  }

  @Test
  void underAReviewCarveOutSigningWaitsForAnApproversExemption() {
    fisheriesUnderReview("FISHERIES", Classification.UNCLASSIFIED);
    long id =
        as(
                OFFICER,
                s ->
                    s.propose(
                        lobsterAndCrab(
                            "China exempts Canadian lobster and crab from its retaliatory"
                                + " tariffs until at least the end of 2026.")))
            .getId();
    ScreeningResult screening = as(OFFICER, s -> s.screening(id));
    assertEquals(Verdict.REVIEW, screening.verdict());
    assertEquals(
        List.of(
            new Match(
                "FISHERIES",
                Classification.UNCLASSIFIED,
                CarveOutMode.REVIEW,
                MatchKind.SECTOR,
                "SEAFOOD",
                "SEAFOOD is within FISHERIES, which the Fisheries carve-out covers.")),
        screening.matches());

    // Negotiating is not signing: REVIEW does not hold it back.
    move(OFFICER, id, AgreementStatus.UNDER_NEGOTIATION, LocalDate.of(2026, 1, 15), null);
    assertEquals(EnumSet.of(AgreementStatus.WITHDRAWN), as(APPROVER, s -> s.allowedSteps(id)));

    long negotiating = version(id);
    var waiting =
        refused(
            ExemptionRequiredException.class,
            APPROVER,
            s ->
                s.moveTo(id, negotiating, AgreementStatus.SIGNED, LocalDate.of(2026, 1, 16), null));
    assertEquals(
        "This agreement touches the carve-out FISHERIES, which requires review: an approver must"
            + " record an exemption before it is signed.",
        waiting.getMessage());
    assertEquals(AgreementStatus.UNDER_NEGOTIATION, read(id).getStatus());
    assertEquals(negotiating, version(id));

    as(
        APPROVER,
        s ->
            s.exempt(
                id,
                negotiating,
                "  Lobster and crab only; reviewed with Fisheries and Oceans Canada.  "));
    Exemption exemption = read(id).getExemption().orElseThrow();
    assertEquals("A. Approver", exemption.getBy());
    assertEquals(
        "Lobster and crab only; reviewed with Fisheries and Oceans Canada.",
        exemption.getJustification());
    assertNotNull(exemption.getAt());
    assertEquals(
        EnumSet.of(AgreementStatus.SIGNED, AgreementStatus.WITHDRAWN),
        as(APPROVER, s -> s.allowedSteps(id)));

    move(APPROVER, id, AgreementStatus.SIGNED, LocalDate.of(2026, 1, 16), null);
    assertEquals(AgreementStatus.SIGNED, read(id).getStatus());
  }

  @Test
  void revisingAnExemptedAgreementCallsForANewExemption() {
    fisheriesUnderReview("FISHERIES", Classification.UNCLASSIFIED);
    long id = as(OFFICER, s -> s.propose(lobsterAndCrab(null))).getId();
    move(OFFICER, id, AgreementStatus.UNDER_NEGOTIATION, LocalDate.of(2026, 1, 15), null);
    long negotiating = version(id);
    as(APPROVER, s -> s.exempt(id, negotiating, "Lobster and crab only."));
    long exempted = version(id);
    assertEquals(negotiating + 1, exempted);

    as(
        OFFICER,
        s ->
            s.revise(
                id,
                exempted,
                lobsterAndCrab("Lobster, crab and sea cucumber: China lifts its tariffs.")));

    assertTrue(read(id).getExemption().isEmpty());
    long revised = version(id);
    var waiting =
        refused(
            ExemptionRequiredException.class,
            APPROVER,
            s -> s.moveTo(id, revised, AgreementStatus.SIGNED, LocalDate.of(2026, 1, 16), null));
    assertEquals(
        "This agreement touches the carve-out FISHERIES, which requires review: an approver must"
            + " record an exemption before it is signed.",
        waiting.getMessage());
  }

  /** A fisheries carve-out in that mode, classified SECRET: above the officer and the approver. */
  private void secretFisheries(CarveOutMode mode) {
    carveOuts(
        ADMIN,
        s ->
            s.declare(
                new CarveOutDraft(
                    "FISHERIES_SECRET",
                    "Fisheries (classified)",
                    "Access to Canadian fish stocks is weighed against classified assessments.",
                    "A classified directive.",
                    Set.of("FISHERIES"),
                    Set.of(),
                    Set.of(),
                    Set.of("CN"),
                    LocalDate.of(2026, 1, 1),
                    null,
                    mode,
                    Classification.SECRET)));
  }

  /**
   * What an officer and an approver cleared below a carve-out learn of it, by every way they have
   * of asking: the same whether it would prohibit or call for review.
   */
  @ParameterizedTest(name = "hidden {0}")
  @EnumSource(CarveOutMode.class)
  void aCarveOutAboveTheCallersHoldsTheAgreementWithOneAnswerWhateverItsMode(CarveOutMode mode) {
    secretFisheries(mode);
    long id = as(OFFICER, s -> s.propose(lobsterAndCrab(null))).getId();

    for (Caller uncleared : List.of(OFFICER, APPROVER)) {
      ScreeningResult screening = as(uncleared, s -> s.screening(id));
      assertEquals(new ScreeningResult(Verdict.REVIEW, List.of(), 1), screening);
      AgreementOutlook outlook = as(uncleared, s -> s.outlooks(List.of(s.find(id).get())).get(0));
      assertTrue(outlook.held());
      assertEquals(EnumSet.of(AgreementStatus.WITHDRAWN), outlook.allowedSteps());
    }
    var held =
        refused(
            AgreementHeldException.class,
            OFFICER,
            s ->
                s.moveTo(
                    id, 0, AgreementStatus.UNDER_NEGOTIATION, LocalDate.of(2026, 1, 15), null));
    assertEquals("This agreement is held for review by a cleared approver.", held.getMessage());
    refused(
        AgreementHeldException.class,
        APPROVER,
        s -> s.exempt(id, 0, "I cannot see what I would be exempting."));
    assertEquals(0, version(id));
    assertTrue(read(id).getExemption().isEmpty());

    // The cleared administrator sees why.
    ScreeningResult cleared = as(ADMIN, s -> s.screening(id));
    assertEquals(Set.of("FISHERIES_SECRET"), cleared.carveOutCodes());
    assertEquals(
        mode == CarveOutMode.PROHIBIT ? Verdict.PROHIBITED : Verdict.REVIEW, cleared.verdict());
    assertEquals(0, cleared.withheld());
  }

  @Test
  void aClearedApproversExemptionFreesAnAgreementHeldForAHiddenReview() {
    secretFisheries(CarveOutMode.REVIEW);
    long id = as(OFFICER, s -> s.propose(lobsterAndCrab(null))).getId();

    as(ADMIN, s -> s.exempt(id, 0, "Reviewed against the classified assessment: no concern."));
    move(OFFICER, id, AgreementStatus.UNDER_NEGOTIATION, LocalDate.of(2026, 1, 15), null);
    Agreement signed = move(APPROVER, id, AgreementStatus.SIGNED, LocalDate.of(2026, 1, 16), null);

    assertEquals(AgreementStatus.SIGNED, signed.getStatus());
    assertEquals(1, as(APPROVER, s -> s.screening(id)).withheld());
  }

  @Test
  void aHiddenProhibitionStaysHeldForTheClearedToo() {
    secretFisheries(CarveOutMode.PROHIBIT);
    long id = as(OFFICER, s -> s.propose(lobsterAndCrab(null))).getId();

    refused(
        CarveOutViolationException.class,
        ADMIN,
        s -> s.exempt(id, 0, "An exemption cannot answer a prohibition."));
    assertEquals(EnumSet.of(AgreementStatus.WITHDRAWN), as(ADMIN, s -> s.allowedSteps(id)));
    refused(
        CarveOutViolationException.class,
        ADMIN,
        s -> s.moveTo(id, 0, AgreementStatus.UNDER_NEGOTIATION, LocalDate.of(2026, 1, 15), null));
  }

  @Test
  void exemptingAClearAgreementIsRefused() {
    long id = as(OFFICER, s -> s.propose(canolaTariffRelief())).getId();

    var refusal =
        refused(
            RuleViolationException.class,
            APPROVER,
            s -> s.exempt(id, 0, "Just in case a carve-out is declared later."));

    assertEquals(
        "This agreement touches no carve-out: there is nothing to exempt.", refusal.getMessage());
    assertEquals("justification", refusal.field());
    assertTrue(read(id).getExemption().isEmpty());
    assertEquals(0, version(id));
  }

  @Test
  void aCarveOutAppliesOnlyWithinItsEffectivePeriod() {
    Function<LocalDate, ScreeningResult> screenOn =
        day ->
            carveOuts(
                OFFICER,
                s ->
                    s.screen(
                        new Proposal(
                            Set.of("CA", "CN"),
                            Set.of("ARCTIC", "CRITICAL_MINERALS"),
                            Set.of("CA-NU"),
                            "Arctic shipping corridor",
                            day)));

    ScreeningResult dayBefore = screenOn.apply(LocalDate.of(2025, 12, 31));
    assertEquals(Verdict.CLEAR, dayBefore.verdict());
    assertEquals(List.of(), dayBefore.matches());

    ScreeningResult firstDay = screenOn.apply(LocalDate.of(2026, 1, 1));
    assertEquals(Verdict.PROHIBITED, firstDay.verdict());
    assertEquals(Set.of("ARCTIC", "NATIONAL_SECURITY"), firstDay.carveOutCodes());
  }

  @Test
  void aClearAgreementCannotBeEditedIntoAProhibitedOne() {
    long id = as(OFFICER, s -> s.propose(canolaTariffRelief())).getId();
    Stored before = stored();

    var refusal =
        refused(
            CarveOutViolationException.class,
            OFFICER,
            s ->
                s.revise(
                    id,
                    0,
                    draft(
                        "Canola tariff relief",
                        Set.of("AGRI_FOOD"),
                        CANOLA_SUMMARY + "; canola shipped through the Northwest Passage")));

    assertEquals(
        "This touches the carve-out ARCTIC, which prohibits it; it cannot go ahead.",
        refusal.getMessage());
    Agreement unchanged = read(id);
    assertEquals(0, unchanged.getVersion());
    assertEquals("Canola tariff relief", unchanged.getTitle());
    assertEquals(CANOLA_SUMMARY, unchanged.getSummary());
    assertEquals(Set.of("AGRI_FOOD"), unchanged.getSectors());
    assertEquals(before, stored());
  }

  @Test
  void aChangeOnAStaleVersionIsRefused() {
    long id = as(OFFICER, s -> s.propose(canolaTariffRelief())).getId();
    move(OFFICER, id, AgreementStatus.UNDER_NEGOTIATION, LocalDate.of(2026, 1, 15), null);
    String stale =
        "This agreement was changed by someone else after you opened it. Reload it to see their"
            + " change, then make yours again.";

    var revising =
        refused(
            StaleRecordException.class,
            OFFICER,
            s -> s.revise(id, 0, draft("Canola relief", Set.of("CANOLA"), null)));
    assertEquals(stale, revising.getMessage());
    var withdrawing =
        refused(
            StaleRecordException.class,
            OFFICER,
            s -> s.moveTo(id, 0, AgreementStatus.WITHDRAWN, LocalDate.of(2026, 1, 20), null));
    assertEquals(stale, withdrawing.getMessage());

    Agreement unchanged = read(id);
    assertEquals("Canola tariff relief", unchanged.getTitle());
    assertEquals(AgreementStatus.UNDER_NEGOTIATION, unchanged.getStatus());
    assertNull(unchanged.getExemption().orElse(null));
  }

  @Test
  void aSignedAgreementsContentAndExemptionAreClosed() {
    long id = as(OFFICER, s -> s.propose(canolaTariffRelief())).getId();
    move(OFFICER, id, AgreementStatus.UNDER_NEGOTIATION, LocalDate.of(2026, 1, 15), null);
    move(APPROVER, id, AgreementStatus.SIGNED, LocalDate.of(2026, 1, 16), null);
    var revised =
        refused(
            RuleViolationException.class,
            OFFICER,
            s -> s.revise(id, s.find(id).orElseThrow().getVersion(), canolaTariffRelief()));
    assertEquals("Its content cannot change once it is SIGNED.", revised.getMessage());
    var exempted =
        refused(
            RuleViolationException.class,
            APPROVER,
            s -> s.exempt(id, s.find(id).orElseThrow().getVersion(), "After the fact"));
    assertEquals("An exemption comes before signature; this one is SIGNED.", exempted.getMessage());
  }

  @Test
  void aViewerIsOfferedNoStep() {
    long id = as(OFFICER, s -> s.propose(canolaTariffRelief())).getId();
    Caller viewer = HandWiredServices.caller("V. Viewer", Classification.PROTECTED_A, Role.VIEWER);
    assertEquals(Set.of(), as(viewer, s -> s.allowedSteps(id)));
    assertEquals(
        Set.of(AgreementStatus.UNDER_NEGOTIATION, AgreementStatus.WITHDRAWN),
        as(OFFICER, s -> s.allowedSteps(id)));
  }

  @Test
  void theDashboardCountsAgreementsByStatusWithinTheCallersClearance() {
    long negotiated = as(OFFICER, s -> s.propose(canolaTariffRelief())).getId();
    as(
        OFFICER,
        s ->
            s.moveTo(
                negotiated,
                0,
                AgreementStatus.UNDER_NEGOTIATION,
                HandWiredServices.DEPARTMENT.today(),
                null));
    as(OFFICER, s -> s.propose(draft("Energy co-operation", Set.of(), null)));
    as(
        ADMIN,
        s ->
            s.propose(
                new AgreementDraft(
                    "Clean energy research",
                    Set.of("CA", "CN"),
                    null,
                    null,
                    Set.of(),
                    Set.of(),
                    null,
                    Classification.SECRET)));

    var counted = as(OFFICER, AgreementService::countByStatus);
    assertEquals(1L, counted.get(AgreementStatus.PROPOSED), "the SECRET proposal is not counted");
    assertEquals(1L, counted.get(AgreementStatus.UNDER_NEGOTIATION));
    assertEquals(0L, counted.get(AgreementStatus.SIGNED), "every status is named, none at 0");
    assertEquals(EnumSet.allOf(AgreementStatus.class), counted.keySet());
    assertEquals(2L, as(ADMIN, AgreementService::countByStatus).get(AgreementStatus.PROPOSED));
  }
}
