package ca.gc.engagement.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.carveout.entity.Verdict;
import ca.gc.engagement.demo.control.MeetingScenario;
import ca.gc.engagement.meeting.boundary.MeetingService;
import ca.gc.engagement.meeting.entity.Meeting;
import ca.gc.engagement.meeting.entity.MeetingDraft;
import ca.gc.engagement.meeting.entity.MeetingKind;
import ca.gc.engagement.meeting.entity.MeetingStatus;
import ca.gc.engagement.meeting.entity.Participant;
import ca.gc.engagement.meeting.entity.Side;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.records.entity.RuleViolationException;
import ca.gc.engagement.records.entity.StaleRecordException;
import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.stakeholder.boundary.StakeholderService;
import ca.gc.engagement.stakeholder.entity.StakeholderDraft;
import ca.gc.engagement.stakeholder.entity.StakeholderKind;
import ca.gc.engagement.support.Deployments;
import ca.gc.engagement.support.SignedIn;
import jakarta.ejb.EJB;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Meetings in the server: discussing a carved-out sector is recorded but flagged. */
@ExtendWith(ArquillianExtension.class)
class MeetingServiceIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.builtEarWith(MeetingServiceIT.class);
  }

  @EJB MeetingService meetings;

  @EJB StakeholderService stakeholders;

  private MeetingDraft draft(long participant, Set<String> topics, String agenda) {
    return new MeetingDraft(
        null,
        "Working lunch with the Minister of Commerce",
        MeetingKind.BILATERAL,
        Instant.parse("2026-01-15T04:00:00Z"),
        Instant.parse("2026-01-15T05:30:00Z"),
        "Asia/Shanghai",
        "Beijing",
        "CN",
        List.of(new Participant(participant, Side.COUNTERPART, "Host")),
        topics,
        agenda,
        Classification.UNCLASSIFIED);
  }

  private long stakeholder() {
    return SignedIn.as(
            "officer",
            () ->
                stakeholders.record(
                    new StakeholderDraft(
                        "Wang Wentao",
                        "Minister of Commerce",
                        null,
                        StakeholderKind.FOREIGN_GOVERNMENT,
                        "CN",
                        Classification.UNCLASSIFIED)))
        .getId();
  }

  @Test
  void aMeetingOnACarvedOutSectorIsKeptAndFlaggedNotRefused() {
    long host = stakeholder();
    Meeting meeting =
        SignedIn.as(
            "officer",
            () ->
                meetings.schedule(
                    draft(
                        host,
                        Set.of("CRITICAL_MINERALS"),
                        "Chinese interest in Canadian rare earths")));
    var flags =
        SignedIn.as(
            "viewer", () -> meetings.carveOutFlags(meetings.find(meeting.getId()).orElseThrow()));
    assertEquals(Verdict.PROHIBITED, flags.verdict());
    assertTrue(flags.carveOutCodes().contains("NATIONAL_SECURITY"), flags.toString());
  }

  @Test
  void aMeetingIsHeldWithItsReadoutOnceAndAStaleEditIsRefused() {
    long host = stakeholder();
    Meeting meeting =
        SignedIn.as("officer", () -> meetings.schedule(draft(host, Set.of("AGRI_FOOD"), "Canola")));
    Meeting held =
        SignedIn.as(
            "officer",
            () -> meetings.hold(meeting.getId(), meeting.getVersion(), "Agreed to talk again"));
    assertEquals(MeetingStatus.HELD, held.getStatus());
    assertThrows(
        StaleRecordException.class,
        () ->
            SignedIn.as("approver", () -> meetings.cancel(meeting.getId(), meeting.getVersion())));
    assertEquals(
        "officer", SignedIn.as("viewer", () -> meetings.history(meeting.getId())).get(1).by());
  }

  @Test
  void aParticipantMustBeAStakeholderOnFile() {
    var refused =
        assertThrows(
            RuleViolationException.class,
            () -> SignedIn.as("officer", () -> meetings.schedule(draft(987654L, Set.of(), null))));
    assertEquals("participants[0].stakeholderId", refused.field());
    assertEquals("There is no stakeholder 987654.", refused.getMessage());
  }

  @Test
  void theDemosSecretBriefingIsThereForTheClearedAndAbsentForOthers() {
    var forAdmin =
        SignedIn.as("admin", () -> meetings.list(new PageRequest(0, PageRequest.MAX_SIZE))).items();
    var briefing =
        forAdmin.stream()
            .filter(m -> m.getTitle().equals(MeetingScenario.BRIEFING))
            .findFirst()
            .orElseThrow();
    assertEquals(Classification.SECRET, briefing.getClassification());
    assertEquals(
        "engagement-demo-loader",
        SignedIn.as("admin", () -> meetings.history(briefing.getId())).get(0).by());
    var forViewer =
        SignedIn.as("viewer", () -> meetings.list(new PageRequest(0, PageRequest.MAX_SIZE)))
            .items();
    assertTrue(forViewer.stream().noneMatch(m -> m.getTitle().equals(MeetingScenario.BRIEFING)));
    assertTrue(SignedIn.as("viewer", () -> meetings.find(briefing.getId())).isEmpty());
  }
}
