package ca.gc.engagement.browser;

import static ca.gc.engagement.support.browser.Wording.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.mission.MissionPlanForm;
import ca.gc.engagement.mission.MissionRecordPage;
import ca.gc.engagement.mission.MissionsPage;
import ca.gc.engagement.support.AgainstTheBuiltEar;
import ca.gc.engagement.support.ApiClient;
import ca.gc.engagement.support.browser.Chromium;
import ca.gc.engagement.support.browser.Page;
import ca.gc.engagement.support.browser.Wording;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The desk officer's day of issue 5, in Chromium, in the pages alone: plan a mission, schedule a
 * meeting with participants, try an agreement on Arctic shipping and see it refused with the
 * carve-out named, propose an allowed one and take it through its lifecycle, read its history and
 * switch language; then a viewer, who must find the SECRET records nowhere. Both run in English and
 * in French, chosen on the sign-in page, every expected label read from the pages' bundles. Every
 * page on the way is checked by axe-core (the page objects' constructor).
 */
class DeskOfficerScenarioBrowserIT extends AgainstTheBuiltEar {

  private static final String SECRET_BRIEFING =
      "Internal briefing before the bilateral meeting with President Xi Jinping";

  @RegisterExtension static final Chromium chromium = new Chromium();

  @ParameterizedTest(name = "in {0}")
  @ValueSource(strings = {"en", "fr"})
  void anOfficerPlansAMissionMeetsAndTakesAnAllowedAgreementThroughItsLifecycle(String language) {
    Wording words = Wording.in(language);
    String tag = UUID.randomUUID().toString().substring(0, 8);

    // Signing in, the language chosen on the sign-in page, lands on the dashboard in it.
    DashboardPage dashboard = chromium.signInAs("officer", language, DashboardPage::new);
    assertEquals(words.text("dashboard.heading"), dashboard.heading());

    // Plan a mission.
    String missionTitle = "Ministerial follow-up visit to Beijing " + tag;
    MissionPlanForm plan = chromium.open(MissionsPage.PATH, MissionsPage::new).plan();
    MissionRecordPage mission =
        plan.title(missionTitle)
            .counterpart(words.country("CN"))
            .hostCity("Beijing")
            .firstDay(LocalDate.of(2027, 3, 8))
            .lastDay(LocalDate.of(2027, 3, 11))
            .lead("Minister of International Trade")
            .objectives("Follow up on the canola and electric-vehicle arrangement.")
            .classification(words.text("clearance.UNCLASSIFIED"))
            .submit();
    assertEquals(plain(words.text("mission.planned", missionTitle)), plain(mission.notices()));
    assertEquals(missionTitle, mission.heading());
    String missionAddress = "missions/mission.xhtml?id=" + mission.id();

    // From the mission: schedule a meeting with two stakeholders of the demo data.
    mission.scheduleMeeting();
    MeetingSchedulingForm schedule = new MeetingSchedulingForm(chromium);
    assertTrue(schedule.mission().startsWith(missionTitle), schedule.mission());
    String meetingTitle = "Bilateral meeting on canola tariffs " + tag;
    String ours = words.text("meeting.side.OURS");
    String theirs = words.text("meeting.side.COUNTERPART");
    MeetingRecordPage meeting =
        schedule
            .title(meetingTitle)
            .kind(words.text("meeting.kind.BILATERAL"))
            .when(LocalDateTime.of(2027, 3, 9, 10, 0), LocalDateTime.of(2027, 3, 9, 11, 30))
            .location("Great Hall of the People")
            .participant("Mark Carney", ours, "Head of delegation")
            .participant("Xi Jinping", theirs, "Host")
            .submit();
    assertEquals(plain(words.text("meeting.scheduled", meetingTitle)), plain(meeting.notices()));
    assertEquals(meetingTitle, meeting.heading());
    assertEquals(
        List.of(
            "Mark Carney | " + ours + " | Head of delegation",
            "Xi Jinping | " + theirs + " | Host"),
        meeting.participants());
    meeting.backToMission();
    mission = new MissionRecordPage(chromium);
    assertTrue(mission.text().contains(meetingTitle), "the mission's timeline has the meeting");

    // From the mission: an agreement on Arctic shipping is refused, the carve-out named.
    mission.proposeAgreement();
    AgreementForm proposal = new AgreementForm(chromium);
    assertTrue(proposal.parties().contains(words.country("CN")), "the counterpart comes preset");
    String arctic = "Arctic shipping co-operation " + tag;
    proposal
        .title(arctic)
        .sector("ARCTIC", true)
        .region("ARCTIC_SHIPPING_ROUTES", true)
        .summary("Chinese vessels on Canadian Arctic shipping routes.");
    String prohibited = words.text("screening.verdict.PROHIBITED");
    assertEquals(prohibited, proposal.verdictOnceItReads(prohibited));
    assertEquals(List.of("Arctic"), proposal.carveOutsNamed());
    AgreementForm refused = proposal.submitRefused();
    assertTrue(
        plain(refused.notices()).contains(plain(words.text("agreement.refused", "Arctic"))),
        refused.notices());
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
    String clear = words.text("screening.verdict.CLEAR");
    assertEquals(clear, allowed.verdictOnceItReads(clear));
    AgreementRecordPage agreement = allowed.submit();
    assertEquals(plain(words.text("agreement.proposed", energy)), plain(agreement.notices()));
    assertEquals(words.text("agreement.status.PROPOSED"), agreement.status());
    String agreementAddress = agreement.address();
    MissionRecordPage withAgreement = chromium.open(missionAddress, MissionRecordPage::new);
    assertTrue(withAgreement.text().contains(energy), "the mission lists its agreement");
    assertFalse(withAgreement.text().contains(arctic), "and not the refused one");
    agreement = chromium.open(agreementAddress, AgreementRecordPage::new);

    // Its lifecycle with the buttons: the officer opens negotiations; signing is an approver's.
    agreement = agreement.step("UNDER_NEGOTIATION");
    assertEquals(words.text("agreement.status.UNDER_NEGOTIATION"), agreement.status());
    assertFalse(
        agreement.steps().contains(words.text("agreement.step.SIGNED")),
        agreement.steps().toString());
    agreement.signOut();
    chromium.signInAs("approver", language, DashboardPage::new);
    agreement = chromium.open(agreementAddress, AgreementRecordPage::new);
    agreement = agreement.step("SIGNED");
    assertEquals(words.text("agreement.status.SIGNED"), agreement.status());
    agreement = agreement.step("IN_FORCE");
    assertEquals(words.text("agreement.status.IN_FORCE"), agreement.status());
    assertEquals(
        List.of(
            step(words, "PROPOSED", "UNDER_NEGOTIATION") + " | officer",
            step(words, "UNDER_NEGOTIATION", "SIGNED") + " | approver",
            step(words, "SIGNED", "IN_FORCE") + " | approver"),
        agreement.lifecycle());

    // Its history: who changed what.
    HistoryPage history = agreement.history();
    List<String> rows = history.rows();
    assertEquals(4, rows.size(), rows.toString());
    assertTrue(rows.stream().anyMatch(row -> row.startsWith("officer")), rows.toString());
    assertTrue(rows.stream().anyMatch(row -> row.startsWith("approver")), rows.toString());

    // In the other language, with the toggle.
    Wording otherWords = words.other();
    AgreementRecordPage other =
        chromium.open(agreementAddress, AgreementRecordPage::new).toggleLanguage();
    assertEquals(otherWords.language(), other.language());
    assertEquals(otherWords.text("agreement.status.IN_FORCE"), other.status());
    assertTrue(
        other.text().contains(otherWords.text("agreement.lifecycle")),
        "the page's headings are in the other language");
    assertEquals(energy, other.heading(), "what was typed stays as typed");

    other.signOut();
  }

  /** A lifecycle step as its table shows it: "Proposed → Under negotiation". */
  private static String step(Wording words, String from, String to) {
    return words.text("agreement.status." + from) + " → " + words.text("agreement.status." + to);
  }

  @ParameterizedTest(name = "in {0}")
  @ValueSource(strings = {"en", "fr"})
  void aViewerFindsTheSecretRecordsNowhereNotInListsSearchOrTheDashboardCounts(String language) {
    Wording words = Wording.in(language);
    String proposed = words.text("dashboard.agreementStatus.PROPOSED");
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
    DashboardPage approver = chromium.signInAs("approver", language, DashboardPage::new);
    assertTrue(approver.upcoming().contains(secretMeeting), approver.upcoming().toString());
    int approverUpcoming = approver.upcomingTotal();
    int approverProposed = approver.agreementCounts().get(proposed);
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
    DashboardPage viewer = chromium.signInAs("viewer", language, DashboardPage::new);
    assertFalse(viewer.upcoming().contains(secretMeeting), viewer.upcoming().toString());
    assertTrue(viewer.upcomingTotal() < approverUpcoming, "the SECRET meeting is not counted");
    assertTrue(
        viewer.agreementCounts().get(proposed) < approverProposed,
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
    assertEquals(words.text("meetings.heading"), heading.heading());
  }

  private static void created(HttpResponse<String> response) {
    assertEquals(201, response.statusCode(), response.body());
  }
}
