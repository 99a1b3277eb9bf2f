package ca.gc.engagement.security;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.support.AgainstTheBuiltEar;
import ca.gc.engagement.support.Answers;
import ca.gc.engagement.support.ApiClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;

/**
 * Every text field of every kind of record, stored through the API with script, markup, a {@code
 * javascript:} address and a spreadsheet formula in it, comes back as text: escaped in every page
 * that shows it, a formula defused in the CSV, escaped in the iCalendar, plain text in the PDF. A
 * {@code javascript:} web address is refused outright.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EscapingIT extends AgainstTheBuiltEar {

  private static final String SCRIPT = "<script>alert(1)</script>";
  private static final String IMAGE = "\"><img src=x onerror=alert(1)>";
  private static final String LINK = "javascript:alert(1)";
  private static final String FORMULA = "=cmd|' /C calc'!A0";

  /** One tag per run, so that the lists can be filtered down to this test's records. */
  private static final String TAG = "xss" + UUID.randomUUID().toString().substring(0, 8);

  /** What every text field holds: a formula first (for the CSV), then markup, then the tag. */
  private static final String HOSTILE =
      FORMULA + " " + SCRIPT + " " + IMAGE + " " + LINK + "; a,b " + TAG;

  private static final String SECTOR = "XSS_" + TAG.substring(3).toUpperCase(Locale.ROOT);

  private ApiClient officer;
  private ApiClient admin;
  private final Map<String, Long> ids = new LinkedHashMap<>();

  /** Once, before the first test (Arquillian injects the URL only after the class's set-up). */
  private synchronized void storeHostileTextInEveryTextField() {
    if (!ids.isEmpty()) {
      return;
    }
    officer = ApiClient.as(deployment, "officer");
    admin = ApiClient.as(deployment, "admin");

    long mission =
        create(
            officer,
            "missions",
            Json.createObjectBuilder()
                .add("title", HOSTILE)
                .add("counterpartCountry", "JP")
                .add("hostCity", HOSTILE)
                .add("startDate", "2026-06-01")
                .add("endDate", "2026-06-05")
                .add("lead", HOSTILE)
                .add("objectives", HOSTILE)
                .add("classification", "UNCLASSIFIED"));
    long stakeholder =
        create(
            officer,
            "stakeholders",
            Json.createObjectBuilder()
                .add("name", HOSTILE)
                .add("title", HOSTILE)
                .add("organisation", HOSTILE)
                .add("kind", "PROVINCIAL")
                .add("jurisdiction", "CA-SK")
                .add("classification", "UNCLASSIFIED"));
    create(
        officer,
        "meetings",
        Json.createObjectBuilder()
            .add("missionId", mission)
            .add("title", HOSTILE)
            .add("kind", "BILATERAL")
            .add("startsAt", "2026-06-02T01:00:00Z")
            .add("endsAt", "2026-06-02T02:00:00Z")
            .add("timeZone", "Asia/Tokyo")
            .add("location", HOSTILE)
            .add("country", "JP")
            .add(
                "participants",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("stakeholderId", stakeholder)
                            .add("side", "OURS")
                            .add("role", HOSTILE)))
            .add("topics", Json.createArrayBuilder().add("CANOLA"))
            .add("agenda", HOSTILE + "\nX-INJECTED:evil\nEND:VEVENT")
            .add("classification", "UNCLASSIFIED"));
    create(
        officer,
        "statements",
        statement(stakeholder, mission, "https://www.canada.ca/en/news.html"));
    create(
        officer,
        "agreements",
        Json.createObjectBuilder()
            .add("title", HOSTILE)
            .add("parties", Json.createArrayBuilder().add("CA").add("JP"))
            .add("missionId", mission)
            .add("sectors", Json.createArrayBuilder().add("CANOLA"))
            .add("regions", Json.createArrayBuilder())
            .add("summary", HOSTILE)
            .add("classification", "UNCLASSIFIED"));
    create(
        officer,
        "follow-ups",
        Json.createObjectBuilder()
            .add("description", HOSTILE)
            .add("originKind", "MISSION")
            .add("originId", mission)
            .add("owner", HOSTILE)
            .add("dueDate", "2026-07-01")
            .add("classification", "UNCLASSIFIED"));
    create(
        officer,
        "trade-measures",
        Json.createObjectBuilder()
            .add("title", HOSTILE)
            .add("imposingCountry", "JP")
            .add("targetCountry", "CA")
            .add("type", "ANTI_DUMPING")
            .add(
                "productLines",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("description", HOSTILE)
                            .add("hsCode", "1205.10")))
            .add("sectors", Json.createArrayBuilder().add("CANOLA"))
            .add("source", Json.createObjectBuilder().add("publication", HOSTILE))
            .add("inForceFrom", "2026-06-01")
            .add(
                "rates",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("effectiveFrom", "2026-06-01")
                            .add("rate", 10)
                            .add("note", HOSTILE)))
            .add("classification", "UNCLASSIFIED"));
    create(
        admin,
        "carve-outs",
        Json.createObjectBuilder()
            .add("code", SECTOR)
            .add("name", HOSTILE)
            .add("rationale", HOSTILE)
            .add("policyBasis", HOSTILE)
            .add("sectors", Json.createArrayBuilder().add("TELECOMMUNICATIONS"))
            .add("regions", Json.createArrayBuilder())
            .add("keywords", Json.createArrayBuilder().add(SCRIPT + " " + TAG).add(IMAGE))
            .add("countries", Json.createArrayBuilder().add("BR"))
            .add("effectiveFrom", "2026-01-01")
            .add("mode", "PROHIBIT")
            .add("classification", "UNCLASSIFIED"));
    HttpResponse<String> sector =
        admin.postJson(
            "sectors",
            Json.createObjectBuilder()
                .add("code", SECTOR)
                .add("parent", "CLEAN_ENERGY")
                .add("englishName", HOSTILE)
                .add("frenchName", HOSTILE)
                .build()
                .toString());
    assertEquals(201, sector.statusCode(), "sectors: " + sector.body());
  }

  @Test
  void everyPageShowingTheRecordsShowsTheTextAsText() {
    storeHostileTextInEveryTextField();
    List<String> pages = new ArrayList<>();
    for (var record : ids.entrySet()) {
      String folder = record.getKey();
      String singular =
          switch (folder) {
            case "missions" -> "mission";
            case "stakeholders" -> "stakeholder";
            case "meetings" -> "meeting";
            case "statements" -> "statement";
            case "agreements" -> "agreement";
            case "follow-ups" -> "follow-up";
            case "trade-measures" -> "trade-measure";
            case "carve-outs" -> "carve-out";
            default -> throw new IllegalStateException(folder);
          };
      long id = record.getValue();
      pages.add(folder + "/" + singular + ".xhtml?id=" + id);
      pages.add(folder + "/edit.xhtml?id=" + id);
      pages.add(folder + "/history.xhtml?id=" + id);
      pages.add(folder + "/index.xhtml?q=" + TAG);
    }
    pages.add("sectors/index.xhtml");
    pages.add("sectors/edit.xhtml?code=" + SECTOR);
    pages.add("search.xhtml?q=" + TAG);
    pages.add("index.xhtml");

    List<Executable> checks = new ArrayList<>();
    for (String page : pages) {
      checks.add(() -> assertShownAsText(page));
    }
    assertAll(checks);
  }

  @Test
  void theCsvExportsDefuseTheFormulas() {
    storeHostileTextInEveryTextField();
    List<Executable> checks = new ArrayList<>();
    for (String list : ids.keySet()) {
      checks.add(
          () -> {
            HttpResponse<String> csv =
                admin.get(list + "?format=csv&size=200&q=" + TAG, "text/csv");
            assertEquals(200, csv.statusCode(), list + ": " + csv.body());
            assertTrue(csv.body().contains(TAG), list + " exports the record:\n" + csv.body());
            for (String line : csv.body().split("\r\n")) {
              for (String cell : line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1)) {
                String text = cell.startsWith("\"") ? cell.substring(1) : cell;
                assertFalse(
                    text.startsWith("=") || text.startsWith("+") || text.startsWith("@"),
                    list + ": a cell a spreadsheet would run: " + cell);
              }
            }
            assertTrue(csv.body().contains("'" + FORMULA), list + ": the formula is kept, defused");
          });
    }
    assertAll(checks);
  }

  @Test
  void theCalendarEscapesTheTextAndNoLineCanBeInjected() {
    storeHostileTextInEveryTextField();
    HttpResponse<String> ics = admin.get("meetings?format=ics&size=200&q=" + TAG, "text/calendar");

    assertEquals(200, ics.statusCode(), ics.body());
    String unfolded = ics.body().replace("\r\n ", "").replace("\r\n\t", "");
    assertTrue(unfolded.contains(TAG), unfolded);
    for (String line : unfolded.split("\r\n")) {
      assertFalse(line.startsWith("X-INJECTED"), "a line was injected: " + line);
      if (line.startsWith("SUMMARY") && line.contains(TAG)) {
        assertTrue(line.contains("alert(1)\\; a\\,b"), "commas and semicolons escaped: " + line);
      }
    }
    List<String> lines = List.of(unfolded.split("\r\n"));
    assertEquals(
        lines.stream().filter("BEGIN:VEVENT"::equals).count(),
        lines.stream().filter("END:VEVENT"::equals).count(),
        "every event ends once, where it should");
  }

  @Test
  void theBriefingBookPrintsTheTextAsText() throws Exception {
    storeHostileTextInEveryTextField();
    HttpResponse<byte[]> pdf =
        admin.download("missions/" + ids.get("missions") + "/briefing", "application/pdf");

    assertEquals(200, pdf.statusCode());
    try (var document = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertTrue(text.contains(SCRIPT), text);
      assertTrue(text.contains("onerror=alert(1)>"), text);
    }
  }

  @Test
  void aJavascriptAddressIsRefusedAsASource() {
    storeHostileTextInEveryTextField();
    HttpResponse<String> refused =
        officer.postJson(
            "statements",
            statement(ids.get("stakeholders"), ids.get("missions"), LINK).build().toString());

    assertEquals(400, refused.statusCode(), refused.body());
    assertTrue(Answers.errors(refused, 400).containsKey("source.url"), refused.body());
  }

  private JsonObjectBuilder statement(long stakeholder, long mission, String url) {
    return Json.createObjectBuilder()
        .add("stakeholderId", stakeholder)
        .add("date", "2026-06-01")
        .add("stance", "CONCERNED")
        .add("sectors", Json.createArrayBuilder().add("CANOLA"))
        .add("text", HOSTILE)
        .add("source", Json.createObjectBuilder().add("publication", HOSTILE).add("url", url))
        .add("missionId", mission)
        .add("classification", "UNCLASSIFIED");
  }

  private long create(ApiClient client, String resource, JsonObjectBuilder body) {
    HttpResponse<String> created = client.postJson(resource, body.build().toString());
    assertEquals(201, created.statusCode(), resource + ": " + created.body());
    JsonObject record = Answers.json(created);
    long id = record.getJsonNumber("id").longValue();
    ids.putIfAbsent(resource, id);
    return id;
  }

  /**
   * The page holds no script, image or handler that the stored text brought, no {@code javascript:}
   * link, and shows the text as a user would read it.
   */
  private void assertShownAsText(String path) {
    HttpResponse<String> page =
        RawHttp.send(
            RawHttp.request(URI.create(deployment.toString()).resolve(path))
                .header("Authorization", RawHttp.basic("admin"))
                .GET());
    String what = path + " (" + page.statusCode() + ")";
    assertEquals(200, page.statusCode(), what);
    assertFalse(page.body().contains(SCRIPT), what + " holds the script as markup");
    assertFalse(page.body().contains("<img src=x"), what + " holds the image as markup");
    Document document = Jsoup.parse(page.body());
    for (Element element : document.getAllElements()) {
      assertFalse(
          element.is("img[src=x]") || element.is("script") && element.data().contains("alert(1)"),
          what + ": " + element.outerHtml());
      for (Attribute attribute : element.attributes()) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
        assertFalse(
            name.startsWith("on") && value.contains("alert(1)"), what + ": " + element.outerHtml());
        assertFalse(
            (name.equals("href") || name.equals("src") || name.equals("action"))
                && value.startsWith("javascript:"),
            what + ": " + element.outerHtml());
      }
    }
    if (!path.startsWith("index.xhtml") && !path.startsWith("sectors/index")) {
      String shown =
          document.body().text()
              + " "
              + document.select("input, textarea").eachAttr("value")
              + " "
              + document.select("textarea").text();
      assertTrue(shown.contains(SCRIPT) || shown.contains(TAG), what + " shows the text");
    }
  }
}
