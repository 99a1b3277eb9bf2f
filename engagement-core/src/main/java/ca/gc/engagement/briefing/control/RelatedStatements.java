package ca.gc.engagement.briefing.control;

import ca.gc.engagement.meeting.entity.Meeting;
import ca.gc.engagement.mission.entity.Mission;
import ca.gc.engagement.sector.control.SectorTree;
import ca.gc.engagement.statement.entity.Statement;
import ca.gc.engagement.statement.entity.StatementStatus;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which statements a mission's briefing book shows. The model links a statement to at most one
 * mission, but the positions a delegation must know about are wider than those recorded against its
 * visit: what the counterpart's side says, and what anyone says about the subjects on the table. So
 * a statement is related to a mission when it still stands (not withdrawn), the reader may see its
 * stakeholder (a position without its author is of no use to them), and
 *
 * <ul>
 *   <li>it was recorded as made during or about the mission, whatever its date; or
 *   <li>it was made within the window around the mission, from {@value #DAYS_BEFORE} days before
 *       its first day (the run-up, when positions are staked out) to {@value #DAYS_AFTER} days
 *       after its last (the reactions), and either
 *       <ul>
 *         <li>its stakeholder answers to the counterpart country (its jurisdiction is the country
 *             or one of its subdivisions), or
 *         <li>it is about a topic of one of the mission's meetings that the reader may see: one of
 *             its sectors is that topic, lies within it, or takes it in (CANOLA and AGRI_FOOD
 *             relate both ways; two sectors side by side under AGRI_FOOD do not).
 *       </ul>
 * </ul>
 *
 * Only meetings the reader may see count, so that which statements appear reveals nothing of a
 * meeting above their clearance. Related statements come oldest first.
 *
 * @param missionId the mission's id
 * @param counterpart the mission's counterpart country (ISO 3166-1)
 * @param from the first day of the window
 * @param to the last day of the window
 * @param topics the sectors of the mission's meetings the reader may see
 * @param sectors the sector tree, to tell which sector lies within which
 */
public record RelatedStatements(
    long missionId,
    String counterpart,
    LocalDate from,
    LocalDate to,
    Set<String> topics,
    SectorTree sectors) {

  public static final int DAYS_BEFORE = 30;
  public static final int DAYS_AFTER = 14;

  private static final Comparator<Statement> OLDEST_FIRST =
      Comparator.comparing(Statement::getDate)
          .thenComparing(Statement::getId, Comparator.nullsFirst(Comparator.naturalOrder()));

  public RelatedStatements {
    topics = Set.copyOf(topics);
  }

  /** The rule for a mission and the meetings of it that the reader may see. */
  public static RelatedStatements around(
      Mission mission, Collection<Meeting> meetings, SectorTree sectors) {
    Set<String> topics = new HashSet<>();
    meetings.forEach(meeting -> topics.addAll(meeting.getTopics()));
    return new RelatedStatements(
        mission.getId(),
        mission.getCounterpartCountry().value(),
        mission.getStartDate().minusDays(DAYS_BEFORE),
        mission.getEndDate().plusDays(DAYS_AFTER),
        topics,
        sectors);
  }

  /**
   * The related statements among the candidates, oldest first, each once.
   *
   * @param jurisdictions the jurisdiction of each stakeholder the reader may see, by id
   */
  public List<Statement> select(Collection<Statement> candidates, Map<Long, String> jurisdictions) {
    return candidates.stream()
        .distinct()
        .filter(s -> jurisdictions.containsKey(s.getStakeholderId()))
        .filter(s -> relates(s, jurisdictions.get(s.getStakeholderId())))
        .sorted(OLDEST_FIRST)
        .toList();
  }

  /**
   * The {@code most} latest of related statements (as {@link #select} gives them, oldest first), in
   * the same order: what a book lists when more are related than a reader can take in.
   */
  public static List<Statement> latest(List<Statement> related, int most) {
    return related.subList(Math.max(0, related.size() - most), related.size());
  }

  /** Whether the statement, by a stakeholder of that jurisdiction, is related to the mission. */
  public boolean relates(Statement statement, String jurisdiction) {
    if (statement.getStatus() == StatementStatus.WITHDRAWN) {
      return false;
    }
    if (Long.valueOf(missionId).equals(statement.getMissionId())) {
      return true;
    }
    return withinWindow(statement.getDate())
        && (ofCounterpart(jurisdiction) || onTheTable(statement.getSectors()));
  }

  private boolean withinWindow(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }

  private boolean ofCounterpart(String jurisdiction) {
    return jurisdiction != null
        && (jurisdiction.equals(counterpart) || jurisdiction.startsWith(counterpart + "-"));
  }

  private boolean onTheTable(Set<String> statementSectors) {
    return statementSectors.stream()
        .anyMatch(
            sector ->
                topics.stream()
                    .anyMatch(
                        topic ->
                            sectors.isWithin(sector, topic) || sectors.isWithin(topic, sector)));
  }
}
