package ca.gc.engagement.briefing.entity;

import ca.gc.engagement.security.entity.Classification;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A mission's briefing book as one reader may see it: plain values, one list per section, each part
 * with its marking; nothing above the reader's clearance is in it. The book is marked at the level
 * of its most sensitive part.
 *
 * @param homeCountry the department's own country (ISO 3166-1 alpha-2), the other party of the
 *     trade measures listed
 * @param tradeMeasuresInForce how many measures were in force between the parties during the
 *     mission, of which the book lists the latest ({@code tradeMeasures})
 * @param statementsFrom the first day of the window in which statements were looked for
 * @param statementsTo the last day of that window
 * @param statementsRelated how many statements are related to the mission, of which the book lists
 *     the latest ({@code statements})
 * @param preparedFor the reader it was assembled for
 */
public record Briefing(
    MissionBrief mission,
    List<MeetingBrief> meetings,
    List<AgreementBrief> agreements,
    String homeCountry,
    List<TradeMeasureBrief> tradeMeasures,
    long tradeMeasuresInForce,
    LocalDate statementsFrom,
    LocalDate statementsTo,
    List<StatementBrief> statements,
    long statementsRelated,
    List<FollowUpBrief> followUps,
    String preparedFor,
    Instant preparedAt)
    implements Serializable, Marked {

  public Briefing {
    meetings = List.copyOf(meetings);
    agreements = List.copyOf(agreements);
    tradeMeasures = List.copyOf(tradeMeasures);
    statements = List.copyOf(statements);
    followUps = List.copyOf(followUps);
  }

  /** How many measures in force the book does not list: the trade measure list has them. */
  public long tradeMeasuresNotListed() {
    return Math.max(0, tradeMeasuresInForce - tradeMeasures.size());
  }

  /** How many related statements the book does not list: the statements list has them. */
  public long statementsNotListed() {
    return Math.max(0, statementsRelated - statements.size());
  }

  /** The marking of the meetings section: its meetings and their participants. */
  public Classification meetingsMarking() {
    List<Marked> parts = new ArrayList<>(meetings);
    meetings.forEach(meeting -> parts.addAll(meeting.participants()));
    return Marked.highest(parts);
  }

  /** The marking of the whole book: its most sensitive part. */
  @Override
  public Classification marking() {
    List<Classification> sections =
        List.of(
            mission.marking(),
            meetingsMarking(),
            Marked.highest(agreements),
            Marked.highest(tradeMeasures),
            Marked.highest(statements),
            Marked.highest(followUps));
    return sections.stream().reduce(Classification.UNCLASSIFIED, Marked::higher);
  }
}
