package ca.gc.engagement.briefing.control;

import ca.gc.engagement.meeting.entity.Meeting;
import ca.gc.engagement.mission.entity.Mission;
import ca.gc.engagement.sector.control.SectorTree;
import ca.gc.engagement.statement.entity.RelatedStatementsQuery;
import ca.gc.engagement.statement.entity.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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
 * <p>The database chooses them ({@link #query()}): a book lists the latest of them and says how
 * many there are, without loading the others, so a mission of any length costs the same bounded
 * reads.
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
   * The rule as the database runs it ({@code StatementService.related}): the topics widened here to
   * every sector that is one, lies within one or takes one in, so the query needs no sector tree
   * and its list of sectors is at most the catalogue, whatever the file holds.
   */
  public RelatedStatementsQuery query() {
    return new RelatedStatementsQuery(missionId, from, to, counterpart, relatedSectors());
  }

  /**
   * The sectors a statement in the window may be on to relate: the topics, within them and above.
   */
  public Set<String> relatedSectors() {
    Set<String> related = new TreeSet<>();
    for (String topic : topics) {
      if (sectors.contains(topic)) {
        related.addAll(sectors.ancestorsAndSelf(topic));
        related.addAll(sectors.descendantsAndSelf(topic));
      } else {
        related.add(topic);
      }
    }
    return related;
  }

  /**
   * The latest related statements as the database gives them (newest first), in the book's order:
   * oldest first.
   */
  public static List<Statement> oldestFirst(List<Statement> newestFirst) {
    List<Statement> ordered = new ArrayList<>(newestFirst);
    Collections.reverse(ordered);
    return ordered;
  }
}
