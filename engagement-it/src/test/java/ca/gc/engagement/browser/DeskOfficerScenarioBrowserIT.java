package ca.gc.engagement.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.mission.MissionPlanForm;
import ca.gc.engagement.mission.MissionRecordPage;
import ca.gc.engagement.mission.MissionsPage;
import ca.gc.engagement.support.ApiClient;
import ca.gc.engagement.support.Deployments;
import ca.gc.engagement.support.browser.Chromium;
import ca.gc.engagement.support.browser.Page;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The desk officer's day of issue 5, in Chromium, in the pages alone: plan a mission, schedule a
 * meeting with participants, try an agreement on Arctic shipping and see it refused with the
 * carve-out named, propose an allowed one and take it through its lifecycle, read its history, in
 * French too; then a viewer, who must find the SECRET records nowhere. Every page on the way is
 * checked by axe-core (the page objects' constructor).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeskOfficerScenarioBrowserIT {

  private static final String SECRET_BRIEFING =
      "Internal briefing before the bilateral meeting with President Xi Jinping";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.builtEar();
  }

  @RegisterExtension static final Chromium chromium = new Chromium();

  @ArquillianResource URL deployment;

  @Test
  void anOfficerPlansAMissionMeetsAndTakesAnAllowedAgreementThroughItsLifecycle() {
    String tag = UUID.randomUUID().toString().substring(0, 8);

    // Signing in lands on the dashboard.
    DashboardPage dashboard = chromium.signInAs("officer", DashboardPage::new);
    assertEquals("Dashboard", dashboard.heading());

    // Plan a mission.
    String missionTitle = "Ministerial follow-up visit to Beijing " + tag;
    MissionPlanForm plan = chromium.open(MissionsPage.PATH, MissionsPage::new).plan();
    MissionRecordPage mission =
        plan.title(missionTitle)
            .counterpart("China")
            .hostCity("Beijing")
            .firstDay(LocalDate.of(2027, 3, 8))
            .lastDay(LocalDate.of(2027, 3, 11))
            .lead("Minister of International Trade")
            .objectives("Follow up on the canola and electric-vehicle arrangement.")
            .classification("Unclassified")
            .submit();
    assertEquals("Mission “" + missionTitle + "” planned.", mission.notices());
    assertEquals(missionTitle, mission.heading());
    String missionAddress = "missions/mission.xhtml?id=" + mission.id();

    // From the mission: schedule a meeting with two stakeholders of the demo data.
    mission.scheduleMeeting();
    MeetingSchedulingForm schedule = new MeetingSchedulingForm(chromium);
    assertTrue(schedule.mission().startsWith(missionTitle), schedule.mission());
    String meetingTitle = "Bilateral meeting on canola tariffs " + tag;
    MeetingRecordPage meeting =
        schedule
            .title(meetingTitle)
            .kind("Bilateral meeting")
            .when(LocalDateTime.of(2027, 3, 9, 10, 0), LocalDateTime.of(2027, 3, 9, 11, 30))
            .location("Great Hall of the People")
            .participant("Mark Carney", "Canadian side", "Head of delegation")
            .participant("Xi Jinping", "Counterpart", "Host")
            .submit();
    assertEquals("Meeting “" + meetingTitle + "” scheduled.", meeting.notices());
    assertEquals(meetingTitle, meeting.heading());
    assertEquals(
        List.of(
            "Mark Carney | Canadian side | Head of delegation", "Xi Jinping | Counterpart | Host"),
        meeting.participants());
    meeting.backToMission();
    mission = new MissionRecordPage(chromium);
    assertTrue(mission.text().contains(meetingTitle), "the mission's timeline has the meeting");

    // From the mission: an agreement on Arctic shipping is refused, the carve-out named.
    mission.proposeAgreement();
    AgreementForm proposal = new AgreementForm(chromium);
    assertTrue(proposal.parties().contains("China"), "the counterpart comes preset");
    String arctic = "Arctic shipping co-operation " + tag;
    proposal
        .title(arctic)
        .sector("ARCTIC", true)
        .region("ARCTIC_SHIPPING_ROUTES", true)
        .summary("Chinese vessels on Canadian Arctic shipping routes.");
    assertEquals("Prohibited", proposal.verdictOnceItReads("Prohibited"));
    assertEquals(List.of("Arctic"), proposal.carveOutsNamed());
    AgreementForm refused = proposal.submitRefused();
    assertTrue(
        refused
            .notices()
            .startsWith("Not saved: this agreement touches carve-outs that prohibit it (Arctic)."),
        refused.notices());
    assertTrue(refused.notices().contains("Nothing was stored"), refused.notices());
    RecordsList stored = chromium.open("agreements/?q=" + tag, RecordsList::new);
    assertEquals(List.of(), stored.rows(), "nothing stored");

    // An allowed one: clean energy, screened clear, proposed.
    chromium.open(missionAddress, MissionRecordPage::new).proposeAgreement();
    String energy = "Clean energy co-operation " + tag;
    AgreementForm allowed =
        new AgreementForm(chromium)
            .title(energy)
            .sector("CLEAN_ENERGY", true)
            .summary("Joint work on hydrogen and carbon capture.");
    assertEquals("Clear", allowed.verdictOnceItReads("Clear"));
    AgreementRecordPage agreement = allowed.submit();
    assertEquals("Agreement “" + energy + "” proposed.", agreement.notices());
    assertEquals("Proposed", agreement.status());
    String agreementAddress = agreement.address();
    MissionRecordPage withAgreement = chromium.open(missionAddress, MissionRecordPage::new);
    assertTrue(withAgreement.text().contains(energy), "the mission lists its agreement");
    assertFalse(withAgreement.text().contains(arctic), "and not the refused one");
    agreement = chromium.open(agreementAddress, AgreementRecordPage::new);

    // Its lifecycle with the buttons: the officer opens negotiations; signing is an approver's.
    agreement = agreement.step("UNDER_NEGOTIATION");
    assertEquals("Under negotiation", agreement.status());
    assertFalse(agreement.steps().contains("Record the signature"), agreement.steps().toString());
    agreement.signOut();
    chromium.signInAs("approver", DashboardPage::new);
    agreement = chromium.open(agreementAddress, AgreementRecordPage::new);
    agreement = agreement.step("SIGNED");
    assertEquals("Signed", agreement.status());
    agreement = agreement.step("IN_FORCE");
    assertEquals("In force", agreement.status());
    assertEquals(
        List.of(
            "Proposed → Under negotiation | officer",
            "Under negotiation → Signed | approver",
            "Signed → In force | approver"),
        agreement.lifecycle());

    // Its history: who changed what.
    HistoryPage history = agreement.history();
    List<String> rows = history.rows();
    assertEquals(4, rows.size(), rows.toString());
    assertTrue(rows.stream().anyMatch(row -> row.startsWith("officer")), rows.toString());
    assertTrue(rows.stream().anyMatch(row -> row.startsWith("approver")), rows.toString());

    // In French, with the toggle.
    AgreementRecordPage french =
        chromium.open(agreementAddress, AgreementRecordPage::new).toggleLanguage();
    assertEquals("fr", french.language());
    assertEquals("En vigueur", french.status());
    assertTrue(french.text().contains("Cycle de vie"), "the page's headings are in French");
    assertEquals(energy, french.heading(), "what was typed stays as typed");

    french.signOut();
  }

  @Test
  void aViewerFindsTheSecretRecordsNowhereNotInListsSearchOrTheDashboardCounts() {
    String tag = "Secretword" + UUID.randomUUID().toString().substring(0, 8);
    String secretMeeting = "Secret consultation " + tag;
    String secretAgreement = "Secret arrangement " + tag;
    ApiClient approverApi = ApiClient.as(deployment, "approver");
    String tomorrow =
        LocalDate.now(ZoneOffset.UTC)
            .plusDays(1)
            .atStartOfDay()
            .toInstant(ZoneOffset.UTC)
            .toString();
    String afterwards =
        LocalDate.now(ZoneOffset.UTC)
            .plusDays(1)
            .atStartOfDay()
            .plus(1, ChronoUnit.HOURS)
            .toInstant(ZoneOffset.UTC)
            .toString();
    created(
        approverApi.postJson(
            "meetings",
            """
            {"title": "%s", "kind": "BRIEFING", "startsAt": "%s", "endsAt": "%s",
             "timeZone": "America/Toronto", "location": "Ottawa", "country": "CA",
             "participants": [], "topics": [], "agenda": "%s", "classification": "SECRET"}
            """
                .formatted(secretMeeting, tomorrow, afterwards, tag)));
    created(
        approverApi.postJson(
            "agreements",
            """
            {"title": "%s", "parties": ["CN", "CA"], "sectors": ["CANOLA"],
             "summary": "%s", "classification": "SECRET"}
            """
                .formatted(secretAgreement, tag)));

    // The approver (SECRET) sees them: the pages would show them to someone cleared.
    DashboardPage approver = chromium.signInAs("approver", DashboardPage::new);
    assertTrue(approver.upcoming().contains(secretMeeting), approver.upcoming().toString());
    int approverUpcoming = approver.upcomingTotal();
    int approverProposed = approver.agreementCounts().get("Proposed");
    int approverAgreements = approver.agreementTotal();
    assertTrue(
        chromium.open("meetings/?q=" + tag, RecordsList::new).shows(secretMeeting),
        "the approver's meetings list has it");
    assertTrue(
        chromium.open("search.xhtml?q=" + tag, RecordsList::new).shows(secretAgreement),
        "the approver's search finds it");
    assertTrue(
        chromium.open("meetings/?q=Internal+briefing", RecordsList::new).shows(SECRET_BRIEFING),
        "the demo SECRET briefing, for the approver");
    approver.signOut();

    // The viewer (Protected A) does not, anywhere.
    DashboardPage viewer = chromium.signInAs("viewer", DashboardPage::new);
    assertFalse(viewer.upcoming().contains(secretMeeting), viewer.upcoming().toString());
    assertTrue(viewer.upcomingTotal() < approverUpcoming, "the SECRET meeting is not counted");
    assertTrue(
        viewer.agreementCounts().get("Proposed") < approverProposed,
        "the SECRET agreement is not counted among the proposed");
    assertTrue(viewer.agreementTotal() < approverAgreements, "nor in the total");

    assertEquals(List.of(), chromium.open("meetings/?q=" + tag, RecordsList::new).rows());
    assertEquals(List.of(), chromium.open("search.xhtml?q=" + tag, RecordsList::new).rows());
    RecordsList briefings = chromium.open("meetings/?q=Internal+briefing", RecordsList::new);
    assertFalse(briefings.shows(SECRET_BRIEFING), briefings.rows().toString());
    RecordsList xi = chromium.open("search.xhtml?q=Xi+Jinping", RecordsList::new);
    assertTrue(xi.shows("Bilateral meeting with President Xi Jinping"), xi.rows().toString());
    assertFalse(xi.shows(SECRET_BRIEFING), xi.rows().toString());
    RecordsList missions = chromium.open(MissionsPage.PATH, RecordsList::new);
    assertFalse(missions.rows().isEmpty(), "the viewer reads lists");
    Page heading = chromium.open("meetings/", Page::new);
    assertEquals("Meetings", heading.heading());
  }

  private static void created(HttpResponse<String> response) {
    assertEquals(201, response.statusCode(), response.body());
  }
}
