package ca.gc.engagement.cluster;

import static ca.gc.engagement.support.Answers.etag;
import static ca.gc.engagement.support.Answers.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.support.ApiClient;
import ca.gc.engagement.support.Browser;
import jakarta.json.JsonObject;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two WildFly nodes of the HA server on one shared database (offsets 1000 and 1100): a desk officer
 * opens a follow-up's edit form on node 1, node 1 dies (SIGKILL), and the officer saves the form on
 * node 2 with the same session cookie: nobody signs in again, the form's view state is there, the
 * edit is saved. Node 1 comes back and shows the edit; a later edit on node 2 is read on node 1,
 * not a copy node 1 cached. The overdue check ran once for the day, on one node. Run by {@code mvn
 * -B verify -Pcluster}.
 */
class TwoNodeClusterIT {

  private static final ZoneId OTTAWA = ZoneId.of("America/Toronto");
  private static final Duration BOOT = Duration.ofSeconds(240);

  /** How long the officer spends on the form before saving it. */
  private static final Duration TYPING = Duration.ofSeconds(2);

  private static ClusterDatabase database;
  private static ClusterNode node1;
  private static ClusterNode node2;

  @BeforeAll
  static void startTheCluster() {
    Path build = Path.of(System.getProperty("engagement.build.directory", "target"));
    Path server = Path.of(System.getProperty("engagement.ha.server"));
    Path nodes = build.resolve("cluster");
    // A fresh start: no node directory, no database from an earlier run.
    Trees.delete(nodes);
    Trees.delete(build.resolve("cluster-h2"));
    database = ClusterDatabase.start(build);
    int offset1 = Integer.getInteger("engagement.cluster.offset1", 1000);
    int offset2 = Integer.getInteger("engagement.cluster.offset2", 1100);
    String members = "127.0.0.1[%d],127.0.0.1[%d]".formatted(7600 + offset1, 7600 + offset2);
    node1 = new ClusterNode("node1", offset1, server, nodes, members, database.environment());
    node2 = new ClusterNode("node2", offset2, server, nodes, members, database.environment());
    // One after the other: the first migrates the schema and loads the demo dataset.
    node1.start();
    node1.awaitApplication(BOOT);
    node2.start();
    node2.awaitApplication(BOOT);
  }

  @AfterAll
  static void stopTheCluster() {
    if (node1 != null) {
      node1.stop();
    }
    if (node2 != null) {
      node2.stop();
    }
    if (database != null) {
      database.stop();
    }
  }

  @Test
  void aSessionAndItsOpenFormSurviveTheNodeThatServedThem() {
    long id = anOpenFollowUp();
    Browser officer = new Browser();
    Document dashboard = officer.signIn(node1.app(), "officer");
    assertNotNull(dashboard.getElementById("due-heading"), "signed in on node 1");
    Document form = officer.open(node1.app().resolve("follow-ups/edit.xhtml?id=" + id));
    assertNotNull(form.getElementById("followUp"), "the edit form on node 1");

    officerTypes();
    node1.kill();

    String edited = "Send the minister's letter of thanks (edited on node 2) " + unique();
    Document saved =
        officer.submit(
            on(node2, form), "followUp", Map.of("followUp:description", edited), "followUp:save");
    assertEquals(
        "/engagement/follow-ups/follow-up.xhtml",
        officer.lastResponse().uri().getPath(),
        "the form's post was taken on node 2, in the session begun on node 1:\n" + saved.text());
    assertEquals("Follow-up saved.", saved.selectFirst(".notice-info").text());
    assertEquals(edited, saved.getElementById("record-title").text());

    node1.start();
    node1.awaitApplication(BOOT);
    Document onNode1 = officer.open(node1.app().resolve("follow-ups/follow-up.xhtml?id=" + id));
    assertEquals(
        edited,
        text(onNode1, "record-title"),
        "node 1, back, shows node 2's edit in the same session (no sign-in page)");

    ApiClient reader = ApiClient.as(url(node1.app()), "officer");
    ApiClient writer = ApiClient.as(url(node2.app()), "officer");
    URI record = reader.uri("follow-ups/" + id);
    HttpResponse<String> before = reader.get(record);
    String later = "Send the minister's letter of thanks (revised on node 2) " + unique();
    HttpResponse<String> revised =
        writer.put(writer.uri("follow-ups/" + id), etag(before), revision(json(before), later));
    assertEquals(200, revised.statusCode(), revised.body());
    assertEquals(
        later, json(reader.get(record)).getString("description"), "node 1 reads node 2's edit");
  }

  /**
   * Node 1 keeps lists and carve-outs in Hibernate's caches; what node 2 writes makes them stale on
   * node 1 at once (replicated timestamps, invalidated entities): a meeting node 2 schedules is in
   * node 1's next list, and a carve-out node 2 declares is in node 1's next screening.
   */
  @Test
  void whatOneNodeWritesIsInTheOtherNodesNextListAndScreening() {
    String topic = "clustertopic" + unique().substring(0, 8).toLowerCase(java.util.Locale.ROOT);
    ApiClient onNode1 = ApiClient.as(url(node1.app()), "officer");
    ApiClient officerOnNode2 = ApiClient.as(url(node2.app()), "officer");
    ApiClient adminOnNode2 = ApiClient.as(url(node2.app()), "admin");
    String list = "meetings?q=" + topic;
    String proposal =
        """
        {"parties": ["CA", "CN"], "sectors": [], "regions": [],
         "text": "Joint research on %s", "date": "2026-06-01"}
        """
            .formatted(topic);
    for (int i = 0; i < 2; i++) { // the second answer comes from node 1's caches
      assertEquals(0, json(onNode1.get(list)).getInt("total"));
      assertEquals("CLEAR", json(onNode1.postJson("screenings", proposal)).getString("verdict"));
    }

    HttpResponse<String> scheduled =
        officerOnNode2.postJson(
            "meetings",
            """
            {"title": "Roundtable on %s", "kind": "BILATERAL",
             "startsAt": "2026-06-04T14:00:00Z", "endsAt": "2026-06-04T15:00:00Z",
             "timeZone": "America/Toronto", "location": "Ottawa", "country": "CN",
             "participants": [], "topics": [], "agenda": "Research", "classification": "UNCLASSIFIED"}
            """
                .formatted(topic));
    assertEquals(201, scheduled.statusCode(), scheduled.body());
    assertEquals(1, json(onNode1.get(list)).getInt("total"), "node 1's list after node 2's write");

    String code = "CLUSTER_" + topic.substring(12).toUpperCase(java.util.Locale.ROOT);
    HttpResponse<String> declared =
        adminOnNode2.postJson(
            "carve-outs",
            """
            {"code": "%s", "name": "Research on %s",
             "rationale": "Not shared with the counterpart.", "policyBasis": "Guidance",
             "sectors": [], "regions": [], "keywords": ["%s"], "countries": ["CN"],
             "effectiveFrom": "2026-01-01", "mode": "PROHIBIT", "classification": "UNCLASSIFIED"}
            """
                .formatted(code, topic, topic));
    assertEquals(201, declared.statusCode(), declared.body());
    JsonObject screened = json(onNode1.postJson("screenings", proposal));
    assertEquals("PROHIBITED", screened.getString("verdict"), "node 1 after node 2's carve-out");
    assertEquals(code, screened.getJsonArray("matches").getJsonObject(0).getString("carveOut"));
  }

  @Test
  void theOverdueCheckRunsOnceADayForTheWholeCluster() {
    LocalDate today = LocalDate.now(OTTAWA);
    Browser officer = new Browser();
    Document dashboard = officer.signIn(node2.app(), "officer");
    Instant until = Instant.now().plus(Duration.ofSeconds(150));
    while (dashboard.getElementById("overdue-check") == null && Instant.now().isBefore(until)) {
      pause();
      dashboard = officer.open(node2.app());
    }
    Element check = dashboard.getElementById("overdue-check");
    assertNotNull(check, "the overdue check has run (it ticks every minute)");
    assertTrue(check.text().contains(today.toString()), check.text());
    assertTrue(
        !check.select("ul.went-overdue li").isEmpty(), "the demo's late follow-ups are named");

    Pattern run = Pattern.compile("Overdue follow-ups checked for " + today + " on ");
    long runs =
        run.matcher(node1.log()).results().count() + run.matcher(node2.log()).results().count();
    assertEquals(1, runs, "one run for the day across both nodes' logs");
  }

  /** The first open follow-up the officer may edit (the demo dataset's). */
  private static long anOpenFollowUp() {
    HttpResponse<String> open =
        ApiClient.as(url(node1.app()), "officer").get("follow-ups?status=OPEN&size=1");
    assertEquals(200, open.statusCode(), open.body());
    return json(open).getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
  }

  private static String revision(JsonObject current, String description) {
    return """
        {"description": "%s", "originKind": "%s", "originId": %d, "owner": "%s",
         "dueDate": "%s", "classification": "%s"}
        """
        .formatted(
            description,
            current.getString("originKind"),
            current.getJsonNumber("originId").longValue(),
            current.getString("owner"),
            current.getString("dueDate"),
            current.getString("classification"));
  }

  /** The same page as if it had been served by {@code node}: its form posts there. */
  private static Document on(ClusterNode node, Document page) {
    URI there =
        node.app()
            .resolve(URI.create(page.location()).getRawPath().replaceFirst("^/engagement/", ""));
    return Jsoup.parse(
        page.outerHtml(), there.toString() + "?" + URI.create(page.location()).getRawQuery());
  }

  private static String text(Document page, String id) {
    Element element = page.getElementById(id);
    assertNotNull(element, "no #" + id + " on " + page.location() + ":\n" + page.text());
    return element.text();
  }

  private static URL url(URI uri) {
    try {
      return uri.toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private static void pause() {
    try {
      Thread.sleep(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * The officer reads the form and types before saving. WildFly copies a request's session changes
   * to the other owner as that request ends, which can be just after its answer has left: a node
   * killed within milliseconds of answering lost the form's view (the page came back "expired" on
   * node 2; docs/cluster.md). A person's pause is what the guarantee is about.
   */
  private static void officerTypes() {
    try {
      Thread.sleep(TYPING.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
