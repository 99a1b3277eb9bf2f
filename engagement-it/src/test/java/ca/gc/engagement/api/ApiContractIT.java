package ca.gc.engagement.api;

import static ca.gc.engagement.support.Answers.errors;
import static ca.gc.engagement.support.Answers.etag;
import static ca.gc.engagement.support.Answers.json;
import static ca.gc.engagement.support.Answers.location;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.security.DemoRecords;
import ca.gc.engagement.support.AgainstTheBuiltEar;
import ca.gc.engagement.support.ApiClient;
import ca.gc.engagement.support.NewRecords;
import ca.gc.engagement.support.Records;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * API v1's contract with the systems that integrate with it (issue 17), on every collection: a
 * {@code PUT} takes back what the record's {@code GET} gave; every field or parameter it cannot
 * take is a 400 naming it, with nothing stored; a record and a list answer {@code 304} to their own
 * tag while nothing their caller sees changed; a list says its total and links its pages; an export
 * is an attachment with a name.
 */
class ApiContractIT extends AgainstTheBuiltEar {

  private static final Pattern LINK = Pattern.compile("<([^>]+)>; rel=\"(\\w+)\"");

  /** A status each kind's new record is not in, and may not be put in by PUT. */
  private static final Map<String, String> ANOTHER_STATUS =
      Map.of(
          "missions", "CANCELLED",
          "meetings", "CANCELLED",
          "agreements", "WITHDRAWN",
          "statements", "WITHDRAWN",
          "stakeholders", "ARCHIVED",
          "trade-measures", "LIFTED",
          "follow-ups", "DONE",
          "carve-outs", "RETIRED");

  static Stream<String> collections() {
    return Records.COLLECTIONS.stream();
  }

  static Stream<String> collectionsAndSectors() {
    return Stream.concat(Records.COLLECTIONS.stream(), Stream.of("sectors"));
  }

  /**
   * The very body a GET gave, put back with its tag: accepted, the record as it was (a PUT that
   * changes nothing records nothing, so most kinds keep their version; those whose lists are
   * replaced count one more). Edited in one of its own fields, the same body is a change.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("collectionsAndSectors")
  void aRecordPutBackAsItWasReadIsAccepted(String collection) {
    Fresh fresh = fresh(collection);
    ApiClient admin = fresh.admin();
    URI record = fresh.uri();
    HttpResponse<String> read = fresh.read();
    JsonObject before = json(read);

    HttpResponse<String> put = admin.put(record, etag(read), read.body());

    assertEquals(200, put.statusCode(), put.body());
    JsonObject same = json(put);
    assertTrue(version(same) - version(before) <= 1, same.toString());
    assertEquals(withoutVersion(before), withoutVersion(same), "nothing else changed");

    String field = editable(collection);
    String edited = before.getString(field) + " (edited)";
    HttpResponse<String> edit =
        admin.put(
            record,
            etag(put),
            Json.createObjectBuilder(same).add(field, edited).build().toString());

    assertEquals(200, edit.statusCode(), edit.body());
    assertEquals(version(same) + 1, version(json(edit)));
    assertEquals(edited, json(edit).getString(field));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("collections")
  void aReadOnlyFieldChangedIsRefusedNamingItAndNothingIsStored(String collection) {
    Fresh fresh = fresh(collection);
    ApiClient admin = fresh.admin();
    URI record = fresh.uri();
    HttpResponse<String> read = fresh.read();
    JsonObject asRead = json(read);
    long id = asRead.getJsonNumber("id").longValue();

    Map<String, JsonValue> changes = new LinkedHashMap<>();
    changes.put("id", Json.createValue(id + 1_000_000));
    changes.put("version", Json.createValue(version(asRead) + 1));
    changes.put("status", Json.createValue(ANOTHER_STATUS.get(collection)));
    changes.forEach(
        (field, value) -> {
          String body = Json.createObjectBuilder(asRead).add(field, value).build().toString();
          Map<String, String> named = errors(admin.put(record, etag(read), body));
          assertEquals(Set.of(field), named.keySet(), collection + ": " + named);
          if (field.equals("status")) {
            assertTrue(named.get(field).contains("transitions"), named.get(field));
          }
        });

    HttpResponse<String> still = admin.get(record);
    assertEquals(etag(read), etag(still), "nothing stored");
    assertEquals(asRead, json(still));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("collectionsAndSectors")
  void anUnknownFieldIsRefusedNamingItWhetherCreatedOrPut(String collection) {
    ApiClient admin = ApiClient.as(deployment, "admin");
    NewRecords bodies = new NewRecords(new DemoRecords(deployment)::id);
    JsonObject body = parse(bodies.body(collection));
    String coloured = Json.createObjectBuilder(body).add("colour", "red").build().toString();

    long before = total(admin.get(collection));
    assertEquals(Set.of("colour"), errors(admin.postJson(collection, coloured)).keySet());
    assertEquals(before, total(admin.get(collection)), "nothing created");

    Fresh fresh = fresh(collection);
    URI record = fresh.uri();
    HttpResponse<String> read = fresh.read();
    String putBack = Json.createObjectBuilder(json(read)).add("colour", "red").build().toString();
    assertEquals(Set.of("colour"), errors(admin.put(record, etag(read), putBack)).keySet());
    assertEquals(etag(read), etag(admin.get(record)), "nothing stored");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("collectionsAndSectors")
  void aFieldOfTheWrongTypeIsRefusedNamingIt(String collection) {
    ApiClient admin = ApiClient.as(deployment, "admin");
    NewRecords bodies = new NewRecords(new DemoRecords(deployment)::id);
    JsonObject body = parse(bodies.body(collection));
    String field = firstText(body);
    String mistyped = Json.createObjectBuilder(body).add(field, 5).build().toString();

    assertEquals(Set.of(field), errors(admin.postJson(collection, mistyped)).keySet());
  }

  @Test
  void aDateGivenAsANumberOrAnUnknownConstantIsNamed() {
    ApiClient admin = ApiClient.as(deployment, "admin");
    JsonObject mission = parse(new NewRecords(new DemoRecords(deployment)::id).body("missions"));
    String body =
        Json.createObjectBuilder(mission)
            .add("startDate", 5)
            .add("classification", "TOP")
            .build()
            .toString();

    assertEquals(
        Set.of("startDate", "classification"), errors(admin.postJson("missions", body)).keySet());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("collections")
  void everyListRefusesAParameterOrValueItCannotUseNamingIt(String collection) {
    ApiClient viewer = ApiClient.as(deployment, "viewer");
    Map<String, String> refused = new LinkedHashMap<>();
    refused.put("status=NOPE", "status");
    refused.put("colour=red", "colour");
    refused.put("classification=SECRET", "classification");
    refused.put("sort=nope,asc", "sort");
    refused.put("country=ZZ", "country");
    refused.forEach(
        (parameter, name) ->
            assertEquals(
                Set.of(name),
                errors(viewer.get(collection + "?" + parameter)).keySet(),
                collection + "?" + parameter));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("collectionsAndSectors")
  void aRecordIsNotModifiedWhileItsVersionHolds(String collection) {
    Fresh fresh = fresh(collection);
    ApiClient admin = fresh.admin();
    URI record = fresh.uri();
    HttpResponse<String> read = fresh.read();

    HttpResponse<String> still = conditional(admin, record, etag(read));
    assertEquals(304, still.statusCode(), still.body());
    assertEquals(etag(read), etag(still));
    assertEquals("", still.body());

    String field = editable(collection);
    String edited =
        Json.createObjectBuilder(json(read))
            .add(field, json(read).getString(field) + " (edited)")
            .build()
            .toString();
    HttpResponse<String> put = admin.put(record, etag(read), edited);
    assertEquals(200, put.statusCode(), put.body());
    HttpResponse<String> changed = conditional(admin, record, etag(read));
    assertEquals(200, changed.statusCode());
    assertEquals(etag(put), etag(changed));
    assertEquals(json(put), json(changed));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("collections")
  void aListIsNotModifiedUntilSomethingItShowsChanges(String collection) {
    ApiClient admin = ApiClient.as(deployment, "admin");
    String list = collection + "?size=3";
    HttpResponse<String> first = admin.get(list);
    assertEquals(200, first.statusCode(), first.body());

    HttpResponse<String> still = admin.getUnlessStill(list, etag(first));
    assertEquals(304, still.statusCode(), still.body());
    assertEquals(etag(first), etag(still));

    created(admin, collection);
    HttpResponse<String> changed = admin.getUnlessStill(list, etag(first));
    assertEquals(200, changed.statusCode(), "the total changed, so the tag does");
    assertNotEquals(etag(first), etag(changed));
    assertEquals(total(first) + 1, total(changed));
  }

  /** A list's tag is made of what its reader sees: a record above them changes nothing. */
  @Test
  void aListTagDoesNotChangeForARecordAboveTheReader() {
    ApiClient viewer = ApiClient.as(deployment, "viewer");
    HttpResponse<String> before = viewer.get("missions?size=5");
    String secret =
        Json.createObjectBuilder(
                parse(new NewRecords(new DemoRecords(deployment)::id).body("missions")))
            .add("classification", "SECRET")
            .build()
            .toString();
    assertEquals(201, ApiClient.as(deployment, "admin").postJson("missions", secret).statusCode());

    HttpResponse<String> after = viewer.getUnlessStill("missions?size=5", etag(before));

    assertEquals(304, after.statusCode(), after.body());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("collections")
  void linksAndTheTotalWalkAWholeList(String collection) {
    ApiClient admin = ApiClient.as(deployment, "admin");
    long total = total(admin.get(collection + "?size=1"));
    int size = (int) Math.min(200, Math.max(2, (total + 3) / 4));
    String first = collection + "?size=" + size;

    Set<Long> seen = new HashSet<>();
    URI next = admin.uri(first);
    int page = 0;
    int pages = 0;
    Map<String, URI> links = Map.of();
    while (next != null) {
      HttpResponse<String> answer = admin.get(next);
      assertEquals(200, answer.statusCode(), answer.body());
      assertEquals(String.valueOf(total), header(answer, "X-Total-Count"));
      assertEquals(String.valueOf(page), header(answer, "X-Page"));
      assertEquals(String.valueOf(size), header(answer, "X-Page-Size"));
      links = links(answer);
      assertTrue(links.get("first").toString().contains("size=" + size), "" + links);
      assertTrue(links.get("first").isAbsolute(), "" + links);
      json(answer)
          .getJsonArray("items")
          .forEach(item -> seen.add(item.asJsonObject().getJsonNumber("id").longValue()));
      assertEquals(page > 0, links.containsKey("prev"), "" + links);
      next = links.get("next");
      page++;
      pages++;
      assertTrue(pages <= 10, "the walk ends");
    }
    assertEquals(total, seen.size(), "every record once");
    assertEquals(String.valueOf(page - 1), query(links.get("last")).get("page"));

    HttpResponse<String> csv = admin.get(first + "&format=csv");
    assertEquals(200, csv.statusCode(), csv.body());
    assertEquals(String.valueOf(total), header(csv, "X-Total-Count"));
    assertTrue(links(csv).get("last").toString().contains("format=csv"), "" + links(csv));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("collections")
  void aCsvExportIsAnAttachmentNamedAfterItsList(String collection) {
    HttpResponse<String> csv =
        ApiClient.as(deployment, "viewer").get(collection + "?format=csv&size=2");

    assertEquals(200, csv.statusCode(), csv.body());
    assertEquals(
        "attachment; filename=\"" + collection + ".csv\"", header(csv, "Content-Disposition"));
  }

  @Test
  void aCalendarIsAnAttachmentNamedAfterItsList() {
    ApiClient viewer = ApiClient.as(deployment, "viewer");
    long mission = new DemoRecords(deployment).id("missions");

    HttpResponse<String> meetings = viewer.get("meetings", "text/calendar");
    HttpResponse<String> timeline = viewer.get("missions/" + mission + "/meetings?format=ics");

    assertEquals(200, meetings.statusCode(), meetings.body());
    assertEquals("attachment; filename=\"meetings.ics\"", header(meetings, "Content-Disposition"));
    assertEquals(200, timeline.statusCode(), timeline.body());
    assertEquals(
        "attachment; filename=\"missions-" + mission + "-meetings.ics\"",
        header(timeline, "Content-Disposition"));
  }

  /** A record just created by the administrator, and its first read. */
  private record Fresh(ApiClient admin, URI uri, HttpResponse<String> read) {}

  private Fresh fresh(String collection) {
    ApiClient admin = ApiClient.as(deployment, "admin");
    URI uri = created(admin, collection);
    HttpResponse<String> read = admin.get(uri);
    assertEquals(200, read.statusCode(), read.body());
    return new Fresh(admin, uri, read);
  }

  /**
   * A new record of the collection, created by {@code admin}: where it lives. It is PROTECTED_B
   * (where the kind is classified): above the viewer, so that the lists and pages the other tests
   * read as a viewer on the same server do not fill with this test's records, and below what the
   * demo mission's briefing book is marked, so that an approver's book keeps its markings.
   */
  private URI created(ApiClient admin, String collection) {
    JsonObject body = parse(new NewRecords(new DemoRecords(deployment)::id).body(collection));
    if (body.containsKey("classification")) {
      body = Json.createObjectBuilder(body).add("classification", "PROTECTED_B").build();
    }
    HttpResponse<String> created = admin.postJson(collection, body.toString());
    assertEquals(201, created.statusCode(), collection + ": " + created.body());
    return location(created);
  }

  private static HttpResponse<String> conditional(ApiClient client, URI uri, String tag) {
    return client.send(client.request(uri).header("If-None-Match", tag).GET());
  }

  private static long version(JsonObject record) {
    return record.getJsonNumber("version").longValue();
  }

  private static JsonObject withoutVersion(JsonObject record) {
    return Json.createObjectBuilder(record).remove("version").build();
  }

  private static long total(HttpResponse<String> list) {
    assertEquals(200, list.statusCode(), list.body());
    return json(list).getJsonNumber("total").longValue();
  }

  private static JsonObject parse(String body) {
    try (var reader = Json.createReader(new java.io.StringReader(body))) {
      return reader.readObject();
    }
  }

  /** The first field of a body that holds a text: its title, name, code... */
  private static String firstText(JsonObject body) {
    return body.entrySet().stream()
        .filter(e -> e.getValue() instanceof JsonString)
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow();
  }

  /** A text field of the kind that a PUT may change. */
  private static String editable(String collection) {
    return switch (collection) {
      case "stakeholders", "carve-outs" -> "name";
      case "statements" -> "text";
      case "follow-ups" -> "description";
      case "sectors" -> "englishName";
      default -> "title";
    };
  }

  private static String header(HttpResponse<String> answer, String name) {
    return answer
        .headers()
        .firstValue(name)
        .orElseThrow(() -> new AssertionError("no " + name + ": " + answer.headers()));
  }

  private static Map<String, URI> links(HttpResponse<String> answer) {
    Map<String, URI> links = new LinkedHashMap<>();
    Matcher link = LINK.matcher(header(answer, "Link"));
    while (link.find()) {
      links.put(link.group(2), URI.create(link.group(1)));
    }
    return links;
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> parameters = new LinkedHashMap<>();
    for (String parameter : uri.getRawQuery().split("&")) {
      String[] pair = parameter.split("=", 2);
      parameters.put(pair[0], pair.length > 1 ? pair[1] : "");
    }
    return parameters;
  }
}
