package ca.gc.engagement.export;

import static ca.gc.engagement.support.Answers.errors;
import static ca.gc.engagement.support.Answers.json;
import static ca.gc.engagement.support.Answers.mediaType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.support.ApiClient;
import ca.gc.engagement.support.Deployments;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A CSV export of more than a page in one request (up to 10 000 rows): 450 meetings of this test,
 * 30 of them SECRET, exported at once are exactly the JSON list's pages end to end, in its order,
 * and only what the reader may see.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CsvExportIT {

  private static final int MEETINGS = 450;
  private static final int SECRET = 30;

  /** The word in the title of this test's meetings (one per deployment: the IT's own records). */
  private static String word;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.builtEar();
  }

  @ArquillianResource URL deployment;

  @BeforeEach
  void meetings() {
    if (word != null) {
      return;
    }
    String tag = "Export" + UUID.randomUUID().toString().substring(0, 8);
    var approver = ApiClient.as(deployment, "approver");
    IntStream.range(0, MEETINGS)
        .parallel()
        .forEach(
            i -> {
              // Five meetings share each start, so the order's tie-break on id is exercised too.
              // In 2001: last in the lists' newest-first order and never upcoming, so that they do
              // not crowd other tests' first pages or the dashboard's weeks ahead (same database).
              String day = String.format("2001-%02d-%02d", 1 + (i / 5) % 12, 1 + (i / 60) % 28);
              HttpResponse<String> created =
                  approver.postJson(
                      "meetings",
                      """
                      {"title": "%s meeting %d, with a comma", "kind": "BILATERAL",
                       "startsAt": "%sT01:00:00Z", "endsAt": "%sT02:00:00Z",
                       "timeZone": "UTC", "country": "JP", "participants": [],
                       "topics": ["CANOLA"], "classification": "%s"}
                      """
                          .formatted(tag, i, day, day, i < SECRET ? "SECRET" : "UNCLASSIFIED"));
              assertEquals(201, created.statusCode(), created.body());
            });
    word = tag;
  }

  private static List<CSVRecord> rows(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(mediaType(response).startsWith("text/csv"), mediaType(response));
    try (CSVParser parser =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(response.body()))) {
      return parser.getRecords();
    } catch (IOException e) {
      throw new AssertionError(response.body(), e);
    }
  }

  private static List<String> ids(List<CSVRecord> rows) {
    return rows.stream().map(r -> r.get("id")).toList();
  }

  private static String header(HttpResponse<String> response, String name) {
    return response.headers().firstValue(name).orElseThrow(() -> new AssertionError(name));
  }

  @Test
  void oneExportIsTheListsPagesEndToEndEachRowOnce() {
    var approver = ApiClient.as(deployment, "approver");
    HttpResponse<String> export = approver.get("meetings?format=csv&size=1000&q=" + word);
    List<CSVRecord> rows = rows(export);
    assertEquals(MEETINGS, rows.size());
    assertEquals(MEETINGS, new HashSet<>(ids(rows)).size(), "every row once");
    assertEquals(String.valueOf(MEETINGS), header(export, "X-Total-Count"));
    assertEquals("0", header(export, "X-Page"));
    assertEquals("1000", header(export, "X-Page-Size"));

    List<CSVRecord> pages = new ArrayList<>();
    List<String> jsonIds = new ArrayList<>();
    for (int page = 0; page < 3; page++) {
      HttpResponse<String> csvPage =
          approver.get("meetings?format=csv&size=200&page=" + page + "&q=" + word);
      assertEquals(String.valueOf(MEETINGS), header(csvPage, "X-Total-Count"));
      pages.addAll(rows(csvPage));
      JsonObject jsonPage = json(approver.get("meetings?size=200&page=" + page + "&q=" + word));
      jsonPage.getJsonArray("items").getValuesAs(JsonObject.class).stream()
          .map(m -> String.valueOf(m.getJsonNumber("id").longValue()))
          .forEach(jsonIds::add);
    }
    assertEquals(jsonIds, ids(rows), "the JSON list's order");
    assertEquals(
        pages.stream().map(CSVRecord::toList).toList(),
        rows.stream().map(CSVRecord::toList).toList(),
        "the 200-row CSV pages, concatenated");
  }

  @Test
  void aPageOfAnExportIsItsRowsOfTheWholeList() {
    var approver = ApiClient.as(deployment, "approver");
    List<String> all = ids(rows(approver.get("meetings?format=csv&size=1000&q=" + word)));
    HttpResponse<String> second = approver.get("meetings?format=csv&size=300&page=1&q=" + word);
    assertEquals(all.subList(300, MEETINGS), ids(rows(second)));
    assertEquals("1", header(second, "X-Page"));
    assertEquals("300", header(second, "X-Page-Size"));
    assertEquals(String.valueOf(MEETINGS), header(second, "X-Total-Count"));
  }

  @Test
  void aViewersExportHasNoSecretRow() {
    HttpResponse<String> export =
        ApiClient.as(deployment, "viewer").get("meetings?size=1000&q=" + word, "text/csv");
    List<CSVRecord> rows = rows(export);
    assertEquals(MEETINGS - SECRET, rows.size());
    assertTrue(rows.stream().noneMatch(r -> r.get("classification").equals("SECRET")));
    assertEquals(String.valueOf(MEETINGS - SECRET), header(export, "X-Total-Count"));
  }

  @Test
  void jsonStaysAtMost200AndCsvAtMost10000() {
    var viewer = ApiClient.as(deployment, "viewer");
    HttpResponse<String> json = viewer.get("meetings?size=1000&q=" + word);
    assertEquals(List.of("size"), List.copyOf(errors(json).keySet()));
    HttpResponse<String> csv = viewer.get("missions?format=csv&size=10001");
    assertTrue(errors(csv).get("size").contains("10000"), csv.body());
    HttpResponse<String> most = viewer.get("missions?format=csv&size=10000");
    assertEquals(200, most.statusCode(), most.body());
  }

  @Test
  void aRefusedFilterIsStillAProblemAndTheNextExportWorks() {
    var viewer = ApiClient.as(deployment, "viewer");
    HttpResponse<String> refused = viewer.get("stakeholders?format=csv&size=1000&status=GONE");
    assertEquals(List.of("status"), List.copyOf(errors(refused).keySet()), refused.body());
    for (String list :
        List.of(
            "missions",
            "meetings",
            "agreements",
            "statements",
            "stakeholders",
            "trade-measures",
            "follow-ups",
            "carve-outs")) {
      HttpResponse<String> export = viewer.get(list + "?format=csv&size=5000");
      long total = Long.parseLong(header(export, "X-Total-Count"));
      assertEquals(Math.min(total, 5000), rows(export).size(), list);
    }
  }
}
