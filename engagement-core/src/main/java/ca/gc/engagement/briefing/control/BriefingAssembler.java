package ca.gc.engagement.briefing.control;

import ca.gc.engagement.agreement.entity.Agreement;
import ca.gc.engagement.briefing.entity.AgreementBrief;
import ca.gc.engagement.briefing.entity.AttendeeBrief;
import ca.gc.engagement.briefing.entity.FollowUpBrief;
import ca.gc.engagement.briefing.entity.Marked;
import ca.gc.engagement.briefing.entity.MeetingBrief;
import ca.gc.engagement.briefing.entity.MissionBrief;
import ca.gc.engagement.briefing.entity.StatementBrief;
import ca.gc.engagement.briefing.entity.TradeMeasureBrief;
import ca.gc.engagement.carveout.entity.ScreeningResult;
import ca.gc.engagement.followup.entity.FollowUp;
import ca.gc.engagement.meeting.entity.Meeting;
import ca.gc.engagement.meeting.entity.Participant;
import ca.gc.engagement.mission.entity.Mission;
import ca.gc.engagement.sector.entity.Sector;
import ca.gc.engagement.stakeholder.entity.Stakeholder;
import ca.gc.engagement.statement.entity.Statement;
import ca.gc.engagement.trademeasure.entity.TradeMeasure;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Shapes the records a reader may see into the parts of their briefing book: plain values, each
 * with its marking, so the book can be rendered after the transaction without touching an entity.
 * The records come from the services, already filtered by the reader's clearance; this class only
 * shapes them. Sector codes become their English names; a participant whose stakeholder the reader
 * may not see is left out.
 */
public final class BriefingAssembler {

  private final Map<Long, Stakeholder> people = new HashMap<>();
  private final Map<String, String> sectorNames = new HashMap<>();

  /**
   * @param people the stakeholders the reader may see among those the records name
   * @param sectors the sector catalogue, for the sectors' names
   */
  public BriefingAssembler(Collection<Stakeholder> people, Collection<Sector> sectors) {
    people.forEach(person -> this.people.put(person.getId(), person));
    sectors.forEach(sector -> sectorNames.put(sector.getCode(), sector.name(Locale.ENGLISH)));
  }

  public MissionBrief mission(Mission mission) {
    return new MissionBrief(
        mission.getId(),
        mission.getTitle(),
        mission.getCounterpartCountry().value(),
        mission.getHostCity(),
        mission.getStartDate(),
        mission.getEndDate(),
        mission.getLead(),
        mission.getObjectives(),
        mission.getStatus(),
        mission.getClassification());
  }

  public MeetingBrief meeting(Meeting meeting, ScreeningResult flags) {
    List<AttendeeBrief> attendees =
        meeting.getParticipants().stream().map(this::attendee).filter(Objects::nonNull).toList();
    return new MeetingBrief(
        meeting.getId(),
        meeting.getTitle(),
        meeting.getKind(),
        meeting.localStart(),
        meeting.localEnd(),
        meeting.getLocation(),
        meeting.getStatus(),
        attendees,
        sectorNames(meeting.getTopics()),
        meeting.getAgenda(),
        meeting.getReadout(),
        flags,
        meeting.getClassification());
  }

  private AttendeeBrief attendee(Participant participant) {
    Stakeholder person = people.get(participant.getStakeholderId());
    if (person == null) {
      return null;
    }
    return new AttendeeBrief(
        person.getName(),
        person.getTitle(),
        person.getOrganisation(),
        participant.getSide(),
        participant.getRole(),
        person.getClassification());
  }

  /**
   * @param meetings the mission's meetings the reader may see, by id
   */
  public AgreementBrief agreement(
      Agreement agreement, ScreeningResult screening, Map<Long, Meeting> meetings) {
    Meeting meeting =
        agreement.getMeetingId() == null ? null : meetings.get(agreement.getMeetingId());
    return new AgreementBrief(
        agreement.getId(),
        agreement.getTitle(),
        agreement.getParties().stream().sorted().toList(),
        agreement.getStatus(),
        agreement.getProposedOn(),
        meeting == null ? null : meeting.getTitle(),
        sectorNames(agreement.getSectors()),
        agreement.getRegions().stream().sorted().toList(),
        agreement.getSummary(),
        screening,
        agreement.getExemption().isPresent(),
        agreement.getClassification());
  }

  /**
   * @param firstDay the mission's first day: the rate shown is the one on the first day of the
   *     mission the measure applied
   * @param listed the measures of the same book, by id, to name the measures this one is linked to
   */
  public TradeMeasureBrief measure(
      TradeMeasure measure, LocalDate firstDay, Map<Long, TradeMeasure> listed) {
    LocalDate applied =
        measure.getInForceFrom().isAfter(firstDay) ? measure.getInForceFrom() : firstDay;
    return new TradeMeasureBrief(
        measure.getId(),
        measure.getTitle(),
        measure.getImposingCountry().value(),
        measure.getTargetCountry().value(),
        measure.getType(),
        measure.getProductLines().stream().map(Object::toString).toList(),
        measure.rateOn(applied).orElse(null),
        measure.getInForceFrom(),
        measure.getInForceUntil(),
        titleOf(listed, measure.getRetaliatesAgainstId()),
        titleOf(listed, measure.getExemptsFromId()),
        measure.getClassification());
  }

  private static String titleOf(Map<Long, TradeMeasure> listed, Long id) {
    TradeMeasure linked = id == null ? null : listed.get(id);
    return linked == null ? null : linked.getTitle();
  }

  /** A statement whose stakeholder the reader may see (see {@link RelatedStatements}). */
  public StatementBrief statement(Statement statement) {
    Stakeholder speaker = people.get(statement.getStakeholderId());
    String source =
        statement.getSource().getUrl() == null
            ? statement.getSource().getPublication()
            : statement.getSource().getPublication() + ", " + statement.getSource().getUrl();
    return new StatementBrief(
        statement.getId(),
        statement.getDate(),
        speaker.getName(),
        titleAndOrganisation(speaker),
        speaker.getJurisdiction(),
        statement.getStance(),
        sectorNames(statement.getSectors()),
        statement.getText(),
        source,
        Marked.higher(statement.getClassification(), speaker.getClassification()));
  }

  /**
   * @param origin the title of the record the follow-up comes from
   */
  public FollowUpBrief followUp(FollowUp followUp, String origin) {
    return new FollowUpBrief(
        followUp.getId(),
        followUp.getDescription(),
        followUp.getOriginKind(),
        origin,
        followUp.getOwner(),
        followUp.getDueDate(),
        followUp.getClassification());
  }

  /** "Vice-president, Asia Pacific Foundation of Canada"; null when the record has neither. */
  private static String titleAndOrganisation(Stakeholder person) {
    String joined =
        Stream.of(person.getTitle(), person.getOrganisation())
            .filter(Objects::nonNull)
            .collect(Collectors.joining(", "));
    return joined.isEmpty() ? null : joined;
  }

  private List<String> sectorNames(Set<String> codes) {
    return codes.stream().map(code -> sectorNames.getOrDefault(code, code)).sorted().toList();
  }
}
