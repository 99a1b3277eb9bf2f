package ca.gc.engagement.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's wrk, 2 threads and 16 connections from a second process on loopback, as the issue asks.
 */
final class Wrk {

  /** What one run measured. */
  record Result(double requestsPerSecond, double p50Millis, double p99Millis, long errors) {

    /** Not run: one request alone took over a minute. */
    static final Result NONE = new Result(0, Double.NaN, Double.NaN, 0);
  }

  private static final Pattern SUMMARY =
      Pattern.compile(
          "BENCH requests=(\\d+) duration_us=(\\d+) p50_us=(\\d+) p99_us=(\\d+)"
              + " status_errors=(\\d+) other_errors=(\\d+)");

  private final Path script;
  private final Path work;
  private final String base;

  Wrk(Path work, String base) throws IOException {
    this.work = work;
    this.base = base;
    this.script = work.resolve("load.lua");
    try (var in = Wrk.class.getResourceAsStream("/bench/load.lua")) {
      Files.write(script, in.readAllBytes());
    }
  }

  Result run(Operation op, Map<String, String> env, int seconds)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                "wrk",
                "-t2",
                "-c16",
                "-d" + seconds + "s",
                "--timeout",
                "10s",
                "-s",
                script.toString()));
    ProcessBuilder builder = new ProcessBuilder();
    builder.environment().putAll(env);
    if (op.accept() != null) {
      builder.environment().put("BENCH_ACCEPT", op.accept());
    }
    if (op.header() != null) {
      builder.environment().put("BENCH_HEADER", op.header());
    }
    if (op.post()) {
      Path body = work.resolve("body.json");
      Files.writeString(body, op.body());
      builder.environment().put("BENCH_METHOD", "POST");
      builder.environment().put("BENCH_BODY_FILE", body.toString());
    }
    if (op.paths().size() > 1) {
      Path paths = work.resolve("paths.txt");
      Files.write(paths, op.paths());
      builder.environment().put("BENCH_PATHS_FILE", paths.toString());
    }
    command.add(base + op.paths().get(0));
    Process wrk = builder.command(command).redirectErrorStream(true).start();
    String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (wrk.waitFor() != 0) {
      throw new IllegalStateException("wrk failed for " + op.name() + ":\n" + out);
    }
    Matcher m = SUMMARY.matcher(out);
    if (!m.find()) {
      throw new IllegalStateException("wrk printed no summary for " + op.name() + ":\n" + out);
    }
    double seconds2 = Long.parseLong(m.group(2)) / 1e6;
    return new Result(
        Long.parseLong(m.group(1)) / seconds2,
        Long.parseLong(m.group(3)) / 1000.0,
        Long.parseLong(m.group(4)) / 1000.0,
        Long.parseLong(m.group(5)) + Long.parseLong(m.group(6)));
  }
}
