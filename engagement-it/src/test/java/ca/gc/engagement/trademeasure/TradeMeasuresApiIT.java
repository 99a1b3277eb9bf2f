package ca.gc.engagement.trademeasure;

import static ca.gc.engagement.support.Answers.errors;
import static ca.gc.engagement.support.Answers.etag;
import static ca.gc.engagement.support.Answers.fields;
import static ca.gc.engagement.support.Answers.history;
import static ca.gc.engagement.support.Answers.items;
import static ca.gc.engagement.support.Answers.json;
import static ca.gc.engagement.support.Answers.location;
import static ca.gc.engagement.support.Answers.problem;
import static ca.gc.engagement.support.Records.readBackAsCreated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import ca.gc.engagement.support.AgainstTheBuiltEar;
import ca.gc.engagement.support.ApiClient;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** API v1 trade measures over real HTTP, with the demo dataset's tariff dispute. */
class TradeMeasuresApiIT extends AgainstTheBuiltEar {

  private static String solarPanels(String title, String extra) {
    return """
        {"title": "%s", "imposingCountry": "CA", "targetCountry": "CN", "type": "SURTAX",
         "productLines": [{"description": "Photovoltaic cells", "hsCode": "8541.42"},
                          {"description": "Solar panels", "hsCode": "8541.43"}],
         "sectors": ["CLEAN_ENERGY"],
         "source": {"publication": "Canada Gazette, Part I: notice of intent",
                    "url": "https://gazette.gc.ca/rp-pr/p1/2026/notice.html"},
         "inForceFrom": "2026-07-01",
         "rates": [{"effectiveFrom": "2026-07-01", "rate": 25, "note": "First year"}]
         %s,
         "classification": "UNCLASSIFIED"}
        """
        .formatted(title, extra);
  }

  private static String unique(String title) {
    return title + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  /** The id of the one demo measure with that title. */
  private long demo(ApiClient client, String title) {
    List<JsonObject> found =
        items(client.get("trade-measures?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8)));
    assertEquals(1, found.size(), title);
    return found.get(0).getJsonNumber("id").longValue();
  }

  @Test
  void aRecordedMeasureAnswers201WithItsLocationAndReadsBackTheSame() {
    var officer = ApiClient.as(deployment, "officer");
    String title = unique("Surtax on solar panels from China");

    HttpResponse<String> created = officer.postJson("trade-measures", solarPanels(title, ""));

    JsonObject measure = readBackAsCreated(created, "trade-measures", officer);
    assertEquals(title, measure.getString("title"));
    assertEquals("CA", measure.getString("imposingCountry"));
    assertEquals("CN", measure.getString("targetCountry"));
    assertEquals("SURTAX", measure.getString("type"));
    assertEquals("PROPOSED", measure.getString("status"));
    assertEquals(
        "8541.43", measure.getJsonArray("productLines").getJsonObject(1).getString("hsCode"));
    assertEquals(
        "Solar panels",
        measure.getJsonArray("productLines").getJsonObject(1).getString("description"));
    assertEquals("CLEAN_ENERGY", measure.getJsonArray("sectors").getString(0));
    assertEquals(
        "https://gazette.gc.ca/rp-pr/p1/2026/notice.html",
        measure.getJsonObject("source").getString("url"));
    assertEquals("2026-07-01", measure.getString("inForceFrom"));
    JsonObject rate = measure.getJsonArray("rates").getJsonObject(0);
    assertEquals("2026-07-01", rate.getString("effectiveFrom"));
    assertEquals(new BigDecimal("25"), rate.getJsonNumber("rate").bigDecimalValue());
    assertEquals("First year", rate.getString("note"));
    assertFalse(measure.containsKey("rateToday"), "a proposal applies no rate");
    assertFalse(measure.containsKey("retaliatesAgainstId"));
    assertEquals("UNCLASSIFIED", measure.getString("classification"));
    assertEquals(0, measure.getInt("version"));
  }

  @Test
  void aRevisionNeedsTheVersionItWasMadeOnAndGoesIntoTheHistory() {
    var officer = ApiClient.as(deployment, "officer");
    String title = unique("Surtax on wind turbines from China");
    HttpResponse<String> created = officer.postJson("trade-measures", solarPanels(title, ""));
    URI location = location(created);

    problem(officer.put(location, null, solarPanels(title + " (amended)", "")), 428);
    HttpResponse<String> revised =
        officer.put(location, etag(created), solarPanels(title + " (amended)", ""));
    assertEquals(200, revised.statusCode(), revised.body());
    assertEquals(title + " (amended)", json(revised).getString("title"));
    assertNotEquals(etag(created), etag(revised));
    problem(
        ApiClient.as(deployment, "approver").put(location, etag(created), solarPanels(title, "")),
        412);

    List<JsonObject> revisions = history(officer.get(URI.create(location + "/history")));
    assertEquals(
        List.of("CREATED", "CHANGED"), revisions.stream().map(r -> r.getString("change")).toList());
    assertEquals(List.of("title"), fields(revisions.get(1)));
  }

  @Test
  void theDemoCanolaSeedDepositIs75Point8BeforeMarchAnd15FromMarch1() {
    var viewer = ApiClient.as(deployment, "viewer");
    long seed = demo(viewer, "Anti-dumping deposit on Canadian canola seed");

    JsonObject february = json(viewer.get("trade-measures/" + seed + "/rate?on=2026-02-28"));
    assertEquals("2026-02-28", february.getString("on"));
    assertEquals(new BigDecimal("75.8"), february.getJsonNumber("rate").bigDecimalValue());
    JsonObject march = json(viewer.get("trade-measures/" + seed + "/rate?on=2026-03-01"));
    assertEquals("2026-03-01", march.getString("on"));
    assertEquals(new BigDecimal("15"), march.getJsonNumber("rate").bigDecimalValue());

    JsonObject before = problem(viewer.get("trade-measures/" + seed + "/rate?on=2025-08-13"), 404);
    assertEquals(
        "Trade measure "
            + seed
            + " applied no rate on 2025-08-13: it was not in force that day, or states no rate"
            + " for it.",
        before.getString("detail"));
    assertEquals(
        Map.of("on", "Give the date as YYYY-MM-DD, for example 2026-01-13."),
        errors(viewer.get("trade-measures/" + seed + "/rate?on=28.02.2026")));
    problem(viewer.get("trade-measures/987654321/rate?on=2026-02-28"), 404);

    JsonObject measure = json(viewer.get("trade-measures/" + seed));
    assertEquals(
        List.of("2025-08-14", "2026-03-01"),
        measure.getJsonArray("rates").stream()
            .map(r -> r.asJsonObject().getString("effectiveFrom"))
            .toList());
  }

  @Test
  void aLaterRateAndATransitionTakeTheVersionReadAndShowInTheRateOnADay() {
    var officer = ApiClient.as(deployment, "officer");
    HttpResponse<String> created =
        officer.postJson("trade-measures", solarPanels(unique("Surtax on inverters"), ""));
    URI location = location(created);
    URI rates = URI.create(location + "/rates");
    URI transitions = URI.create(location + "/transitions");
    String secondYear =
        """
        {"effectiveFrom": "2027-07-01", "rate": 12.5, "note": "Second year"}
        """;

    problem(officer.post(rates, null, secondYear), 428);
    HttpResponse<String> rated = officer.post(rates, etag(created), secondYear);
    assertEquals(200, rated.statusCode(), rated.body());
    assertEquals(2, json(rated).getJsonArray("rates").size());
    problem(officer.post(rates, etag(created), secondYear), 412);
    Map<String, String> sameDay = errors(officer.post(rates, etag(rated), secondYear), 422);
    assertEquals(List.of("effectiveFrom"), List.copyOf(sameDay.keySet()));

    problem(officer.get(URI.create(location + "/rate?on=2027-08-01")), 404);
    HttpResponse<String> inForce =
        officer.post(
            transitions,
            etag(rated),
            """
            {"to": "IN_FORCE"}
            """);
    assertEquals(200, inForce.statusCode(), inForce.body());
    assertEquals("IN_FORCE", json(inForce).getString("status"));
    assertEquals(
        new BigDecimal("12.5"),
        json(officer.get(URI.create(location + "/rate?on=2027-08-01")))
            .getJsonNumber("rate")
            .bigDecimalValue());
    assertEquals(
        new BigDecimal("25"),
        json(officer.get(URI.create(location + "/rate?on=2026-07-01")))
            .getJsonNumber("rate")
            .bigDecimalValue());

    JsonObject back =
        problem(
            officer.post(
                transitions,
                etag(inForce),
                """
            {"to": "PROPOSED"}
            """),
            409);
    assertEquals(
        "A trade measure cannot go from IN_FORCE to PROPOSED. Allowed from IN_FORCE: LIFTED,"
            + " SUSPENDED.",
        back.getString("detail"));
    assertEquals(
        Map.of("to", "Say which status the measure moves to."),
        errors(officer.post(transitions, etag(inForce), "{}")));
    problem(
        ApiClient.as(deployment, "viewer")
            .post(
                transitions,
                etag(inForce),
                """
            {"to": "SUSPENDED"}
            """),
        403);

    List<JsonObject> revisions = history(officer.get(URI.create(location + "/history")));
    assertEquals(List.of("rates"), fields(revisions.get(1)));
    assertEquals(List.of("status", "tookEffect"), fields(revisions.get(2)));
  }

  @Test
  void theListFindsTheDisputeByCountrySectorStatusAndFirstDayInForce() {
    var viewer = ApiClient.as(deployment, "viewer");
    String chinaOnCanadianFood =
        "trade-measures?country=CN&sector=AGRI_FOOD&status=IN_FORCE&from=2025-01-01&to=2025-12-31";

    assertEquals(
        List.of(
            "Anti-dumping deposit on Canadian canola seed",
            "Tariff on Canadian pork",
            "Tariff on Canadian canola oil, canola meal and peas"),
        titles(viewer.get(chinaOnCanadianFood)));
    assertEquals(
        List.of(
            "Anti-dumping deposit on Canadian canola seed",
            "Tariff on Canadian canola oil, canola meal and peas",
            "Tariff on Canadian pork"),
        titles(viewer.get(chinaOnCanadianFood + "&sort=title,asc")));
    assertEquals(
        List.of("Exemption of canola meal and peas from the retaliatory tariff"),
        titles(viewer.get("trade-measures?q=canola&status=PROPOSED")));
    JsonObject page = json(viewer.get(chinaOnCanadianFood + "&size=1&page=2"));
    assertEquals(3, page.getJsonNumber("total").longValue());
    assertEquals(
        "Tariff on Canadian canola oil, canola meal and peas",
        page.getJsonArray("items").getJsonObject(0).getString("title"));
  }

  @Test
  void aRetaliationImposedTheWrongWayIsA422NamingTheFieldAndNothingIsStored() {
    var officer = ApiClient.as(deployment, "officer");
    long ev = demo(officer, "Surtax on electric vehicles from China");
    String title = unique("Canadian surtax answering our own surtax");

    JsonObject refused =
        problem(
            officer.postJson(
                "trade-measures", solarPanels(title, ", \"retaliatesAgainstId\": " + ev)),
            422);

    String reason =
        "“Surtax on electric vehicles from China” is imposed by Canada on China: a retaliation"
            + " against it is imposed by China on Canada.";
    assertEquals(reason, refused.getString("detail"));
    assertEquals(
        Map.of("retaliatesAgainstId", reason),
        errors(
            officer.postJson(
                "trade-measures", solarPanels(title, ", \"retaliatesAgainstId\": " + ev)),
            422));
    assertEquals(
        0,
        json(officer.get("trade-measures?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8)))
            .getJsonNumber("total")
            .longValue());
  }

  @Test
  void anInvalidMeasureIsA400NamingEachField() {
    Map<String, String> errors =
        errors(
            ApiClient.as(deployment, "officer")
                .postJson(
                    "trade-measures",
                    """
                    {"title": "", "imposingCountry": "CA", "targetCountry": "CA",
                     "productLines": [{"description": "Pork", "hsCode": "pork"}],
                     "sectors": ["Pork"], "inForceFrom": "2026-01-01",
                     "rates": [{"effectiveFrom": "2025-01-01", "rate": -1}]}
                    """));
    assertEquals(
        List.of(
            "classification",
            "productLines[0].hsCode",
            "rates",
            "rates[0].rate",
            "sectors",
            "source",
            "targetCountry",
            "title",
            "type"),
        List.copyOf(errors.keySet()));
    assertEquals(
        "A country does not impose a measure on itself: choose a target other than the imposing"
            + " country.",
        errors.get("targetCountry"));
    assertEquals("A rate cannot be negative.", errors.get("rates[0].rate"));
  }

  @Test
  void listParametersThatMakeNoSenseAreA400NamingEachOne() {
    var viewer = ApiClient.as(deployment, "viewer");
    assertEquals(
        Map.of(
            "status", "Filter by one of these statuses: PROPOSED, IN_FORCE, SUSPENDED, LIFTED.",
            "sort",
                "Sort by one of these fields, followed by ,asc or ,desc if need be: inForceFrom,"
                    + " title, status.",
            "sector",
                "A sector code is written in capitals with underscores, for example AGRI_FOOD."),
        errors(viewer.get("trade-measures?status=ACTIVE&sort=date&sector=agri")));
    assertEquals(
        Map.of(
            "sector",
            "There is no sector UNOBTAINIUM. Choose a sector from the list, for example AGRI_FOOD."),
        errors(viewer.get("trade-measures?sector=UNOBTAINIUM")));
    assertEquals(
        Map.of("size", "A page holds between 1 and 200 records."),
        errors(viewer.get("trade-measures?size=201")));
  }

  @Test
  void unknownMeasuresWrongRolesAndNoCredentialsAreRefused() {
    var viewer = ApiClient.as(deployment, "viewer");
    problem(viewer.get("trade-measures/987654321"), 404);
    problem(viewer.get("trade-measures/987654321/history"), 404);
    problem(viewer.postJson("trade-measures", solarPanels(unique("Viewer's surtax"), "")), 403);
    problem(ApiClient.anonymous(deployment).get("trade-measures"), 401);
  }

  private static List<String> titles(HttpResponse<String> list) {
    return items(list).stream().map(m -> m.getString("title")).toList();
  }
}
