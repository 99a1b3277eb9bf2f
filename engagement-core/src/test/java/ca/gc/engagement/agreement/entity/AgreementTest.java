package ca.gc.engagement.agreement.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.carveout.entity.Screened;
import ca.gc.engagement.carveout.entity.ScreeningResult;
import ca.gc.engagement.carveout.entity.Verdict;
import ca.gc.engagement.records.entity.IllegalTransitionException;
import ca.gc.engagement.security.entity.Classification;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An agreement's lifecycle on the entity alone: which steps exist, which of them a caller may take
 * given their role and the screening verdict, and what is kept of each step.
 */
class AgreementTest {

  private static final LocalDate PROPOSED_ON = LocalDate.of(2026, 1, 14);
  private static final Instant RECORDED_AT = Instant.parse("2026-01-16T04:00:00Z");

  static AgreementDraft canolaTariffRelief() {
    return new AgreementDraft(
        "  Canola tariff relief  ",
        Set.of("CA", "CN"),
        null,
        null,
        Set.of("AGRI_FOOD"),
        Set.of(),
        "Canada admits up to 49,000 Chinese EVs a year at 6.1 %; China cuts canola-seed duties to"
            + " about 15 % by 1 March 2026",
        Classification.UNCLASSIFIED);
  }

  /** An agreement brought to the status by the shortest way its lifecycle has. */
  private static Agreement in(AgreementStatus status) {
    Agreement agreement = Agreement.propose(canolaTariffRelief(), PROPOSED_ON);
    List<AgreementStatus> way =
        switch (status) {
          case PROPOSED -> List.of();
          case UNDER_NEGOTIATION -> List.of(AgreementStatus.UNDER_NEGOTIATION);
          case SIGNED -> List.of(AgreementStatus.UNDER_NEGOTIATION, AgreementStatus.SIGNED);
          case IN_FORCE ->
              List.of(
                  AgreementStatus.UNDER_NEGOTIATION,
                  AgreementStatus.SIGNED,
                  AgreementStatus.IN_FORCE);
          case SUSPENDED ->
              List.of(
                  AgreementStatus.UNDER_NEGOTIATION,
                  AgreementStatus.SIGNED,
                  AgreementStatus.IN_FORCE,
                  AgreementStatus.SUSPENDED);
          case TERMINATED ->
              List.of(
                  AgreementStatus.UNDER_NEGOTIATION,
                  AgreementStatus.SIGNED,
                  AgreementStatus.IN_FORCE,
                  AgreementStatus.TERMINATED);
          case WITHDRAWN -> List.of(AgreementStatus.WITHDRAWN);
        };
    way.forEach(next -> agreement.moveTo(next, PROPOSED_ON, "approver", RECORDED_AT, null));
    assertEquals(status, agreement.getStatus());
    return agreement;
  }

  private static Set<AgreementStatus> statuses(String spaced) {
    return spaced == null
        ? EnumSet.noneOf(AgreementStatus.class)
        : Arrays.stream(spaced.trim().split("\\s+"))
            .map(AgreementStatus::valueOf)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(AgreementStatus.class)));
  }

  @ParameterizedTest(name = "{0} to {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          PROPOSED          | PROPOSED          | An agreement cannot go from PROPOSED to PROPOSED. Allowed from PROPOSED: UNDER_NEGOTIATION, WITHDRAWN.
          PROPOSED          | UNDER_NEGOTIATION | -
          PROPOSED          | SIGNED            | An agreement cannot go from PROPOSED to SIGNED. Allowed from PROPOSED: UNDER_NEGOTIATION, WITHDRAWN.
          PROPOSED          | IN_FORCE          | An agreement cannot go from PROPOSED to IN_FORCE. Allowed from PROPOSED: UNDER_NEGOTIATION, WITHDRAWN.
          PROPOSED          | SUSPENDED         | An agreement cannot go from PROPOSED to SUSPENDED. Allowed from PROPOSED: UNDER_NEGOTIATION, WITHDRAWN.
          PROPOSED          | TERMINATED        | An agreement cannot go from PROPOSED to TERMINATED. Allowed from PROPOSED: UNDER_NEGOTIATION, WITHDRAWN.
          PROPOSED          | WITHDRAWN         | -
          UNDER_NEGOTIATION | PROPOSED          | An agreement cannot go from UNDER_NEGOTIATION to PROPOSED. Allowed from UNDER_NEGOTIATION: SIGNED, WITHDRAWN.
          UNDER_NEGOTIATION | UNDER_NEGOTIATION | An agreement cannot go from UNDER_NEGOTIATION to UNDER_NEGOTIATION. Allowed from UNDER_NEGOTIATION: SIGNED, WITHDRAWN.
          UNDER_NEGOTIATION | SIGNED            | -
          UNDER_NEGOTIATION | IN_FORCE          | An agreement cannot go from UNDER_NEGOTIATION to IN_FORCE. Allowed from UNDER_NEGOTIATION: SIGNED, WITHDRAWN.
          UNDER_NEGOTIATION | SUSPENDED         | An agreement cannot go from UNDER_NEGOTIATION to SUSPENDED. Allowed from UNDER_NEGOTIATION: SIGNED, WITHDRAWN.
          UNDER_NEGOTIATION | TERMINATED        | An agreement cannot go from UNDER_NEGOTIATION to TERMINATED. Allowed from UNDER_NEGOTIATION: SIGNED, WITHDRAWN.
          UNDER_NEGOTIATION | WITHDRAWN         | -
          SIGNED            | PROPOSED          | An agreement cannot go from SIGNED to PROPOSED. Allowed from SIGNED: IN_FORCE.
          SIGNED            | UNDER_NEGOTIATION | An agreement cannot go from SIGNED to UNDER_NEGOTIATION. Allowed from SIGNED: IN_FORCE.
          SIGNED            | SIGNED            | An agreement cannot go from SIGNED to SIGNED. Allowed from SIGNED: IN_FORCE.
          SIGNED            | IN_FORCE          | -
          SIGNED            | SUSPENDED         | An agreement cannot go from SIGNED to SUSPENDED. Allowed from SIGNED: IN_FORCE.
          SIGNED            | TERMINATED        | An agreement cannot go from SIGNED to TERMINATED. Allowed from SIGNED: IN_FORCE.
          SIGNED            | WITHDRAWN         | An agreement cannot go from SIGNED to WITHDRAWN. Allowed from SIGNED: IN_FORCE.
          IN_FORCE          | PROPOSED          | An agreement cannot go from IN_FORCE to PROPOSED. Allowed from IN_FORCE: SUSPENDED, TERMINATED.
          IN_FORCE          | UNDER_NEGOTIATION | An agreement cannot go from IN_FORCE to UNDER_NEGOTIATION. Allowed from IN_FORCE: SUSPENDED, TERMINATED.
          IN_FORCE          | SIGNED            | An agreement cannot go from IN_FORCE to SIGNED. Allowed from IN_FORCE: SUSPENDED, TERMINATED.
          IN_FORCE          | IN_FORCE          | An agreement cannot go from IN_FORCE to IN_FORCE. Allowed from IN_FORCE: SUSPENDED, TERMINATED.
          IN_FORCE          | SUSPENDED         | -
          IN_FORCE          | TERMINATED        | -
          IN_FORCE          | WITHDRAWN         | An agreement cannot go from IN_FORCE to WITHDRAWN. Allowed from IN_FORCE: SUSPENDED, TERMINATED.
          SUSPENDED         | PROPOSED          | An agreement cannot go from SUSPENDED to PROPOSED. Allowed from SUSPENDED: IN_FORCE, TERMINATED.
          SUSPENDED         | UNDER_NEGOTIATION | An agreement cannot go from SUSPENDED to UNDER_NEGOTIATION. Allowed from SUSPENDED: IN_FORCE, TERMINATED.
          SUSPENDED         | SIGNED            | An agreement cannot go from SUSPENDED to SIGNED. Allowed from SUSPENDED: IN_FORCE, TERMINATED.
          SUSPENDED         | IN_FORCE          | -
          SUSPENDED         | SUSPENDED         | An agreement cannot go from SUSPENDED to SUSPENDED. Allowed from SUSPENDED: IN_FORCE, TERMINATED.
          SUSPENDED         | TERMINATED        | -
          SUSPENDED         | WITHDRAWN         | An agreement cannot go from SUSPENDED to WITHDRAWN. Allowed from SUSPENDED: IN_FORCE, TERMINATED.
          TERMINATED        | PROPOSED          | An agreement cannot go from TERMINATED to PROPOSED. Allowed from TERMINATED: none: TERMINATED is final.
          TERMINATED        | UNDER_NEGOTIATION | An agreement cannot go from TERMINATED to UNDER_NEGOTIATION. Allowed from TERMINATED: none: TERMINATED is final.
          TERMINATED        | SIGNED            | An agreement cannot go from TERMINATED to SIGNED. Allowed from TERMINATED: none: TERMINATED is final.
          TERMINATED        | IN_FORCE          | An agreement cannot go from TERMINATED to IN_FORCE. Allowed from TERMINATED: none: TERMINATED is final.
          TERMINATED        | SUSPENDED         | An agreement cannot go from TERMINATED to SUSPENDED. Allowed from TERMINATED: none: TERMINATED is final.
          TERMINATED        | TERMINATED        | An agreement cannot go from TERMINATED to TERMINATED. Allowed from TERMINATED: none: TERMINATED is final.
          TERMINATED        | WITHDRAWN         | An agreement cannot go from TERMINATED to WITHDRAWN. Allowed from TERMINATED: none: TERMINATED is final.
          WITHDRAWN         | PROPOSED          | An agreement cannot go from WITHDRAWN to PROPOSED. Allowed from WITHDRAWN: none: WITHDRAWN is final.
          WITHDRAWN         | UNDER_NEGOTIATION | An agreement cannot go from WITHDRAWN to UNDER_NEGOTIATION. Allowed from WITHDRAWN: none: WITHDRAWN is final.
          WITHDRAWN         | SIGNED            | An agreement cannot go from WITHDRAWN to SIGNED. Allowed from WITHDRAWN: none: WITHDRAWN is final.
          WITHDRAWN         | IN_FORCE          | An agreement cannot go from WITHDRAWN to IN_FORCE. Allowed from WITHDRAWN: none: WITHDRAWN is final.
          WITHDRAWN         | SUSPENDED         | An agreement cannot go from WITHDRAWN to SUSPENDED. Allowed from WITHDRAWN: none: WITHDRAWN is final.
          WITHDRAWN         | TERMINATED        | An agreement cannot go from WITHDRAWN to TERMINATED. Allowed from WITHDRAWN: none: WITHDRAWN is final.
          WITHDRAWN         | WITHDRAWN         | An agreement cannot go from WITHDRAWN to WITHDRAWN. Allowed from WITHDRAWN: none: WITHDRAWN is final.
          """)
  void movesOnlyAlongItsLifecycle(AgreementStatus from, AgreementStatus to, String refusal) {
    Agreement agreement = in(from);
    int steps = agreement.getTransitions().size();
    if (refusal == null) {
      agreement.moveTo(to, LocalDate.of(2026, 3, 1), "A. Approver", RECORDED_AT, null);
      assertEquals(to, agreement.getStatus());
      assertEquals(steps + 1, agreement.getTransitions().size());
    } else {
      var refused =
          assertThrows(
              IllegalTransitionException.class,
              () ->
                  agreement.moveTo(to, LocalDate.of(2026, 3, 1), "A. Approver", RECORDED_AT, null));
      assertEquals(refusal, refused.getMessage());
      assertEquals(from, agreement.getStatus());
      assertEquals(steps, agreement.getTransitions().size());
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          PROPOSED          | UNDER_NEGOTIATION WITHDRAWN | false | false
          UNDER_NEGOTIATION | SIGNED WITHDRAWN            | false | true
          SIGNED            | IN_FORCE                    | true  | true
          IN_FORCE          | SUSPENDED TERMINATED        | true  | true
          SUSPENDED         | IN_FORCE TERMINATED         | true  | false
          TERMINATED        | -                           | true  | false
          WITHDRAWN         | -                           | false | false
          """)
  void eachStatusHasItsNextStepsAndOnlySigningAndAfterIsASignOff(
      AgreementStatus status, String next, boolean signOff, boolean forward) {
    assertEquals(statuses(next), status.next());
    assertEquals(signOff, status.isSignOff(), "sign-off");
    assertEquals(forward, status.isForward(), "forward");
  }

  /**
   * The steps offered, for every status, role and verdict. Sign-off steps (SIGNED, IN_FORCE,
   * SUSPENDED, TERMINATED) are for approvers; under PROHIBITED nothing forward is offered, while
   * WITHDRAWN stays open before SIGNED; under REVIEW, SIGNED needs an exemption. Suspending and
   * terminating loosen an agreement, so they stay open under PROHIBITED (an agreement in force that
   * a carve-out declared since prohibits can still be suspended or terminated); resuming is
   * forward.
   */
  @ParameterizedTest(name = "{0}, {1}, {2}, exempted {3}: {4}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          PROPOSED          | officer  | CLEAR      | false | UNDER_NEGOTIATION WITHDRAWN
          PROPOSED          | officer  | REVIEW     | false | UNDER_NEGOTIATION WITHDRAWN
          PROPOSED          | officer  | PROHIBITED | false | WITHDRAWN
          PROPOSED          | approver | CLEAR      | false | UNDER_NEGOTIATION WITHDRAWN
          PROPOSED          | approver | REVIEW     | false | UNDER_NEGOTIATION WITHDRAWN
          PROPOSED          | approver | PROHIBITED | false | WITHDRAWN
          UNDER_NEGOTIATION | officer  | CLEAR      | false | WITHDRAWN
          UNDER_NEGOTIATION | officer  | REVIEW     | false | WITHDRAWN
          UNDER_NEGOTIATION | officer  | PROHIBITED | false | WITHDRAWN
          UNDER_NEGOTIATION | approver | CLEAR      | false | SIGNED WITHDRAWN
          UNDER_NEGOTIATION | approver | REVIEW     | false | WITHDRAWN
          UNDER_NEGOTIATION | approver | PROHIBITED | false | WITHDRAWN
          UNDER_NEGOTIATION | officer  | CLEAR      | true  | WITHDRAWN
          UNDER_NEGOTIATION | officer  | REVIEW     | true  | WITHDRAWN
          UNDER_NEGOTIATION | officer  | PROHIBITED | true  | WITHDRAWN
          UNDER_NEGOTIATION | approver | CLEAR      | true  | SIGNED WITHDRAWN
          UNDER_NEGOTIATION | approver | REVIEW     | true  | SIGNED WITHDRAWN
          UNDER_NEGOTIATION | approver | PROHIBITED | true  | WITHDRAWN
          SIGNED            | officer  | CLEAR      | false | -
          SIGNED            | officer  | REVIEW     | false | -
          SIGNED            | officer  | PROHIBITED | false | -
          SIGNED            | approver | CLEAR      | false | IN_FORCE
          SIGNED            | approver | REVIEW     | false | IN_FORCE
          SIGNED            | approver | PROHIBITED | false | -
          IN_FORCE          | officer  | CLEAR      | false | -
          IN_FORCE          | officer  | REVIEW     | false | -
          IN_FORCE          | officer  | PROHIBITED | false | -
          IN_FORCE          | approver | CLEAR      | false | SUSPENDED TERMINATED
          IN_FORCE          | approver | REVIEW     | false | SUSPENDED TERMINATED
          IN_FORCE          | approver | PROHIBITED | false | SUSPENDED TERMINATED
          SUSPENDED         | officer  | CLEAR      | false | -
          SUSPENDED         | officer  | REVIEW     | false | -
          SUSPENDED         | officer  | PROHIBITED | false | -
          SUSPENDED         | approver | CLEAR      | false | IN_FORCE TERMINATED
          SUSPENDED         | approver | REVIEW     | false | IN_FORCE TERMINATED
          SUSPENDED         | approver | PROHIBITED | false | TERMINATED
          TERMINATED        | officer  | CLEAR      | false | -
          TERMINATED        | officer  | REVIEW     | false | -
          TERMINATED        | officer  | PROHIBITED | false | -
          TERMINATED        | approver | CLEAR      | false | -
          TERMINATED        | approver | REVIEW     | false | -
          TERMINATED        | approver | PROHIBITED | false | -
          WITHDRAWN         | officer  | CLEAR      | false | -
          WITHDRAWN         | officer  | REVIEW     | false | -
          WITHDRAWN         | officer  | PROHIBITED | false | -
          WITHDRAWN         | approver | CLEAR      | false | -
          WITHDRAWN         | approver | REVIEW     | false | -
          WITHDRAWN         | approver | PROHIBITED | false | -
          """)
  void offersTheStepsTheRoleAndTheScreeningAllow(
      AgreementStatus status, String role, Verdict verdict, boolean exempted, String steps) {
    Agreement agreement = in(status);
    if (exempted) {
      agreement.exempt("A. Approver", RECORDED_AT, "Reviewed with Fisheries and Oceans.");
    }
    assertEquals(statuses(steps), agreement.allowedSteps(role.equals("approver"), seen(verdict)));
  }

  @Test
  void everyStepIsKeptWithItsDateAuthorAndJustification() {
    Agreement agreement = Agreement.propose(canolaTariffRelief(), PROPOSED_ON);
    assertEquals(List.of(), agreement.getTransitions());

    record Step(AgreementStatus to, LocalDate on, String by, Instant at, String why) {}
    List<Step> steps =
        List.of(
            new Step(
                AgreementStatus.UNDER_NEGOTIATION,
                LocalDate.of(2026, 1, 15),
                "D. Officer",
                Instant.parse("2026-01-15T09:00:00Z"),
                null),
            new Step(
                AgreementStatus.SIGNED,
                LocalDate.of(2026, 1, 16),
                "A. Approver",
                Instant.parse("2026-01-16T10:30:00Z"),
                "Signed by the Prime Minister in Beijing."),
            new Step(
                AgreementStatus.IN_FORCE,
                LocalDate.of(2026, 3, 1),
                "A. Approver",
                Instant.parse("2026-03-02T14:00:00Z"),
                "China's duty cut took effect."),
            new Step(
                AgreementStatus.SUSPENDED,
                LocalDate.of(2026, 6, 1),
                "B. Approver",
                Instant.parse("2026-06-01T12:00:00Z"),
                "China reinstated the canola-seed deposit."),
            new Step(
                AgreementStatus.IN_FORCE,
                LocalDate.of(2026, 7, 1),
                "B. Approver",
                Instant.parse("2026-07-01T12:00:00Z"),
                "The deposit was lifted again."),
            new Step(
                AgreementStatus.TERMINATED,
                LocalDate.of(2027, 1, 1),
                "A. Approver",
                Instant.parse("2026-12-20T16:00:00Z"),
                "Replaced by the comprehensive arrangement."));
    for (Step step : steps) {
      agreement.moveTo(step.to(), step.on(), step.by(), step.at(), step.why());
    }

    List<Transition> kept = agreement.getTransitions();
    assertEquals(steps.size(), kept.size());
    AgreementStatus from = AgreementStatus.PROPOSED;
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      Transition transition = kept.get(i);
      assertEquals(from, transition.getFrom(), "step " + i);
      assertEquals(step.to(), transition.getTo(), "step " + i);
      assertEquals(step.on(), transition.getOn(), "step " + i);
      assertEquals(step.by(), transition.getBy(), "step " + i);
      assertEquals(step.at(), transition.getRecordedAt(), "step " + i);
      assertEquals(step.why(), transition.getJustification(), "step " + i);
      from = step.to();
    }
    assertEquals(AgreementStatus.TERMINATED, agreement.getStatus());
    assertEquals(PROPOSED_ON, agreement.getProposedOn());
  }

  @Test
  void revisingTheContentEndsTheExemption() {
    Agreement agreement = in(AgreementStatus.UNDER_NEGOTIATION);
    agreement.exempt(
        "A. Approver", RECORDED_AT, "Lobster and crab only; reviewed with Fisheries and Oceans.");
    Exemption exemption = agreement.getExemption().orElseThrow();
    assertEquals("A. Approver", exemption.getBy());
    assertEquals(RECORDED_AT, exemption.getAt());
    assertEquals(
        "Lobster and crab only; reviewed with Fisheries and Oceans.", exemption.getJustification());
    assertTrue(agreement.allowedSteps(true, seen(Verdict.REVIEW)).contains(AgreementStatus.SIGNED));

    var d = canolaTariffRelief();
    agreement.revise(
        new AgreementDraft(
            d.title(),
            d.parties(),
            null,
            null,
            Set.of("AGRI_FOOD", "FISHERIES"),
            Set.of(),
            d.summary() + "; China exempts lobster and crab from its retaliatory tariffs",
            d.classification()));

    assertEquals(java.util.Optional.empty(), agreement.getExemption());
    assertEquals(
        EnumSet.of(AgreementStatus.WITHDRAWN), agreement.allowedSteps(true, seen(Verdict.REVIEW)));
    assertEquals(AgreementStatus.UNDER_NEGOTIATION, agreement.getStatus());
    assertEquals(1, agreement.getTransitions().size());
  }

  @Test
  void aProposalIsKeptAsWrittenWithoutItsMarginsAndReadsAsTitleAndSummary() {
    Agreement agreement = Agreement.propose(canolaTariffRelief(), PROPOSED_ON);
    assertEquals("Canola tariff relief", agreement.getTitle());
    assertEquals(AgreementStatus.PROPOSED, agreement.getStatus());
    assertEquals(PROPOSED_ON, agreement.getProposedOn());
    assertEquals(Set.of("CA", "CN"), agreement.getParties());
    assertEquals(Set.of("AGRI_FOOD"), agreement.getSectors());
    assertEquals(
        "Canola tariff relief\nCanada admits up to 49,000 Chinese EVs a year at 6.1 %; China cuts"
            + " canola-seed duties to about 15 % by 1 March 2026",
        agreement.text());

    var d = canolaTariffRelief();
    agreement.revise(
        new AgreementDraft(
            d.title(),
            d.parties(),
            null,
            null,
            d.sectors(),
            d.regions(),
            "   ",
            d.classification()));
    assertEquals(null, agreement.getSummary());
    assertEquals("Canola tariff relief", agreement.text());
  }

  /** A screening whose every match the caller may see. */
  private static Screened seen(Verdict verdict) {
    return new Screened(new ScreeningResult(verdict, List.of(), 0), verdict);
  }

  /** A screening where carve-outs above the caller's clearance match, giving that verdict. */
  private static Screened withHidden(Verdict verdict) {
    return new Screened(new ScreeningResult(Verdict.REVIEW, List.of(), 1), verdict);
  }

  @ParameterizedTest(name = "hidden {0}")
  @EnumSource(
      value = Verdict.class,
      names = {"REVIEW", "PROHIBITED"})
  void heldWhateverTheHiddenVerdictOnlyBackwardStepsAreOffered(Verdict hidden) {
    Agreement proposed = in(AgreementStatus.PROPOSED);
    assertTrue(proposed.isHeld(withHidden(hidden)));
    assertEquals(
        EnumSet.of(AgreementStatus.WITHDRAWN), proposed.allowedSteps(true, withHidden(hidden)));
    assertEquals(
        java.util.Optional.of(Agreement.StepBlock.HELD),
        proposed.blockOn(AgreementStatus.UNDER_NEGOTIATION, false, withHidden(hidden)));

    Agreement negotiating = in(AgreementStatus.UNDER_NEGOTIATION);
    assertEquals(
        java.util.Optional.of(Agreement.StepBlock.HELD),
        negotiating.blockOn(AgreementStatus.SIGNED, true, withHidden(hidden)));
  }

  @Test
  void aClearedApproversExemptionFreesAnAgreementHeldForAHiddenReview() {
    Agreement agreement = in(AgreementStatus.UNDER_NEGOTIATION);
    agreement.exempt("S. Approver", RECORDED_AT, "Reviewed against the classified carve-out.");

    assertFalse(agreement.isHeld(withHidden(Verdict.REVIEW)));
    assertTrue(
        agreement.allowedSteps(true, withHidden(Verdict.REVIEW)).contains(AgreementStatus.SIGNED));
    // An exemption never answers a prohibition, seen or not.
    assertTrue(agreement.isHeld(withHidden(Verdict.PROHIBITED)));
  }

  @Test
  void aSignOffStepIsAnApproversWhateverTheScreening() {
    Agreement agreement = in(AgreementStatus.UNDER_NEGOTIATION);
    assertEquals(
        java.util.Optional.of(Agreement.StepBlock.SIGN_OFF_ROLE),
        agreement.blockOn(AgreementStatus.SIGNED, false, seen(Verdict.CLEAR)));
    assertEquals(
        java.util.Optional.of(Agreement.StepBlock.EXEMPTION_REQUIRED),
        agreement.blockOn(AgreementStatus.SIGNED, true, seen(Verdict.REVIEW)));
    assertEquals(
        java.util.Optional.of(Agreement.StepBlock.PROHIBITED),
        agreement.blockOn(AgreementStatus.SIGNED, true, seen(Verdict.PROHIBITED)));
  }
}
