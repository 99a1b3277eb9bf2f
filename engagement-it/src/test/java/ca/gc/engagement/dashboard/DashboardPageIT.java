package ca.gc.engagement.dashboard;

import static ca.gc.engagement.support.Pages.rowWith;
import static ca.gc.engagement.support.Pages.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.support.AgainstTheBuiltEar;
import ca.gc.engagement.support.ApiClient;
import ca.gc.engagement.support.Browser;
import ca.gc.engagement.support.DepartmentDay;
import ca.gc.engagement.support.Records;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The dashboard over real HTTP: the scenario's canola duties in the rate chart and in the table
 * beside it, another measure picked by address, both languages, and counts that leave out what the
 * reader's clearance does not cover (a viewer's against an approver's, around SECRET records
 * recorded through the API).
 */
class DashboardPageIT extends AgainstTheBuiltEar {

  private static final String CANOLA_SEED = "Anti-dumping deposit on Canadian canola seed";
  private static final String CANOLA_OIL = "Tariff on Canadian canola oil, canola meal and peas";

  private URI home() {
    return URI.create(deployment.toString());
  }

  /** The script that draws a chart: its Chart.js configuration. */
  private static String chartScript(Document page, String chartId) {
    assertNotNull(page.getElementById(chartId), "no chart " + chartId);
    return page.select("script").stream()
        .map(Element::data)
        .filter(script -> script.contains("\"" + chartId + "\""))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no script draws " + chartId));
  }

  @Test
  void theCanolaDutiesOfTheScenarioAreInTheRateChartAndItsTable() {
    Browser browser = new Browser();
    Document page = browser.signIn(home(), "viewer");

    assertEquals(CANOLA_SEED, page.getElementById("chosen-measure").text());
    assertEquals(
        List.of(
            List.of("August 14, 2025", "75.8", "Preliminary ruling"),
            List.of(
                "March 1, 2026",
                "15",
                "Expected under the preliminary arrangement of 16 January 2026")),
        rows(page, "rate-figures"));
    assertTrue(
        chartScript(page, "rate-chart").contains("\"data\":[75.8,15"),
        "the chart draws the same figures");
    assertEquals("img", page.selectFirst("#rate-chart canvas").attr("role"));
    assertTrue(!page.selectFirst("#rate-chart canvas").attr("aria-label").isBlank());
    assertTrue(
        page.select("script[src]").stream().allMatch(s -> s.attr("src").startsWith("/engagement/")),
        "Chart.js and every script come from the application, none from elsewhere");
    assertEquals(
        CANOLA_SEED, page.selectFirst("#measure option[selected]").text(), "the choice shows");

    String oil =
        page.select("#measure option").stream()
            .filter(o -> o.text().equals(CANOLA_OIL))
            .findFirst()
            .orElseThrow()
            .val();
    Document other = browser.open(home().resolve("index.xhtml?measure=" + oil));
    assertEquals(CANOLA_OIL, other.getElementById("chosen-measure").text());
    assertEquals(List.of(List.of("March 20, 2025", "100", "")), rows(other, "rate-figures"));
    assertEquals(CANOLA_OIL, other.selectFirst("#measure option[selected]").text());

    Document french = browser.open(home().resolve("index.xhtml?lang=fr"));
    assertEquals("Tableau de bord", french.selectFirst("main h1").text());
    assertEquals(
        List.of("14 août 2025", "75,8", "Preliminary ruling"), rows(french, "rate-figures").get(0));
  }

  @Test
  void anUnknownMeasureInTheAddressSaysSoAndShowsTheCanolaDeposit() {
    Browser browser = new Browser();
    browser.signIn(home(), "viewer");
    Document page = browser.open(home().resolve("index.xhtml?measure=987654321"));
    assertEquals(200, browser.lastResponse().statusCode());
    assertTrue(
        page.selectFirst(".notice-warn").text().startsWith("That trade measure is not on file"));
    assertEquals(CANOLA_SEED, page.getElementById("chosen-measure").text());
  }

  @Test
  void theEngagementsChartCountsTheScenariosMissionAndMeetingsInJanuary2026() {
    Document page = new Browser().signIn(home(), "approver");
    List<String> january = monthRow(page, YearMonth.of(2026, 1));
    assertTrue(Long.parseLong(january.get(1)) >= 1, "the Prime Minister's visit: " + january);
    assertTrue(Long.parseLong(january.get(2)) >= 4, "its four meetings: " + january);
    assertEquals(24, rows(page, "engagements-figures").size(), "24 months, none left out");
    assertTrue(chartScript(page, "engagements-chart").contains("\"type\":\"bar\""));
  }

  @Test
  void aViewersCountsLeaveOutSecretRecordsThatAnApproversInclude() {
    LocalDate today = DepartmentDay.today();
    YearMonth thisMonth = YearMonth.from(today);
    Browser viewer = new Browser();
    Browser approver = new Browser();
    Document viewerBefore = viewer.signIn(home(), "viewer");
    Document approverBefore = approver.signIn(home(), "approver");

    String tag = UUID.randomUUID().toString().substring(0, 8);
    ApiClient api = ApiClient.as(deployment, "approver");
    long mission =
        created(
            api.postJson(
                "missions",
                """
                {"title": "Closed-door mission %s", "counterpartCountry": "AU",
                 "hostCity": "Canberra", "startDate": "%s", "endDate": "%s", "lead": "Minister",
                 "classification": "SECRET"}
                """
                    .formatted(tag, today, today)));
    created(
        api.postJson(
            "agreements",
            """
            {"title": "Closed-door arrangement %s", "parties": ["CA", "AU"],
             "summary": "Trade facilitation.", "classification": "SECRET"}
            """
                .formatted(tag)));
    created(
        api.postJson(
            "follow-ups",
            """
            {"description": "Closed-door follow-up %s", "originKind": "MISSION", "originId": %d,
             "owner": "Asia Pacific Branch", "dueDate": "%s", "classification": "SECRET"}
            """
                .formatted(tag, mission, today.plusDays(3))));
    Instant start = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    created(
        api.postJson(
            "meetings",
            """
            {"title": "Closed-door meeting %s", "kind": "BILATERAL", "startsAt": "%s",
             "endsAt": "%s", "timeZone": "Australia/Sydney", "location": "Canberra",
             "country": "AU", "participants": [], "topics": [], "classification": "SECRET"}
            """
                .formatted(tag, start, start.plus(1, ChronoUnit.HOURS))));
    HttpResponse<String> measure =
        api.postJson(
            "trade-measures",
            """
            {"title": "Closed-door safeguard %s", "imposingCountry": "NZ", "targetCountry": "IS",
             "type": "SAFEGUARD", "productLines": [{"description": "Wool", "hsCode": "51"}],
             "source": {"publication": "Cabinet minute"}, "inForceFrom": "%s",
             "classification": "SECRET"}
            """
                .formatted(tag, today.minusDays(1)));
    created(measure);
    HttpResponse<String> inForce =
        api.post(
            URI.create(measure.headers().firstValue("Location").orElseThrow() + "/transitions"),
            measure.headers().firstValue("ETag").orElseThrow(),
            "{\"to\": \"IN_FORCE\"}");
    assertEquals(200, inForce.statusCode(), inForce.body());

    Document viewerAfter = viewer.open(home());
    Document approverAfter = approver.open(home());

    assertEquals(
        proposed(viewerBefore), proposed(viewerAfter), "agreements: the viewer counts no more");
    assertEquals(proposed(approverBefore) + 1, proposed(approverAfter), "the approver one more");
    assertEquals(
        missions(viewerBefore, thisMonth), missions(viewerAfter, thisMonth), "missions this month");
    assertEquals(missions(approverBefore, thisMonth) + 1, missions(approverAfter, thisMonth));
    YearMonth meetingMonth = YearMonth.from(start.atZone(ZoneOffset.UTC));
    assertEquals(meetings(viewerBefore, meetingMonth), meetings(viewerAfter, meetingMonth));
    assertEquals(
        meetings(approverBefore, meetingMonth) + 1,
        meetings(approverAfter, meetingMonth),
        "next week's meeting is in the chart's months ahead");
    assertNull(rowWith(viewerAfter, "New Zealand"), "no SECRET measure for the viewer");
    Element pair = rowWith(approverAfter, "New Zealand");
    assertNotNull(pair, "the approver's measures in force by country pair");
    assertEquals(List.of("New Zealand", "Iceland", "1"), pair.select("td").eachText());
    assertNull(rowWith(viewerAfter, "Closed-door follow-up " + tag));
    assertNotNull(rowWith(approverAfter, "Closed-door follow-up " + tag), "due in 3 days");
    assertNull(rowWith(viewerAfter, "Closed-door meeting " + tag));
    assertNotNull(rowWith(approverAfter, "Closed-door meeting " + tag), "next week");
    assertEquals(
        "Secret", rowWith(approverAfter, "Closed-door meeting " + tag).select("td").last().text());
  }

  private static long created(HttpResponse<String> response) {
    return Records.idOfCreated(response);
  }

  private static long proposed(Document page) {
    return rows(page, "agreement-counts").stream()
        .filter(row -> row.get(0).equals("Proposed"))
        .mapToLong(row -> Long.parseLong(row.get(1)))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> monthRow(Document page, YearMonth month) {
    Element row =
        page.getElementById("engagements-figures").select("tbody tr").stream()
            .filter(tr -> tr.selectFirst("time[datetime=" + month + "]") != null)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no line for " + month));
    return row.select("td").eachText();
  }

  private static long missions(Document page, YearMonth month) {
    return Long.parseLong(monthRow(page, month).get(1));
  }

  private static long meetings(Document page, YearMonth month) {
    return Long.parseLong(monthRow(page, month).get(2));
  }
}
