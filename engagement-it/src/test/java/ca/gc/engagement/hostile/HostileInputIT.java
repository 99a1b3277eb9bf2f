package ca.gc.engagement.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.api.ResourceMethods;
import ca.gc.engagement.api.ResourceMethods.ResourceMethod;
import ca.gc.engagement.support.Answers;
import ca.gc.engagement.support.ApiClient;
import ca.gc.engagement.support.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every write operation of API v1 fed the corpus of bad requests ({@link Corpus}, from {@code
 * hostile/corpus.json}), as an administrator so that no role or clearance refusal hides what is
 * tested: each answer is a 4xx problem (type, title, status, detail) and never a 5xx or a trace,
 * and the database holds exactly what it held before, every table compared by its contents.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {

  private static final String CONTEXT_ROOT = "/engagement";

  /** A refusal that is about the request; 401 and 403 would be about the caller instead. */
  private static final Set<Integer> REFUSALS = Set.of(400, 404, 409, 412, 413, 415, 422, 428);

  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    EnterpriseArchive ear = Deployments.builtEar();
    ear.getAsType(WebArchive.class, "engagement-web.war")
        .addClass(DatabaseFingerprintServlet.class);
    return ear;
  }

  @ArquillianResource URL deployment;

  private final Corpus corpus = Corpus.read();

  @Test
  void everyWriteOperationOfTheApiHasItsBadRequests() throws IOException {
    assertEquals(
        new TreeSet<>(writeOperations().keySet()),
        new TreeSet<>(corpus.operations().keySet()),
        "hostile/corpus.json must describe every write operation the WAR declares, and no other");
  }

  @Test
  void everyBadRequestIsRefusedWithAProblemAndTheDatabaseHoldsWhatItHeld() throws IOException {
    Map<String, ResourceMethod> declared = writeOperations();
    Map<String, Target> targets = new TreeMap<>();
    List<BadRequest> corpusRequests = new ArrayList<>();
    for (var op : corpus.operations().values()) {
      Target target = op.target() == null ? null : target(op.key(), op.target(), op.seed());
      targets.put(op.key(), target);
      corpusRequests.addAll(
          corpus.badRequests(
              op,
              declared.get(op.key()).ifMatch(),
              target == null ? Map.of() : target.placeholders()));
    }
    DatabaseFingerprint before = DatabaseFingerprint.of(deployment);

    Map<Integer, Integer> statuses = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    for (BadRequest bad : corpusRequests) {
      HttpResponse<String> answer = send(bad, targets.get(bad.operation()));
      statuses.merge(answer.statusCode(), 1, Integer::sum);
      String failure = judged(bad, answer);
      if (failure != null) {
        failures.add(bad + ": " + failure);
      }
    }

    String changed = DatabaseFingerprint.of(deployment).differencesFrom(before);
    System.out.printf(
        "Hostile corpus: %d requests over %d operations; statuses %s; %d not as expected;"
            + " database changed: %s%n",
        corpusRequests.size(),
        corpus.operations().size(),
        statuses,
        failures.size(),
        changed.isEmpty() ? "no" : changed);
    failures.forEach(f -> System.out.println("  " + f));
    assertTrue(
        failures.isEmpty(),
        failures.size()
            + " not refused as they must be:\n"
            + failures.stream().limit(80).collect(Collectors.joining("\n")));
    assertEquals("", changed, "the database changed");
  }

  /**
   * Query parameters no list can use, on every read the WAR declares with query parameters: a 4xx
   * problem, never a 5xx; an unknown status too, on every list (issue 17: the search kinds answered
   * it with no records).
   */
  @Test
  void everyReadRefusesQueryValuesItCannotUse() throws IOException {
    Path ear = Path.of(System.getProperty("engagement.ear"));
    String base = ResourceMethods.base(ear, CONTEXT_ROOT);
    List<String> refusedEverywhere =
        List.of(
            "country=ZZ",
            "country=%00",
            "sector=NO_SUCH_SECTOR",
            "sector=%E2%80%AE",
            "from=2026-02-30",
            "to=yesterday",
            "page=-1",
            "size=0",
            "size=100000",
            "page=99999999999",
            "sort=nope,asc",
            "sort=title,sideways",
            "status=NOPE",
            "on=2026-13-01");
    List<String> neverAFault = List.of("q=%00", "q=%27%3B--", "q=" + "x".repeat(4000));
    ApiClient admin = ApiClient.as(deployment, "admin");
    List<String> failures = new ArrayList<>();
    int sent = 0;
    int ignored = 0;
    for (ResourceMethod read : ResourceMethods.of(ear, CONTEXT_ROOT)) {
      if (!read.method().equals("GET") || !read.query()) {
        continue;
      }
      String path = read.path().substring(base.length() + 1).replace("{id}", "1");
      for (String parameter : refusedEverywhere) {
        HttpResponse<String> answer = admin.get(path + "?" + parameter);
        sent++;
        if (answer.statusCode() == 200) {
          ignored++;
          continue;
        }
        String failure =
            judged(
                new BadRequest("GET " + path, parameter, null, null, null, null, Set.of()), answer);
        if (failure != null) {
          failures.add("GET " + path + "?" + parameter + ": " + failure);
        }
      }
      for (String parameter : neverAFault) {
        HttpResponse<String> answer = admin.get(path + "?" + parameter);
        sent++;
        if (answer.statusCode() >= 500) {
          failures.add("GET " + path + "?" + parameter + ": " + abbreviated(answer.body()));
        }
      }
    }
    System.out.printf(
        "Hostile reads: %d requests, %d answered 200; %d not as expected%n",
        sent, ignored, failures.size());
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  /**
   * The corpus varies bodies the API accepts: sent as they are (new records only, with titles of
   * their own), they are stored; so each refusal above is the variation's doing.
   */
  @Test
  void theBodiesTheCorpusVariesAreAccepted() {
    ApiClient admin = ApiClient.as(deployment, "admin");
    for (String op : List.of("missions", "stakeholders", "trade-measures", "agreements")) {
      JsonObject body = corpus.operations().get("POST " + op).body();
      String unique = " " + UUID.randomUUID();
      JsonObject mine =
          (JsonObject)
              Fields.set(
                  Fields.remove(body, "missionId"),
                  body.containsKey("title") ? "title" : "name",
                  Json.createValue(
                      body.getString(body.containsKey("title") ? "title" : "name") + unique));
      HttpResponse<String> created = admin.postJson(op, mine.toString());
      assertEquals(201, created.statusCode(), op + ": " + created.body());
    }
    HttpResponse<String> screened =
        admin.postJson("screenings", corpus.operations().get("POST screenings").body().toString());
    assertEquals(200, screened.statusCode(), screened.body());
  }

  /** What is wrong with the answer to a bad request, or null if it is a proper refusal. */
  private static String judged(BadRequest bad, HttpResponse<String> answer) {
    int status = answer.statusCode();
    boolean expected =
        bad.expected().isEmpty() ? REFUSALS.contains(status) : bad.expected().contains(status);
    if (!expected) {
      return "answered "
          + status
          + (bad.expected().isEmpty() ? "" : ", not " + bad.expected())
          + " "
          + abbreviated(answer.body());
    }
    String body = answer.body();
    if (body.contains("Exception") || body.contains(".java:") || body.contains("\tat ")) {
      return "the answer shows a trace: " + abbreviated(body);
    }
    if (!Answers.mediaType(answer).equals("application/problem+json")) {
      return "answered " + Answers.mediaType(answer) + ", not a problem: " + abbreviated(body);
    }
    JsonObject problem;
    try (var reader = Json.createReader(new StringReader(body))) {
      problem = reader.readObject();
    } catch (jakarta.json.JsonException notJson) {
      return "the problem is not JSON: " + abbreviated(body);
    }
    for (String member : List.of("type", "title", "detail")) {
      if (problem.get(member) == null
          || problem.get(member).getValueType() != JsonValue.ValueType.STRING
          || problem.getString(member).isBlank()) {
        return "the problem has no " + member + ": " + abbreviated(body);
      }
    }
    if (!problem.containsKey("status") || problem.getInt("status") != status) {
      return "the problem's status is not " + status + ": " + abbreviated(body);
    }
    return null;
  }

  private HttpResponse<String> send(BadRequest bad, Target target) {
    String address = bad.address() != null ? bad.address() : target == null ? null : target.key();
    String path = bad.path().replace("{id}", String.valueOf(address));
    path = path.replace("{code}", String.valueOf(address));
    ApiClient admin = ApiClient.as(deployment, "admin").waitingUpTo(Duration.ofSeconds(60));
    var request = admin.request(URI.create(deployment.toString()).resolve("api/v1/" + path));
    String type = bad.contentType();
    HttpRequest.BodyPublisher body;
    if (bad.body() == null) {
      body = HttpRequest.BodyPublishers.noBody();
    } else if (type != null && type.endsWith("; chunked")) {
      type = "application/json";
      byte[] bytes = bad.body();
      body = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
    } else {
      body = HttpRequest.BodyPublishers.ofByteArray(bad.body());
    }
    if (type != null) {
      request.header("Content-Type", type);
    }
    String ifMatch = ifMatch(bad, target);
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    request.method(bad.method(), body);
    try {
      return admin.send(request);
    } catch (IllegalStateException noAnswer) {
      throw new IllegalStateException(bad + ": " + noAnswer.getMessage(), noAnswer);
    }
  }

  private static String ifMatch(BadRequest bad, Target target) {
    if (target == null) {
      return null;
    }
    return switch (bad.ifMatch()) {
      case CURRENT -> target.etag();
      case NONE -> null;
      case STALE -> "\"" + target.key() + "-987654\"";
      case MALFORMED -> "version 0 please";
      case ANY -> "*";
      case OTHER_RECORD -> "\"" + target.key() + "0-0\"";
    };
  }

  /** The record an operation addresses: the first of the first list that has one. */
  record Target(String key, String etag, JsonObject record) {

    /** "{code}": its key; "{target.name}": its text field {@code name}. */
    Map<String, String> placeholders() {
      Map<String, String> placeholders = new TreeMap<>();
      placeholders.put("{code}", key);
      record.forEach(
          (name, value) -> {
            if (value instanceof jakarta.json.JsonString text) {
              placeholders.put("{target." + name + "}", text.getString());
            }
          });
      return placeholders;
    }
  }

  private Target target(String operation, String lists, JsonObject seed) {
    ApiClient admin = ApiClient.as(deployment, "admin");
    String seedList = lists.split("\\|")[0];
    if (seed != null && Answers.items(admin.get(seedList)).isEmpty()) {
      HttpResponse<String> seeded = admin.postJson(seedList, seed.toString());
      assertEquals(201, seeded.statusCode(), operation + " seed: " + seeded.body());
    }
    for (String list : lists.split("\\|")) {
      var items = Answers.items(admin.get(list));
      if (!items.isEmpty()) {
        JsonObject first = items.get(0);
        String key =
            first.containsKey("code") && !first.containsKey("id")
                ? first.getString("code")
                : String.valueOf(first.getJsonNumber("id").longValue());
        String collection = list.contains("?") ? list.substring(0, list.indexOf('?')) : list;
        HttpResponse<String> read = admin.get(collection + "/" + key);
        assertEquals(200, read.statusCode(), read.body());
        // A subscription has no tag: it takes no If-Match.
        return new Target(key, read.headers().firstValue("ETag").orElse(null), Answers.json(read));
      }
    }
    assertFalse(true, operation + ": no record in " + lists + " to address");
    return null;
  }

  /**
   * The WAR's write operations, keyed as the corpus keys them: "POST missions/{id}/transitions".
   */
  private static Map<String, ResourceMethod> writeOperations() throws IOException {
    Path ear = Path.of(System.getProperty("engagement.ear"));
    String base = ResourceMethods.base(ear, CONTEXT_ROOT);
    return ResourceMethods.of(ear, CONTEXT_ROOT).stream()
        .filter(m -> WRITES.contains(m.method()))
        .collect(
            Collectors.toMap(
                m -> m.method() + " " + m.path().substring(base.length() + 1), m -> m));
  }

  private static String abbreviated(String body) {
    String oneLine = body.replaceAll("\\s+", " ");
    return oneLine.length() > 300 ? oneLine.substring(0, 300) + "…" : oneLine;
  }
}
