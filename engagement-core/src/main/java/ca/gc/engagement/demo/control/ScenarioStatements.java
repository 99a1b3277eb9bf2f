package ca.gc.engagement.demo.control;

import static ca.gc.engagement.security.entity.Classification.UNCLASSIFIED;

import ca.gc.engagement.statement.entity.SourceDraft;
import ca.gc.engagement.statement.entity.Stance;
import ca.gc.engagement.statement.entity.StatementDraft;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The positions of the scenario's table (../shared/scenario.md), one statement each, for the
 * stakeholders' ids given. The scenario dates two of them (Doug Ford on 13 January, the China Daily
 * editorial on 12 January); the others are dated on a day of the visit (13 to 16 January). A source
 * names the kind of publication the position was reported in; the scenario cites no address, so
 * none is given.
 *
 * <p>A statement takes one stance. The Prime Minister's position (trade and the environment yes,
 * national security and the Arctic no) is therefore two statements.
 */
public final class ScenarioStatements {

  private static final LocalDate JAN_12 = LocalDate.of(2026, 1, 12);
  private static final LocalDate JAN_13 = LocalDate.of(2026, 1, 13);
  private static final LocalDate JAN_14 = LocalDate.of(2026, 1, 14);
  private static final LocalDate JAN_16 = LocalDate.of(2026, 1, 16);

  private static final SourceDraft REMARKS = new SourceDraft("Remarks to reporters", null);
  private static final SourceDraft PRESS = new SourceDraft("Press coverage of the visit", null);

  private ScenarioStatements() {}

  /** Every position of the table; the Premier of Saskatchewan's belongs to his own visit. */
  public static List<StatementDraft> all(
      ScenarioStakeholders.Ids people, long beijing, long saskatchewan) {
    return List.of(
        carneyOnEngagement(people.carney(), beijing),
        carneyOnCarveOuts(people.carney(), beijing),
        xiOnTheRift(people.xi(), beijing),
        moeOnCanola(people.moe(), saskatchewan),
        fordOnAutos(people.ford(), beijing),
        premiersOnTariffs(people.westernAndAtlanticPremiers(), beijing),
        nadjibullaOnEngagement(people.nadjibulla(), beijing),
        lohOnExpectations(people.loh(), beijing),
        shantzOnInvestment(people.shantz(), beijing),
        chinaDailyLockstep(people.chinaDaily(), beijing));
  }

  public static StatementDraft carneyOnEngagement(long carneyId, Long missionId) {
    return statement(
        carneyId,
        JAN_16,
        Stance.SUPPORTS,
        Set.of("ENVIRONMENT"),
        "Pragmatic engagement with China: yes to trade and to environmental co-operation.",
        REMARKS,
        missionId);
  }

  public static StatementDraft carneyOnCarveOuts(long carneyId, Long missionId) {
    return statement(
        carneyId,
        JAN_16,
        Stance.OPPOSES,
        Set.of("NATIONAL_SECURITY", "ARCTIC"),
        "National security and the Arctic stay out of the engagement with China.",
        REMARKS,
        missionId);
  }

  /** The counterpart's position as Beijing stated it: no sector in particular. */
  public static StatementDraft xiOnTheRift(long xiId, Long missionId) {
    return statement(
        xiId,
        JAN_16,
        Stance.OPPOSES,
        Set.of(),
        "Beijing wants Ottawa to acknowledge that it caused the rift between the two countries.",
        PRESS,
        missionId);
  }

  public static StatementDraft moeOnCanola(long moeId, Long missionId) {
    return statement(
        moeId,
        JAN_14,
        Stance.OPPOSES,
        Set.of("CANOLA"),
        "China should drop its tariffs on Canadian canola.",
        REMARKS,
        missionId);
  }

  /** Doug Ford, 13 January 2026, during the Beijing mission. */
  public static StatementDraft fordOnAutos(long fordId, Long missionId) {
    return statement(
        fordId,
        JAN_13,
        Stance.CONCERNED,
        Set.of("AUTOMOTIVE"),
        "Very concerned that Canada might drop the policies that protect the auto sector.",
        REMARKS,
        missionId);
  }

  public static StatementDraft premiersOnTariffs(long premiersId, Long missionId) {
    return statement(
        premiersId,
        JAN_13,
        Stance.OPPOSES,
        Set.of("PORK", "CANOLA", "SEAFOOD"),
        "Hope that China drops its tariffs on Canadian pork, canola and seafood.",
        PRESS,
        missionId);
  }

  public static StatementDraft nadjibullaOnEngagement(long nadjibullaId, Long missionId) {
    return statement(
        nadjibullaId,
        JAN_13,
        Stance.SUPPORTS,
        Set.of("OIL_AND_GAS", "CLEAN_ENERGY"),
        "Pragmatic economic engagement with China, not \"strategic alignment\"; there may be"
            + " movement on energy.",
        PRESS,
        missionId);
  }

  public static StatementDraft lohOnExpectations(long lohId, Long missionId) {
    return statement(
        lohId,
        JAN_14,
        Stance.NEUTRAL,
        Set.of("NATIONAL_SECURITY"),
        "Expects \"low-hanging-fruit\" agreements; Beijing links trade and security.",
        PRESS,
        missionId);
  }

  public static StatementDraft shantzOnInvestment(long shantzId, Long missionId) {
    return statement(
        shantzId,
        JAN_16,
        Stance.SUPPORTS,
        Set.of(),
        "Canada is underinvested in China; it should engage on exchange-rate policy and take the"
            + " Australian approach.",
        PRESS,
        missionId);
  }

  /** The China Daily editorial board, 12 January 2026, on the eve of the visit. */
  public static StatementDraft chinaDailyLockstep(long boardId, Long missionId) {
    return statement(
        boardId,
        JAN_12,
        Stance.OPPOSES,
        Set.of(),
        "Canada contained China \"in lockstep\" with the U.S.",
        new SourceDraft("China Daily editorial", null),
        missionId);
  }

  private static StatementDraft statement(
      long stakeholderId,
      LocalDate date,
      Stance stance,
      Set<String> sectors,
      String text,
      SourceDraft source,
      Long missionId) {
    return new StatementDraft(
        stakeholderId, date, stance, sectors, text, source, missionId, UNCLASSIFIED);
  }
}
