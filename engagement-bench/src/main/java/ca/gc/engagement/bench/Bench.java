package ca.gc.engagement.bench;

import ca.gc.engagement.bench.Operation.Who;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark, start to end: a fresh copy of the embedded default (first start: migrations and
 * the demo scenario), a generated dataset written while it is stopped, a timed second start, then
 * each operation under wrk next to the two ceilings, the statements each request costs, the timed
 * exports, the heap after load; a table on the console and in target/bench/.
 */
public final class Bench {

  private Bench() {}

  public static void main(String[] args) throws Exception {
    int size = Integer.getInteger("bench.size", 2000);
    int seconds = Integer.getInteger("bench.duration", 3);
    int warmup = Integer.getInteger("bench.warmup", 1);
    int offset = Integer.getInteger("bench.offset", 1200);
    Path target = Path.of(System.getProperty("bench.target", "target"));
    Files.createDirectories(target.resolve("bench"));

    BenchServer server =
        new BenchServer(target, offset, Boolean.parseBoolean(System.getProperty("bench.jfr")));
    server.prepare(
        Path.of(System.getProperty("bench.source-server")),
        Path.of(System.getProperty("bench.ear")),
        Path.of(System.getProperty("bench.classes")));
    try {
      log("First start: the migrations and the demo scenario");
      server.start();
      server.stop();
      log("Generating " + size + " meetings and their records into " + server.h2Url());
      long generating = System.nanoTime();
      DatasetGenerator.Dataset data = new DatasetGenerator(size).fill(server.h2Url());
      log("Generated in " + Duration.ofNanos(System.nanoTime() - generating).toSeconds() + " s");
      Duration startup = server.start();
      log("Server plus deployment ready in " + startup.toMillis() + " ms");
      run(server, data, size, seconds, warmup, startup, target.resolve("bench"));
    } finally {
      server.stop();
    }
  }

  private static void run(
      BenchServer server,
      DatasetGenerator.Dataset data,
      int size,
      int seconds,
      int warmup,
      Duration startup,
      Path out)
      throws Exception {
    String base = "http://127.0.0.1:" + server.httpPort();
    Client client = new Client(base);
    String session = client.signIn("officer", "officer-demo");
    Map<Who, String> credentials =
        Map.of(Who.VIEWER, Client.VIEWER, Who.OFFICER, Client.OFFICER, Who.SESSION, session);
    long mission = data.scenarioMissionId();
    String api = "/engagement/api/v1";
    List<String> details =
        data.visibleMeetingIds().stream().map(id -> api + "/meetings/" + id).toList();

    List<Operation> ops = new ArrayList<>();
    ops.add(Operation.get("ceiling: plain text", "/bench-ceiling/plain", Who.NOBODY, null));
    ops.add(Operation.get("ceiling: JDBC list", "/bench-ceiling/jdbc/meetings", Who.NOBODY, null));
    Operation list =
        Operation.get("list page (20)", api + "/meetings", Who.VIEWER, "application/json");
    ops.add(list);
    ops.add(list.with("list page (20), computed", "Cache-Control: no-cache"));
    ops.add(
        list.with(
            "list page (20), unchanged (304)",
            "If-None-Match: " + client.tag(list, list.paths().get(0), Client.VIEWER)));
    ops.add(
        Operation.get(
            "list page (200)", api + "/meetings?size=200", Who.VIEWER, "application/json"));
    ops.add(
        Operation.get(
            "filtered search",
            api + "/meetings?country=CN&sector=AGRI_FOOD&status=HELD",
            Who.VIEWER,
            "application/json"));
    ops.add(
        Operation.get(
            "free-text search", api + "/meetings?q=canola", Who.VIEWER, "application/json"));
    Operation detail = new Operation("detail", details, Who.VIEWER, "application/json", null, true);
    ops.add(detail);
    ops.add(detail.with("detail, computed", "Cache-Control: no-cache"));
    ops.add(
        new Operation(
            "agreement screening",
            List.of(api + "/screenings"),
            Who.VIEWER,
            "application/json",
            "{\"parties\":[\"CA\",\"CN\"],\"sectors\":[\"CANOLA\"],\"regions\":[],"
                + "\"text\":\"Canola and seafood tariffs, clean energy\",\"date\":\"2026-06-01\"}",
            true));
    Operation csv =
        Operation.get(
            "CSV export (10 000 rows)", api + "/meetings?size=10000", Who.VIEWER, "text/csv");
    ops.add(csv);
    ops.add(
        Operation.get(
            "iCalendar of a mission",
            api + "/missions/" + mission + "/meetings",
            Who.VIEWER,
            "text/calendar"));
    ops.add(
        Operation.get(
            "PDF briefing book",
            api + "/missions/" + mission + "/briefing",
            Who.VIEWER,
            "application/pdf"));
    ops.add(
        new Operation(
            "change feed page (200)",
            feedPages(api, data.lastFeedPosition()),
            Who.VIEWER,
            "application/json",
            null,
            true));
    ops.add(Operation.get("JSF meeting list", "/engagement/meetings/", Who.SESSION, "text/html"));
    ops.add(Operation.get("JSF dashboard", "/engagement/", Who.SESSION, "text/html"));
    ops.add(
        new Operation(
            "create (mission)",
            List.of(api + "/missions"),
            Who.OFFICER,
            "application/json",
            "{\"title\":\"Benchmark mission\",\"counterpartCountry\":\"JP\",\"hostCity\":\"Tokyo\","
                + "\"startDate\":\"2027-03-01\",\"endDate\":\"2027-03-04\",\"lead\":\"Minister of"
                + " International Trade\",\"objectives\":\"Seafood and canola\","
                + "\"classification\":\"PROTECTED_A\"}",
            true));

    Map<String, Report.Row> rows = new LinkedHashMap<>();
    Map<String, Double> statements = new HashMap<>();
    Wrk wrk = new Wrk(out, base);
    // Every operation is warmed (and its statements counted) before any is measured: the whole
    // stack is compiled by then, not only what the operations before it happened to run. Writes are
    // warmed first: a write makes kept answers and cached queries stale, and reads measured just
    // after one would measure that instead (the first poll after a change has its own operations,
    // the "computed" ones).
    List<Operation> warming = new ArrayList<>(ops);
    warming.sort(Comparator.comparing(op -> !op.writes()));
    for (Operation op : warming) {
      if (op.countStatements()) {
        statements.put(op.name(), statementsOf(server, client, op, credentials));
      }
      if (warmup > 0 && !tooSlow(op, statements)) {
        wrk.run(op, environment(op, session, credentials), warmup);
      }
    }
    for (Operation op : ops) {
      if (tooSlow(op, statements)) {
        // 16 connections of such requests would keep the server busy long after their run and
        // distort every operation measured after it.
        rows.put(op.name(), new Report.Row(op.name(), Wrk.Result.NONE, Double.NaN));
        continue;
      }
      Wrk.Result result = wrk.run(op, environment(op, session, credentials), seconds);
      log(
          String.format(
              "%-24s %8.0f req/s  p50 %7.1f ms  p99 %7.1f ms",
              op.name(), result.requestsPerSecond(), result.p50Millis(), result.p99Millis()));
      rows.put(op.name(), new Report.Row(op.name(), result, statements.get(op.name())));
    }
    long heap = server.heapUsedMiB();

    long began = System.nanoTime();
    int csvRows = 0;
    Duration csvTime = null;
    try {
      byte[] body = client.send(csv, csv.paths().get(0), Client.VIEWER);
      csvRows = Math.max(0, new String(body, StandardCharsets.UTF_8).split("\r\n").length - 1);
      csvTime = Duration.ofNanos(System.nanoTime() - began);
    } catch (java.io.IOException e) {
      log("CSV export: the request took over 60 s (" + e + ")");
    }

    Operation pdf =
        ops.stream().filter(o -> o.name().equals("PDF briefing book")).findFirst().orElseThrow();
    Duration pdfTime = Duration.ofDays(1);
    for (int i = 0; i < 5; i++) {
      long t = System.nanoTime();
      client.send(pdf, pdf.paths().get(0), Client.VIEWER);
      Duration d = Duration.ofNanos(System.nanoTime() - t);
      pdfTime = d.compareTo(pdfTime) < 0 ? d : pdfTime;
    }

    Report report =
        new Report(size, startup, heap, csvRows, csvTime, pdfTime, new ArrayList<>(rows.values()));
    String table = report.markdown();
    System.out.println(table);
    Files.writeString(out.resolve("results-" + size + ".md"), table);
    report.appendHistory(out.resolve("history.tsv"));
    report.plot(out);
  }

  /** Whether one request of the operation alone took over the client's minute. */
  private static boolean tooSlow(Operation op, Map<String, Double> statements) {
    Double counted = statements.get(op.name());
    return counted != null && counted.isNaN();
  }

  /** The operation's statements per request, NaN if one request alone took over a minute. */
  private static double statementsOf(
      BenchServer server, Client client, Operation op, Map<Who, String> credentials)
      throws Exception {
    server.statistics(true);
    try {
      return statementsPerRequest(server, client, op, credentials);
    } catch (java.io.IOException e) {
      // One request alone took longer than the client waits (or the connection went): that is
      // the finding; go on.
      log(op.name() + ": a single request took over 60 s (" + e + "); no SQL count, no load");
      return Double.NaN;
    } finally {
      server.statistics(false);
    }
  }

  private static Map<String, String> environment(
      Operation op, String session, Map<Who, String> credentials) {
    Map<String, String> env = new HashMap<>();
    if (op.who() == Who.SESSION) {
      env.put("BENCH_COOKIE", session);
    } else if (op.who() != Who.NOBODY) {
      env.put("BENCH_AUTH", credentials.get(op.who()));
    }
    return env;
  }

  /** Statements the persistence unit prepared for a few requests in a row, per request. */
  private static double statementsPerRequest(
      BenchServer server, Client client, Operation op, Map<Who, String> credentials)
      throws Exception {
    int requests = 10;
    client.send(op, op.paths().get(0), credentials.get(op.who()));
    long before = server.preparedStatements();
    for (int i = 0; i < requests; i++) {
      client.send(op, op.paths().get(i % op.paths().size()), credentials.get(op.who()));
    }
    return (server.preparedStatements() - before) / (double) requests;
  }

  static void log(String message) {
    System.out.println("[bench] " + message);
  }

  /**
   * Pages of 200 of the change feed from ten places spread over it, as a consumer catching up reads
   * them: each cursor written as the feed writes it (FeedCursor: base64url of "feed:1:position").
   */
  private static List<String> feedPages(String api, long lastPosition) {
    List<String> pages = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      long position = Math.max(0, lastPosition - 200) * i / 10;
      String cursor =
          Base64.getUrlEncoder()
              .withoutPadding()
              .encodeToString(("feed:1:" + position).getBytes(StandardCharsets.US_ASCII));
      pages.add(api + "/changes?size=200&after=" + cursor);
    }
    return pages;
  }
}
