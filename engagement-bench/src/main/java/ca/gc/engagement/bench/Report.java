package ca.gc.engagement.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The run's table (Markdown, for docs/benchmarks.md), a history of every run's latencies by size,
 * and the plot of latency against dataset size drawn from that history by gnuplot when it is
 * installed.
 */
final class Report {

  record Row(String name, Wrk.Result result, Double statements) {}

  private final int size;
  private final Duration startup;
  private final long heapMiB;
  private final int csvRows;
  private final Duration csvTime;
  private final Duration pdfTime;
  private final List<Row> rows;

  Report(
      int size,
      Duration startup,
      long heapMiB,
      int csvRows,
      Duration csvTime,
      Duration pdfTime,
      List<Row> rows) {
    this.size = size;
    this.startup = startup;
    this.heapMiB = heapMiB;
    this.csvRows = csvRows;
    this.csvTime = csvTime;
    this.pdfTime = pdfTime;
    this.rows = rows;
  }

  String markdown() {
    Wrk.Result plain = rows.get(0).result();
    Wrk.Result jdbc = rows.get(1).result();
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "### %,d meetings%n%n", size));
    b.append(
        "| operation | req/s | p50 ms | p99 ms | % of plain req/s | % of JDBC req/s"
            + " | p99 / plain p99 | p99 / JDBC p99 | SQL / request | errors |\n");
    b.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Row row : rows) {
      Wrk.Result r = row.result();
      if (r == Wrk.Result.NONE) {
        b.append(
            String.format(
                Locale.ROOT,
                "| %s | not loaded: one request alone took over 60 s | – | – | – | – | – | – | – | – |%n",
                row.name()));
        continue;
      }
      if (r.requestsPerSecond() == 0) {
        b.append(
            String.format(
                Locale.ROOT,
                "| %s | none completed in the run | – | – | 0 %% | 0 %% | – | – | %s | %d |%n",
                row.name(),
                statements(row),
                r.errors()));
        continue;
      }
      b.append(
          String.format(
              Locale.ROOT,
              "| %s | %.0f | %.1f | %.1f | %s | %s | %s | %s | %s | %d |%n",
              row.name(),
              r.requestsPerSecond(),
              r.p50Millis(),
              r.p99Millis(),
              ratio("%.0f %%", 100 * r.requestsPerSecond(), plain.requestsPerSecond()),
              ratio("%.0f %%", 100 * r.requestsPerSecond(), jdbc.requestsPerSecond()),
              ratio("%.1f", r.p99Millis(), plain.p99Millis()),
              ratio("%.1f", r.p99Millis(), jdbc.p99Millis()),
              statements(row),
              r.errors()));
    }
    b.append(
        String.format(
            Locale.ROOT,
            "%nServer plus deployment ready in %.1f s; heap in use after the load %d MiB;"
                + " CSV export of %,d rows (one request, streamed)"
                + " %s; PDF briefing book of the scenario mission %d ms (best of 5).%n",
            startup.toMillis() / 1000.0,
            heapMiB,
            csvRows,
            csvTime == null ? "did not finish (over 60 s)" : csvTime.toMillis() + " ms",
            pdfTime.toMillis()));
    return b.toString();
  }

  /** A ratio to a ceiling; none when the ceiling answered nothing in its run (at 1 000 000). */
  private static String ratio(String format, double value, double ceiling) {
    return ceiling > 0 ? String.format(Locale.ROOT, format, value / ceiling) : "–";
  }

  private static String statements(Row row) {
    return row.statements() == null ? "–" : String.format(Locale.ROOT, "%.1f", row.statements());
  }

  void appendHistory(Path history) throws IOException {
    StringBuilder b = new StringBuilder();
    for (Row row : rows) {
      if (row.result() == Wrk.Result.NONE) {
        continue;
      }
      b.append(
          String.format(
              Locale.ROOT,
              "%d\t%s\t%.1f\t%.2f\t%.2f%n",
              size,
              row.name(),
              row.result().requestsPerSecond(),
              row.result().p50Millis(),
              row.result().p99Millis()));
    }
    Files.writeString(history, b.toString(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  /**
   * p99 against dataset size, one line per operation, from every run in the history (newest wins).
   */
  void plot(Path out) throws IOException, InterruptedException {
    Path history = out.resolve("history.tsv");
    Map<String, Map<Integer, String>> byOperation = new LinkedHashMap<>();
    for (String line : Files.readAllLines(history)) {
      String[] f = line.split("\t");
      byOperation
          .computeIfAbsent(f[1], k -> new java.util.TreeMap<>())
          .put(Integer.valueOf(f[0]), f[4]);
    }
    Path dir = Files.createDirectories(out.resolve("plot"));
    List<String> plots = new ArrayList<>();
    int i = 0;
    for (Map.Entry<String, Map<Integer, String>> op : byOperation.entrySet()) {
      Path data = dir.resolve("op" + i++ + ".dat");
      List<String> lines = new ArrayList<>();
      op.getValue().forEach((n, p99) -> lines.add(n + " " + p99));
      Files.write(data, lines);
      plots.add("'" + data + "' using 1:2 with linespoints title '" + op.getKey() + "'");
    }
    Path script = dir.resolve("latency.gp");
    Files.writeString(
        script,
        "set terminal png size 1000,650\n"
            + "set output '"
            + out.resolve("latency.png")
            + "'\n"
            + "set logscale xy\nset xlabel 'meetings in the database'\nset ylabel 'p99 latency (ms)'\n"
            + "set key outside right\nset grid\n"
            + "set title 'p99 latency against dataset size (wrk, 16 connections)'\n"
            + "plot "
            + String.join(", \\\n  ", plots)
            + "\n");
    try {
      Process gnuplot = new ProcessBuilder("gnuplot", script.toString()).inheritIO().start();
      if (gnuplot.waitFor() == 0) {
        Bench.log("Plot: " + out.resolve("latency.png"));
      }
    } catch (IOException e) {
      Bench.log("No gnuplot (apt-get install gnuplot-nox): no plot, the history is in " + history);
    }
  }
}
