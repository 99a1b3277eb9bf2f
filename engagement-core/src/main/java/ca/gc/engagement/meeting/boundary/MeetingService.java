package ca.gc.engagement.meeting.boundary;

import static ca.gc.engagement.security.entity.Role.ADMIN;
import static ca.gc.engagement.security.entity.Role.APPROVER;
import static ca.gc.engagement.security.entity.Role.OFFICER;
import static ca.gc.engagement.security.entity.Role.VIEWER;

import ca.gc.engagement.audit.boundary.RecordHistory;
import ca.gc.engagement.audit.entity.RevisionEntry;
import ca.gc.engagement.carveout.boundary.CarveOutService;
import ca.gc.engagement.carveout.entity.Proposal;
import ca.gc.engagement.carveout.entity.ScreeningResult;
import ca.gc.engagement.meeting.entity.Meeting;
import ca.gc.engagement.meeting.entity.MeetingDraft;
import ca.gc.engagement.mission.boundary.MissionService;
import ca.gc.engagement.mission.entity.Mission;
import ca.gc.engagement.query.entity.Page;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.records.control.Versions;
import ca.gc.engagement.records.entity.RuleViolationException;
import ca.gc.engagement.records.entity.SafeText;
import ca.gc.engagement.refusal.entity.Term;
import ca.gc.engagement.search.boundary.RecordSearch;
import ca.gc.engagement.search.control.FoundRecords;
import ca.gc.engagement.search.entity.RecordKind;
import ca.gc.engagement.search.entity.RecordQuery;
import ca.gc.engagement.sector.boundary.SectorService;
import ca.gc.engagement.security.control.Caller;
import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.stakeholder.boundary.StakeholderService;
import ca.gc.engagement.stakeholder.entity.Stakeholder;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Meetings: scheduled, held with a readout, or cancelled. A meeting's mission must be one the
 * caller can see; its participants and topics are checked against the stakeholders and the sector
 * catalogue.
 */
@Stateless
@RolesAllowed({VIEWER, OFFICER, APPROVER, ADMIN})
public class MeetingService {

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @EJB private RecordHistory history;

  @EJB private MissionService missions;

  @EJB private StakeholderService stakeholders;

  @EJB private SectorService sectors;

  @EJB private CarveOutService carveOuts;

  @EJB private RecordSearch search;

  @RolesAllowed({OFFICER, APPROVER, ADMIN})
  public Meeting schedule(@NotNull @Valid MeetingDraft draft) {
    checkReferences(draft);
    Meeting meeting = Meeting.schedule(draft);
    em.persist(meeting);
    return meeting;
  }

  public Optional<Meeting> find(long id) {
    Optional<Meeting> found = caller.visible(em.find(Meeting.class, id));
    found.ifPresent(m -> hideWhatTheCallerMayNotSee(List.of(m)));
    return found;
  }

  @RolesAllowed({OFFICER, APPROVER, ADMIN})
  public Meeting revise(long id, long expectedVersion, @NotNull @Valid MeetingDraft draft) {
    Meeting meeting = current(id, expectedVersion);
    checkReferences(draft);
    meeting.revise(draft);
    em.flush();
    return meeting;
  }

  @RolesAllowed({OFFICER, APPROVER, ADMIN})
  public Meeting hold(
      long id,
      long expectedVersion,
      @Size(max = 8000, message = "{ca.gc.engagement.meeting.readout.size}") @SafeText
          String readout) {
    Meeting meeting = current(id, expectedVersion);
    meeting.hold(readout);
    em.flush();
    return meeting;
  }

  @RolesAllowed({OFFICER, APPROVER, ADMIN})
  public Meeting reviseReadout(
      long id,
      long expectedVersion,
      @Size(max = 8000, message = "{ca.gc.engagement.meeting.readout.size}") @SafeText
          String readout) {
    Meeting meeting = current(id, expectedVersion);
    meeting.reviseReadout(readout);
    em.flush();
    return meeting;
  }

  @RolesAllowed({OFFICER, APPROVER, ADMIN})
  public Meeting cancel(long id, long expectedVersion) {
    Meeting meeting = current(id, expectedVersion);
    meeting.cancel();
    em.flush();
    return meeting;
  }

  /** Meetings, most recent first. */
  public Page<Meeting> list(@NotNull @Valid PageRequest request) {
    List<Meeting> items =
        em.createQuery("select m from Meeting m order by m.startsAt desc, m.id desc", Meeting.class)
            .setFirstResult(request.offset())
            .setMaxResults(request.size())
            .getResultList();
    long total = em.createQuery("select count(m) from Meeting m", Long.class).getSingleResult();
    hideWhatTheCallerMayNotSee(items);
    return new Page<>(items, request.page(), request.size(), total);
  }

  /**
   * Meetings matching a search (words, country, sector, status, dates, order), through the one
   * search; three statements whatever the page size, and one for each of the meeting's collections.
   */
  public Page<Meeting> search(
      @NotNull @Valid RecordQuery query, @NotNull @Valid PageRequest request) {
    Page<Meeting> found =
        FoundRecords.loadIds(
            em, Meeting.class, search.idsOfOneKind(query.of(RecordKind.MEETING), request));
    hideWhatTheCallerMayNotSee(found.items());
    return found;
  }

  /** A mission's meetings in the order they happen: its timeline. */
  public List<Meeting> forMission(long missionId) {
    List<Meeting> timeline =
        em.createQuery(
                "select m from Meeting m where m.missionId = :mission order by m.startsAt, m.id",
                Meeting.class)
            .setParameter("mission", missionId)
            .getResultList();
    hideWhatTheCallerMayNotSee(timeline);
    return timeline;
  }

  /** Scheduled meetings from a moment on, soonest first (the dashboard's "upcoming"). */
  public Page<Meeting> upcoming(@NotNull Instant from, @NotNull @Valid PageRequest request) {
    List<Meeting> items =
        em.createQuery(
                "select m from Meeting m where m.startsAt >= :from and m.status = 'SCHEDULED'"
                    + " order by m.startsAt, m.id",
                Meeting.class)
            .setParameter("from", from)
            .setFirstResult(request.offset())
            .setMaxResults(request.size())
            .getResultList();
    long total =
        em.createQuery(
                "select count(m) from Meeting m where m.startsAt >= :from and m.status ="
                    + " 'SCHEDULED'",
                Long.class)
            .setParameter("from", from)
            .getSingleResult();
    hideWhatTheCallerMayNotSee(items);
    return new Page<>(items, request.page(), request.size(), total);
  }

  public List<RevisionEntry> history(long id) {
    return history.of(Meeting.class, Meeting.KIND, id);
  }

  /**
   * The carve-outs a meeting's topics or words touch. Discussing is not agreeing, so nothing is
   * refused; the flags let a briefing warn. Screened for the meeting's country and its mission's
   * counterpart, on the day it starts.
   */
  public ScreeningResult carveOutFlags(@NotNull Meeting meeting) {
    return carveOutFlags(List.of(meeting)).get(0);
  }

  /**
   * The flags of each meeting, in the order given, as {@link #carveOutFlags(Meeting)} finds them:
   * the meetings' missions and the carve-outs are read once for all of them, so a page costs the
   * same statements whatever its size.
   */
  public List<ScreeningResult> carveOutFlags(@NotNull List<@NotNull Meeting> meetings) {
    Map<Long, String> counterparts = new HashMap<>();
    missions
        .findAll(meetings.stream().map(Meeting::getMissionId).filter(Objects::nonNull).toList())
        .forEach(m -> counterparts.put(m.getId(), m.getCounterpartCountry().value()));
    return carveOuts.screenEach(
        meetings.stream().map(meeting -> proposal(meeting, counterparts)).toList());
  }

  private static Proposal proposal(Meeting meeting, Map<Long, String> counterparts) {
    Set<String> parties = new HashSet<>();
    parties.add(meeting.getCountry().value());
    if (meeting.getMissionId() != null && counterparts.containsKey(meeting.getMissionId())) {
      parties.add(counterparts.get(meeting.getMissionId()));
    }
    String text =
        meeting.getAgenda() == null
            ? meeting.getTitle()
            : meeting.getTitle() + "\n" + meeting.getAgenda();
    LocalDate day = meeting.localStart().toLocalDate();
    return new Proposal(parties, meeting.getTopics(), Set.of(), text, day);
  }

  /**
   * Participants whose stakeholder the caller may not see are left out of what they read (the
   * stakeholder's id, side and role would tell of a record above their clearance), and kept as they
   * are when the caller revises the meeting. One statement for a page of meetings; none for a
   * caller cleared to the highest level.
   */
  private void hideWhatTheCallerMayNotSee(List<Meeting> meetings) {
    if (caller.clearance() == Classification.SECRET) {
      return;
    }
    Set<Long> named = new HashSet<>();
    meetings.forEach(m -> m.getParticipants().forEach(p -> named.add(p.getStakeholderId())));
    if (named.isEmpty()) {
      return;
    }
    Set<Long> visible = new HashSet<>();
    stakeholders.findAll(named).forEach(s -> visible.add(s.getId()));
    meetings.forEach(m -> m.showParticipantsOf(visible));
  }

  /**
   * The draft's references exist and the caller may see them; a participant's stakeholder is not
   * classified above the meeting (its name, side and role would reach readers of the meeting who
   * may not see the stakeholder). Participants kept hidden from the caller are not in the draft.
   */
  private void checkReferences(MeetingDraft draft) {
    caller.mayRecord(draft.classification());
    if (draft.missionId() != null && missions.find(draft.missionId()).isEmpty()) {
      throw RuleViolationException.noSuch("missionId", Mission.KIND, draft.missionId());
    }
    for (int i = 0; i < draft.participants().size(); i++) {
      long id = draft.participants().get(i).getStakeholderId();
      String field = "participants[" + i + "].stakeholderId";
      Stakeholder stakeholder =
          stakeholders
              .find(id)
              .orElseThrow(() -> RuleViolationException.noSuch(field, Stakeholder.KIND, id));
      if (draft.classification() != null
          && !draft.classification().covers(stakeholder.getClassification())) {
        throw new RuleViolationException(
            field,
            "ca.gc.engagement.meeting.participant.aboveMeeting",
            Term.of(stakeholder.getClassification()),
            Term.of(draft.classification()));
      }
    }
    sectors.requireKnown(draft.topics());
  }

  private Meeting current(long id, long expectedVersion) {
    return Versions.current(find(id), Meeting.KIND, id, expectedVersion);
  }
}
