package ca.gc.engagement.meeting.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ca.gc.engagement.demo.control.ScenarioStakeholders;
import ca.gc.engagement.records.entity.IllegalTransitionException;
import ca.gc.engagement.schema.control.MigratedDatabase;
import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.stakeholder.entity.Stakeholder;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The scenario's meetings: Beijing time, participants on both sides, topics, status and readout.
 */
class MeetingTest {

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  static MeetingDraft bilateralWithXi(Long missionId) {
    return bilateralWithXi(missionId, 1L, 2L);
  }

  static MeetingDraft bilateralWithXi(Long missionId, long carney, long xi) {
    return new MeetingDraft(
        missionId,
        "Bilateral meeting with President Xi Jinping",
        MeetingKind.BILATERAL,
        LocalDateTime.of(2026, 1, 16, 10, 0).atZone(BEIJING).toInstant(),
        LocalDateTime.of(2026, 1, 16, 11, 30).atZone(BEIJING).toInstant(),
        "Asia/Shanghai",
        "Great Hall of the People, Beijing",
        "CN",
        List.of(
            new Participant(carney, Side.OURS, "Head of delegation"),
            new Participant(xi, Side.COUNTERPART, "Head of state")),
        Set.of("AGRI_FOOD", "AUTOMOTIVE", "CLEAN_ENERGY"),
        "Tariffs on canola and electric vehicles; environmental co-operation.",
        Classification.PROTECTED_A);
  }

  @Test
  void aMeetingKeepsItsLocalTimeInItsOwnTimeZone() {
    Meeting meeting = Meeting.schedule(bilateralWithXi(null));
    assertEquals(LocalDateTime.of(2026, 1, 16, 10, 0), meeting.localStart().toLocalDateTime());
    assertEquals(Instant.parse("2026-01-16T02:00:00Z"), meeting.getStartsAt());
  }

  /**
   * A reader who may not see a participant's stakeholder gets the meeting without that participant,
   * and their revision keeps it as it was stored.
   */
  @Test
  void participantsHiddenFromTheReaderAreLeftOutAndKeptByTheirRevision() {
    Meeting meeting = Meeting.schedule(bilateralWithXi(null, 1L, 2L));
    meeting.showParticipantsOf(Set.of(1L));
    assertEquals(
        List.of(1L),
        meeting.getParticipants().stream().map(Participant::getStakeholderId).toList());

    MeetingDraft revised = bilateralWithXi(null, 1L, 2L);
    meeting.revise(
        new MeetingDraft(
            null,
            revised.title(),
            revised.kind(),
            revised.startsAt(),
            revised.endsAt(),
            revised.timeZone(),
            revised.location(),
            revised.country(),
            List.of(new Participant(1L, Side.OURS, "Prime Minister")),
            revised.topics(),
            revised.agenda(),
            revised.classification()));

    assertEquals(
        List.of(new Participant(1L, Side.OURS, "Prime Minister")), meeting.getParticipants());
    meeting.showParticipantsOf(Set.of(1L, 2L));
    assertEquals(
        List.of(
            new Participant(1L, Side.OURS, "Prime Minister"),
            new Participant(2L, Side.COUNTERPART, "Head of state")),
        meeting.getParticipants());
  }

  @Test
  void aScheduledMeetingIsHeldWithItsReadoutAndThenMovesNoMore() {
    Meeting meeting = Meeting.schedule(bilateralWithXi(null));
    meeting.hold("Preliminary arrangement: EV quota against canola relief.");
    assertEquals(MeetingStatus.HELD, meeting.getStatus());
    assertEquals("Preliminary arrangement: EV quota against canola relief.", meeting.getReadout());
    var refused = assertThrows(IllegalTransitionException.class, meeting::cancel);
    assertEquals(
        "A meeting cannot go from HELD to CANCELLED. Allowed from HELD: none: HELD is final.",
        refused.getMessage());
  }

  @Test
  void aReadoutIsOnlyRevisedOnceTheMeetingWasHeld() {
    Meeting meeting = Meeting.schedule(bilateralWithXi(null));
    var refused = assertThrows(IllegalTransitionException.class, () -> meeting.reviseReadout("x"));
    assertEquals(
        "A meeting cannot go from SCHEDULED to HELD. Allowed from SCHEDULED: CANCELLED, HELD.",
        refused.getMessage());
  }

  @Test
  void aDraftIsJudgedFieldByField() {
    Locale.setDefault(Locale.ENGLISH);
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      var start = Instant.parse("2026-01-16T02:00:00Z");
      var draft =
          new MeetingDraft(
              -1L,
              "",
              null,
              start,
              start,
              "Beijing time",
              null,
              "ZZ",
              List.of(new Participant(null, null, null)),
              Set.of("canola"),
              null,
              null);
      Map<String, String> byField = new TreeMap<>();
      factory
          .getValidator()
          .validate(draft)
          .forEach(v -> byField.put(v.getPropertyPath().toString(), v.getMessage()));
      assertEquals(
          "Choose the mission this meeting belongs to, or none.", byField.get("missionId"));
      assertEquals("Give the meeting a title.", byField.get("title"));
      assertEquals("Say what kind of meeting it is.", byField.get("kind"));
      assertEquals("The meeting must end after it starts.", byField.get("endsAt"));
      assertEquals(
          "Use a time zone name such as Asia/Shanghai or America/Toronto.",
          byField.get("timeZone"));
      assertEquals(
          "Choose a country by its two-letter ISO code (for example CA or CN).",
          byField.get("country"));
      assertEquals(
          "Choose the stakeholder taking part.", byField.get("participants[0].stakeholderId"));
      assertEquals("Say which side the participant is on.", byField.get("participants[0].side"));
      assertEquals(
          "A sector code is written in capitals with underscores, for example AGRI_FOOD.",
          byField.get("topics[].<iterable element>"));
      assertEquals("Choose the record's classification.", byField.get("classification"));
    }
  }

  @Test
  void aMeetingIsStoredAndReadBackWholeWithItsParticipantsAndTopics() {
    try (MigratedDatabase db = new MigratedDatabase()) {
      long[] people =
          db.inTransaction(
              em -> {
                Stakeholder carney = Stakeholder.record(ScenarioStakeholders.CARNEY);
                Stakeholder xi = Stakeholder.record(ScenarioStakeholders.XI);
                em.persist(carney);
                em.persist(xi);
                return new long[] {carney.getId(), xi.getId()};
              });
      long id =
          db.inTransaction(
              em -> {
                Meeting meeting = Meeting.schedule(bilateralWithXi(null, people[0], people[1]));
                em.persist(meeting);
                return meeting.getId();
              });
      Meeting read =
          db.inTransaction(
              em -> {
                Meeting m = em.find(Meeting.class, id);
                m.getParticipants();
                m.getTopics();
                return m;
              });
      assertEquals("Bilateral meeting with President Xi Jinping", read.getTitle());
      assertEquals(Instant.parse("2026-01-16T02:00:00Z"), read.getStartsAt());
      assertEquals(Instant.parse("2026-01-16T03:30:00Z"), read.getEndsAt());
      assertEquals("Asia/Shanghai", read.getTimeZone());
      assertEquals(
          List.of(
              new Participant(people[0], Side.OURS, "Head of delegation"),
              new Participant(people[1], Side.COUNTERPART, "Head of state")),
          read.getParticipants());
      assertEquals(Set.of("AGRI_FOOD", "AUTOMOTIVE", "CLEAN_ENERGY"), read.getTopics());
      assertEquals(Classification.PROTECTED_A, read.getClassification());
      assertEquals(MeetingStatus.SCHEDULED, read.getStatus());
    }
  }
}
