package ca.gc.engagement.briefing.boundary;

import static ca.gc.engagement.security.entity.Role.ADMIN;
import static ca.gc.engagement.security.entity.Role.APPROVER;
import static ca.gc.engagement.security.entity.Role.OFFICER;
import static ca.gc.engagement.security.entity.Role.VIEWER;

import ca.gc.engagement.agreement.boundary.AgreementService;
import ca.gc.engagement.agreement.entity.Agreement;
import ca.gc.engagement.agreement.entity.AgreementOutlook;
import ca.gc.engagement.briefing.control.BriefingAssembler;
import ca.gc.engagement.briefing.control.RelatedStatements;
import ca.gc.engagement.briefing.entity.AgreementBrief;
import ca.gc.engagement.briefing.entity.Briefing;
import ca.gc.engagement.briefing.entity.FollowUpBrief;
import ca.gc.engagement.briefing.entity.MeetingBrief;
import ca.gc.engagement.briefing.entity.TradeMeasureBrief;
import ca.gc.engagement.carveout.entity.ScreeningResult;
import ca.gc.engagement.department.entity.Department;
import ca.gc.engagement.followup.boundary.FollowUpService;
import ca.gc.engagement.followup.entity.FollowUp;
import ca.gc.engagement.followup.entity.OriginKind;
import ca.gc.engagement.meeting.boundary.MeetingService;
import ca.gc.engagement.meeting.entity.Meeting;
import ca.gc.engagement.meeting.entity.Participant;
import ca.gc.engagement.mission.boundary.MissionService;
import ca.gc.engagement.mission.entity.Mission;
import ca.gc.engagement.query.entity.Page;
import ca.gc.engagement.sector.boundary.SectorService;
import ca.gc.engagement.sector.control.SectorTree;
import ca.gc.engagement.sector.entity.Sector;
import ca.gc.engagement.security.control.Caller;
import ca.gc.engagement.stakeholder.boundary.StakeholderService;
import ca.gc.engagement.stakeholder.entity.Stakeholder;
import ca.gc.engagement.statement.boundary.StatementService;
import ca.gc.engagement.statement.entity.Statement;
import ca.gc.engagement.trademeasure.boundary.TradeMeasureService;
import ca.gc.engagement.trademeasure.entity.TradeMeasure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A mission's briefing book, assembled for one reader from the other aggregates' services: the
 * mission, its meetings with their participants, readouts and carve-out flags, its agreements with
 * their screening, the trade measures in force between Canada and the counterpart during the
 * mission, the related statements ({@link RelatedStatements} says which) and the open follow-ups of
 * the mission, its meetings and its agreements. Every query is one the services run under the
 * reader's clearance filter, so nothing above it is in the book, and the statements it costs do not
 * grow with the number of meetings, agreements or statements (collections load in batches).
 */
@Stateless
@RolesAllowed({VIEWER, OFFICER, APPROVER, ADMIN})
public class BriefingService {

  /**
   * The most trade measures a book lists, the latest to come into force: a book is read before a
   * visit, and a file holding thousands between two countries would otherwise print them all.
   */
  static final int MEASURES_LISTED = 50;

  /** The most related statements a book lists, the latest: for the same reason. */
  static final int STATEMENTS_LISTED = 100;

  @Inject private Caller caller;

  /** Its country is the other party of every mission's trade measures. */
  @Inject private Department department;

  @EJB private MissionService missions;

  @EJB private MeetingService meetings;

  @EJB private AgreementService agreements;

  @EJB private TradeMeasureService tradeMeasures;

  @EJB private StatementService statements;

  @EJB private StakeholderService stakeholders;

  @EJB private FollowUpService followUps;

  @EJB private SectorService sectors;

  /** The mission's briefing book; empty when there is no such mission or it is above clearance. */
  public Optional<Briefing> forMission(long missionId) {
    return missions.find(missionId).map(this::briefing);
  }

  private Briefing briefing(Mission mission) {
    List<Meeting> timeline = meetings.forMission(mission.getId());
    List<Agreement> its = agreements.forMission(mission.getId());
    Page<TradeMeasure> measures =
        tradeMeasures.latestInForceBetween(
            department.country(),
            mission.getCounterpartCountry(),
            mission.getStartDate(),
            mission.getEndDate(),
            MEASURES_LISTED);
    List<Sector> catalogue = sectors.all();
    RelatedStatements related = RelatedStatements.around(mission, timeline, tree(catalogue));
    Page<Statement> latest = statements.related(related.query(), STATEMENTS_LISTED);
    List<Statement> shown = RelatedStatements.oldestFirst(latest.items());
    List<Stakeholder> people = stakeholders.findAll(named(timeline, shown));
    BriefingAssembler assembler = new BriefingAssembler(people, catalogue);
    return new Briefing(
        assembler.mission(mission),
        meetingBriefs(assembler, timeline),
        agreementBriefs(assembler, its, timeline),
        department.country().value(),
        measureBriefs(assembler, mission, measures.items()),
        measures.total(),
        related.from(),
        related.to(),
        shown.stream().map(assembler::statement).toList(),
        latest.total(),
        followUpBriefs(assembler, mission, timeline, its),
        caller.name(),
        department.clock().instant());
  }

  private List<MeetingBrief> meetingBriefs(BriefingAssembler assembler, List<Meeting> timeline) {
    List<ScreeningResult> flags = meetings.carveOutFlags(timeline);
    List<MeetingBrief> briefs = new ArrayList<>();
    for (int i = 0; i < timeline.size(); i++) {
      briefs.add(assembler.meeting(timeline.get(i), flags.get(i)));
    }
    return briefs;
  }

  private static List<TradeMeasureBrief> measureBriefs(
      BriefingAssembler assembler, Mission mission, List<TradeMeasure> measures) {
    Map<Long, TradeMeasure> listed = byId(measures, TradeMeasure::getId);
    return measures.stream()
        .map(m -> assembler.measure(m, mission.getStartDate(), listed))
        .toList();
  }

  private List<AgreementBrief> agreementBriefs(
      BriefingAssembler assembler, List<Agreement> its, List<Meeting> timeline) {
    List<AgreementOutlook> outlooks = agreements.outlooks(its);
    Map<Long, Meeting> meetingsById = byId(timeline, Meeting::getId);
    List<AgreementBrief> briefs = new ArrayList<>();
    for (int i = 0; i < its.size(); i++) {
      briefs.add(assembler.agreement(its.get(i), outlooks.get(i).screening(), meetingsById));
    }
    return briefs;
  }

  private List<FollowUpBrief> followUpBriefs(
      BriefingAssembler assembler, Mission mission, List<Meeting> timeline, List<Agreement> its) {
    Map<OriginKind, Map<Long, String>> origins = new EnumMap<>(OriginKind.class);
    origins.put(OriginKind.MISSION, Map.of(mission.getId(), mission.getTitle()));
    origins.put(OriginKind.MEETING, titles(timeline, Meeting::getId, Meeting::getTitle));
    origins.put(OriginKind.AGREEMENT, titles(its, Agreement::getId, Agreement::getTitle));
    Map<OriginKind, Set<Long>> ids = new EnumMap<>(OriginKind.class);
    origins.forEach((kind, titles) -> ids.put(kind, titles.keySet()));
    List<FollowUp> open = followUps.openFrom(ids);
    return open.stream()
        .map(f -> assembler.followUp(f, origins.get(f.getOriginKind()).get(f.getOriginId())))
        .toList();
  }

  /** The stakeholders the meetings' participants and the listed statements name, each once. */
  private static Set<Long> named(List<Meeting> timeline, List<Statement> candidates) {
    Set<Long> ids = new LinkedHashSet<>();
    timeline.forEach(
        m -> m.getParticipants().stream().map(Participant::getStakeholderId).forEach(ids::add));
    candidates.forEach(s -> ids.add(s.getStakeholderId()));
    return ids;
  }

  private static SectorTree tree(List<Sector> catalogue) {
    return SectorTree.of(
        catalogue.stream()
            .map(s -> new SectorTree.Node(s.getCode(), s.getParent().orElse(null)))
            .toList());
  }

  private static <T> Map<Long, T> byId(List<T> records, Function<T, Long> id) {
    Map<Long, T> map = new HashMap<>();
    records.forEach(r -> map.put(id.apply(r), r));
    return map;
  }

  private static <T> Map<Long, String> titles(
      List<T> records, Function<T, Long> id, Function<T, String> title) {
    Map<Long, String> map = new HashMap<>();
    records.forEach(r -> map.put(id.apply(r), title.apply(r)));
    return map;
  }
}
