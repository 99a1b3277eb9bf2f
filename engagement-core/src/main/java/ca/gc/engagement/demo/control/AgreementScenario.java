package ca.gc.engagement.demo.control;

import ca.gc.engagement.agreement.entity.AgreementDraft;
import ca.gc.engagement.agreement.entity.AgreementStatus;
import ca.gc.engagement.security.entity.Classification;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The agreements of the scenario (../shared/scenario.md): the three "low-hanging-fruit" ones
 * expected from the visit, left PROPOSED (the scenario does not say whether they were signed), and
 * the preliminary trade arrangement reported at its end, negotiated during the visit and signed on
 * 16 January 2026. Each is worded for what it is: none touches a sector, region or subject the
 * carve-outs keep out, so each screens CLEAR.
 */
public final class AgreementScenario {

  public static final String PRELIMINARY_ARRANGEMENT =
      "Preliminary trade arrangement: electric-vehicle quota and agricultural tariff relief";

  private static final Set<String> PARTIES = Set.of("CA", "CN");

  /** One step of an agreement's lifecycle: to what, on which day, and why. */
  public record Step(AgreementStatus to, LocalDate on, String justification) {}

  private AgreementScenario() {}

  /** The three agreements expected from the visit, as proposed. */
  public static List<AgreementDraft> expected(long mission) {
    return List.of(energy(mission), environment(mission), tradeFacilitation(mission));
  }

  public static AgreementDraft energy(long mission) {
    return new AgreementDraft(
        "Energy co-operation: Canadian oil and gas exports to China",
        PARTIES,
        mission,
        null,
        Set.of("OIL_AND_GAS", "CLEAN_ENERGY"),
        Set.of(),
        "Expected \"low-hanging-fruit\" agreement: more Canadian oil and gas exports to China,"
            + " possibly clean energy as well.",
        Classification.UNCLASSIFIED);
  }

  public static AgreementDraft environment(long mission) {
    return new AgreementDraft(
        "Environmental co-operation",
        PARTIES,
        mission,
        null,
        Set.of("ENVIRONMENT"),
        Set.of(),
        "Expected \"low-hanging-fruit\" agreement on environmental co-operation between Canada"
            + " and China.",
        Classification.UNCLASSIFIED);
  }

  public static AgreementDraft tradeFacilitation(long mission) {
    return new AgreementDraft(
        "Trade facilitation",
        PARTIES,
        mission,
        null,
        Set.of(),
        Set.of(),
        "Expected \"low-hanging-fruit\" agreement to make trade between Canada and China easier.",
        Classification.UNCLASSIFIED);
  }

  /** The outcome reported at the end of the visit, from the bilateral meeting with President Xi. */
  public static AgreementDraft preliminaryArrangement(long mission, long xiBilateral) {
    return new AgreementDraft(
        PRELIMINARY_ARRANGEMENT,
        PARTIES,
        mission,
        xiBilateral,
        Set.of("ELECTRIC_VEHICLES", "CANOLA", "PULSES", "SEAFOOD"),
        Set.of(),
        "Canada admits up to 49,000 electric vehicles from China a year at 6.1 %. China is"
            + " expected to cut its duties on Canadian canola seed to about 15 % by 1 March 2026,"
            + " and to exempt canola meal, lobster, crab and peas from 1 March to at least the end"
            + " of 2026.",
        Classification.UNCLASSIFIED);
  }

  /** Negotiated from the first day of the visit; signed on its last day of meetings. */
  public static List<Step> preliminaryArrangementSteps() {
    return List.of(
        new Step(
            AgreementStatus.UNDER_NEGOTIATION,
            LocalDate.of(2026, 1, 13),
            "Negotiated during the Prime Minister's visit."),
        new Step(
            AgreementStatus.SIGNED,
            LocalDate.of(2026, 1, 16),
            "Preliminary arrangement reported at the end of the visit."));
  }
}
