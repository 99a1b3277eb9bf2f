package ca.gc.engagement.export;

import static ca.gc.engagement.support.Answers.csv;
import static ca.gc.engagement.support.Answers.errors;
import static ca.gc.engagement.support.Answers.json;
import static ca.gc.engagement.support.Answers.mediaType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.support.AgainstTheBuiltEar;
import ca.gc.engagement.support.ApiClient;
import ca.gc.engagement.support.Records;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVRecord;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A CSV export of more than a page in one request (up to 10 000 rows): 450 meetings of this test,
 * 30 of them SECRET, exported at once are exactly the JSON list's pages end to end, in its order,
 * and only what the reader may see. An export is spooled (decision 0030): its connection is back in
 * the pool before a client that does not read has its body, and an account runs at most two at
 * once.
 */
class CsvExportIT extends AgainstTheBuiltEar {

  private static final int MEETINGS = 450;
  private static final int SECRET = 30;

  /**
   * A long agenda (3 000 characters), so that an export of these meetings (about 1.4 MB) is far
   * more than a stalled client's socket buffers take: its copy to that client blocks.
   */
  private static final String AGENDA = "Talks on canola and seafood. ".repeat(100);

  /** The word in the title of this test's meetings (one per deployment: the IT's own records). */
  private static String word;

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
                       "topics": ["CANOLA"], "agenda": "%s", "classification": "%s"}
                      """
                          .formatted(
                              tag, i, day, day, AGENDA, i < SECRET ? "SECRET" : "UNCLASSIFIED"));
              assertEquals(201, created.statusCode(), created.body());
            });
    word = tag;
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
    List<CSVRecord> rows = csv(export);
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
      pages.addAll(csv(csvPage));
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
    List<String> all = ids(csv(approver.get("meetings?format=csv&size=1000&q=" + word)));
    HttpResponse<String> second = approver.get("meetings?format=csv&size=300&page=1&q=" + word);
    assertEquals(all.subList(300, MEETINGS), ids(csv(second)));
    assertEquals("1", header(second, "X-Page"));
    assertEquals("300", header(second, "X-Page-Size"));
    assertEquals(String.valueOf(MEETINGS), header(second, "X-Total-Count"));
  }

  @Test
  void aViewersExportHasNoSecretRow() {
    HttpResponse<String> export =
        ApiClient.as(deployment, "viewer").get("meetings?size=1000&q=" + word, "text/csv");
    List<CSVRecord> rows = csv(export);
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
    for (String list : Records.COLLECTIONS) {
      HttpResponse<String> export = viewer.get(list + "?format=csv&size=5000");
      long total = Long.parseLong(header(export, "X-Total-Count"));
      assertEquals(Math.min(total, 5000), csv(export).size(), list);
    }
  }

  /** Issue 15, item 3: a page whose offset overflows an int is a 400 naming page, never a 500. */
  @Test
  void aPageBeyondAnyListIsA400NamingPage() {
    var viewer = ApiClient.as(deployment, "viewer");
    for (String asked :
        List.of(
            "meetings?page=10737419&size=200",
            "missions?page=2147483647&size=2",
            "meetings?page=10737419&size=200&format=csv",
            "meetings?page=214749&size=10000&format=csv",
            "meetings?page=10737419&size=200&format=ics")) {
      HttpResponse<String> refused = viewer.get(asked);
      assertEquals(400, refused.statusCode(), asked + ": " + refused.body());
      assertEquals(List.of("page"), List.copyOf(errors(refused).keySet()), asked);
    }
    // 10 737 417 × 200 + 199 = 2 147 483 599: the last page whose rows an int addresses.
    assertEquals(200, viewer.get("meetings?page=10737417&size=200").statusCode(), "the last one");
  }

  /**
   * A list page ignores a page number in its address (its table pages through PrimeFaces, whose row
   * offset is an int the page number is derived from, so it cannot overflow): not a 500.
   */
  @Test
  void aListPageWithAHugePageNumberInItsAddressIsThePage() throws Exception {
    HttpResponse<String> page =
        ApiClient.as(deployment, "viewer")
            .acceptingAnything()
            .get(page("meetings/?page=10737419&size=200&first=2147483647"));
    assertEquals(200, page.statusCode(), page.body());
    assertTrue(page.body().contains("meetings-table"), "the list rendered");
  }

  /**
   * Issue 15, item 5: exports whose client reads nothing at all give their connection back to the
   * pool (management model: EngagementDS pool statistics, InUseCount 0 for a whole second) while
   * their bodies still wait for that client. Five exports of about 1.4 MB are asked on one
   * connection (pipelined) and not read: more than the socket buffers on both sides take (on
   * loopback the server's send buffer grows to 4 MB), so the server is stuck writing one of them.
   * The client then reads them all, whole, each with its length.
   */
  @Test
  void exportsGiveTheirConnectionBackBeforeTheClientReads() throws Exception {
    try (StalledExports stalled = StalledExports.open(deployment, "approver", word, 5)) {
      String status = stalled.statusLine();
      assertTrue(status.contains(" 200 "), status);
      long idleAfter = waitForIdlePool(Duration.ofSeconds(30));
      assertTrue(idleAfter >= 0, "a connection stays in use while the client does not read");
      System.out.printf(
          "stalled exports: pool idle for 1 s, from %d ms after the first status%n", idleAfter);
      String answers = stalled.readAll();
      List<Long> lengths =
          Pattern.compile("Content-Length: (\\d+)")
              .matcher(answers)
              .results()
              .map(m -> Long.parseLong(m.group(1)))
              .toList();
      assertEquals(5, lengths.size(), "five answers, each with its length");
      long bodies = lengths.stream().mapToLong(Long::longValue).sum();
      System.out.printf("stalled exports: %d bytes in all%n", bodies);
      assertTrue(bodies > 5_000_000, "more than the socket buffers take: " + bodies);
      assertTrue(lengths.stream().allMatch(lengths.get(0)::equals), lengths.toString());
      assertEquals(5, answers.split("\r\nid,version,", -1).length - 1, "five tables");
    }
  }

  /**
   * Issue 15, item 5: an account runs at most two exports at once; the others asked at the same
   * moment are 429 problems with Retry-After, while another account's export passes; afterwards the
   * account exports again. Six full exports (1.4 MB each, about half a second to read) asked at
   * once by one account: at least two pass, and the rest overlap them.
   */
  @Test
  void anAccountsExportsBeyondTwoAtOnceAre429() throws Exception {
    var approver = ApiClient.as(deployment, "approver");
    var viewer = ApiClient.as(deployment, "viewer");
    ExecutorService clients = Executors.newFixedThreadPool(7);
    try {
      CountDownLatch ready = new CountDownLatch(7);
      List<Future<HttpResponse<String>>> asked = new ArrayList<>();
      for (int i = 0; i < 7; i++) {
        var client = i == 6 ? viewer : approver;
        asked.add(
            clients.submit(
                () -> {
                  ready.countDown();
                  ready.await();
                  return client.get("meetings?format=csv&size=10000&q=" + word);
                }));
      }
      List<HttpResponse<String>> approvers = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        approvers.add(asked.get(i).get(60, TimeUnit.SECONDS));
      }
      HttpResponse<String> others = asked.get(6).get(60, TimeUnit.SECONDS);
      List<Integer> statuses = approvers.stream().map(HttpResponse::statusCode).sorted().toList();
      System.out.printf("six exports at once by one account: %s%n", statuses);
      assertTrue(statuses.stream().allMatch(c -> c == 200 || c == 429), statuses.toString());
      assertTrue(statuses.stream().filter(c -> c == 200).count() >= 2, statuses.toString());
      HttpResponse<String> refused =
          approvers.stream()
              .filter(r -> r.statusCode() == 429)
              .findFirst()
              .orElseThrow(() -> new AssertionError("no export refused: " + statuses));
      assertTrue(refused.body().contains("too-many-exports"), refused.body());
      assertTrue(mediaType(refused).startsWith("application/problem+json"), mediaType(refused));
      assertTrue(refused.headers().firstValue("Retry-After").isPresent(), "Retry-After");
      assertEquals(MEETINGS - SECRET, csv(others).size(), "another account's export passes");
    } finally {
      clients.shutdownNow();
    }
    assertEquals(10, csv(approver.get("meetings?format=csv&size=10&q=" + word)).size(), "again");
  }

  /**
   * Milliseconds until EngagementDS has had no connection in use for a whole second, or -1 if not
   * within {@code limit}.
   */
  private static long waitForIdlePool(Duration limit) throws Exception {
    long start = System.nanoTime();
    try (ModelControllerClient client =
        ModelControllerClient.Factory.create(
            "remote+http", "localhost", Integer.getInteger("engagement.management.port"))) {
      ModelNode read = new ModelNode();
      read.get("operation").set("read-resource");
      read.get("include-runtime").set(true);
      ModelNode address = read.get("address");
      address.add("subsystem", "datasources");
      address.add("data-source", "EngagementDS");
      address.add("statistics", "pool");
      long idleSince = -1;
      while (System.nanoTime() - start < limit.toNanos()) {
        ModelNode answer = client.execute(read);
        assertEquals("success", answer.get("outcome").asString(), answer.toString());
        long now = System.nanoTime();
        if (answer.get("result", "InUseCount").asInt() != 0) {
          idleSince = -1;
        } else if (idleSince < 0) {
          idleSince = now;
        } else if (now - idleSince >= Duration.ofSeconds(1).toNanos()) {
          return Duration.ofNanos(idleSince - start).toMillis();
        }
        Thread.sleep(50);
      }
      return -1;
    }
  }

  private static String basic(String account) {
    return ApiClient.basic(account, account + "-demo");
  }

  /**
   * Exports asked over one raw socket ({@code count} of them, pipelined), whose receive buffer is
   * as small as the system allows, and not read beyond the first status line: a client that has
   * stopped reading.
   */
  private static final class StalledExports implements AutoCloseable {

    private final Socket socket;

    private StalledExports(Socket socket) {
      this.socket = socket;
    }

    static StalledExports open(URL deployment, String account, String word, int count)
        throws IOException {
      Socket socket = new Socket();
      socket.setReceiveBufferSize(1024);
      socket.connect(new InetSocketAddress(deployment.getHost(), deployment.getPort()), 10_000);
      socket.setSoTimeout(60_000);
      String path = deployment.getPath() + "api/v1/meetings?format=csv&size=10000&q=" + word;
      StringBuilder requests = new StringBuilder();
      for (int i = 0; i < count; i++) {
        requests
            .append("GET ")
            .append(path)
            .append(" HTTP/1.1\r\nHost: ")
            .append(deployment.getHost())
            .append(':')
            .append(deployment.getPort())
            .append("\r\nAuthorization: ")
            .append(basic(account))
            .append("\r\nAccept: text/csv\r\n")
            .append(i == count - 1 ? "Connection: close\r\n" : "")
            .append("\r\n");
      }
      socket.getOutputStream().write(requests.toString().getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      return new StalledExports(socket);
    }

    /** The status line, read byte by byte: nothing more. */
    String statusLine() throws IOException {
      StringBuilder line = new StringBuilder();
      InputStream in = socket.getInputStream();
      for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
        line.append((char) b);
      }
      return line.toString();
    }

    /** The rest of the answer, headers and body. */
    String readAll() throws IOException {
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
