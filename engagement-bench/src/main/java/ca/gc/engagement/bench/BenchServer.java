package ca.gc.engagement.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A copy of the embedded default the EAR module provisioned, with the built EAR and the ceiling WAR
 * deployed, Hibernate statistics on, on the benchmark's own port offset. Management calls go
 * through curl (HTTP digest) as an operator's script would.
 */
final class BenchServer {

  private static final String MANAGEMENT_USER = "bench";
  private static final String MANAGEMENT_PASSWORD = "bench-only-1";
  private static final String PERSISTENCE_UNIT =
      "[{\"deployment\":\"engagement.ear\"},{\"subdeployment\":\"engagement-core.jar\"},"
          + "{\"subsystem\":\"jpa\"},"
          + "{\"hibernate-persistence-unit\":\"engagement.ear/engagement-core.jar#engagement\"}]";

  /** The configuration's deployments element, as the server writes it (never nested). */
  private static final Pattern DEPLOYMENTS =
      Pattern.compile("\\s*<deployments>.*?</deployments>", Pattern.DOTALL);

  private final Path home;
  private final Path logs;
  private final int offset;
  private final boolean jfr;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private Process process;
  private int starts;

  BenchServer(Path target, int offset, boolean jfr) {
    this.home = target.resolve("bench/server");
    this.logs = target.resolve("bench");
    this.offset = offset;
    this.jfr = jfr;
  }

  int httpPort() {
    return 8080 + offset;
  }

  int managementPort() {
    return 9990 + offset;
  }

  Path home() {
    return home;
  }

  String h2Url() {
    return "jdbc:h2:" + home.resolve("standalone/data/engagement/records").toAbsolutePath();
  }

  /** A fresh copy of the provisioned server, its management user, the EAR and the ceiling WAR. */
  void prepare(Path source, Path ear, Path classes) throws IOException {
    if (!Files.isDirectory(source) || !Files.isRegularFile(ear)) {
      throw new IllegalStateException(
          "Build the EAR and its server first (mvn -B verify -Pbench builds them): " + source);
    }
    delete(home);
    try (Stream<Path> files = Files.walk(source)) {
      for (Path from : (Iterable<Path>) files::iterator) {
        Path to = home.resolve(source.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    delete(home.resolve("standalone/data"));
    delete(home.resolve("standalone/log"));
    forgetDeployments(home.resolve("standalone/configuration/standalone.xml"));
    String digest = md5(MANAGEMENT_USER + ":ManagementRealm:" + MANAGEMENT_PASSWORD);
    Files.writeString(
        home.resolve("standalone/configuration/mgmt-users.properties"),
        MANAGEMENT_USER + "=" + digest + "\n");
    Path deployments = home.resolve("standalone/deployments");
    Files.copy(ear, deployments.resolve("engagement.ear"), StandardCopyOption.REPLACE_EXISTING);
    ceilingWar(classes, deployments.resolve("bench-ceiling.war"));
  }

  /** Starts the server and waits until it is ready with both deployments; the time that took. */
  Duration start() throws IOException, InterruptedException {
    starts++;
    List<String> command = new ArrayList<>();
    command.add(home.resolve("bin/standalone.sh").toString());
    command.add("-Djboss.socket.binding.port-offset=" + offset);
    ProcessBuilder builder = new ProcessBuilder(command);
    String opts =
        "-Xms64m -Xmx512m -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true"
            + " -Djboss.modules.system.pkgs=org.jboss.byteman";
    if (jfr && starts > 1) {
      opts +=
          " -XX:StartFlightRecording=settings=profile,filename="
              + logs.resolve("server.jfr").toAbsolutePath();
    }
    builder.environment().put("JAVA_OPTS", opts);
    builder.environment().put("JBOSS_HOME", home.toAbsolutePath().toString());
    builder.redirectErrorStream(true);
    builder.redirectOutput(logs.resolve("server-" + starts + ".log").toFile());
    long began = System.nanoTime();
    process = builder.start();
    long deadline = began + TimeUnit.SECONDS.toNanos(300);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The server stopped while starting; see " + logs);
      }
      if (status("http://127.0.0.1:" + managementPort() + "/health/ready") == 200
          && status("http://127.0.0.1:" + httpPort() + "/bench-ceiling/plain") == 200) {
        return Duration.ofNanos(System.nanoTime() - began);
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("The server was not ready within 300 s; see " + logs);
  }

  void stop() throws IOException, InterruptedException {
    if (process == null || !process.isAlive()) {
      return;
    }
    management("{\"operation\":\"shutdown\"}");
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroy);
      process.destroy();
      process.waitFor(30, TimeUnit.SECONDS);
    }
    // standalone.sh waits for its JVM; make sure no JVM of ours outlives the run.
    process.descendants().forEach(ProcessHandle::destroyForcibly);
  }

  /** Runs a management operation (JSON, HTTP API) and answers its JSON. */
  String management(String operation) throws IOException, InterruptedException {
    Process curl =
        new ProcessBuilder(
                "curl",
                "-s",
                "--max-time",
                "30",
                "--digest",
                "-u",
                MANAGEMENT_USER + ":" + MANAGEMENT_PASSWORD,
                "-H",
                "Content-Type: application/json",
                "-d",
                operation,
                "http://127.0.0.1:" + managementPort() + "/management")
            .redirectErrorStream(true)
            .start();
    String answer = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    curl.waitFor();
    return answer;
  }

  /**
   * Switches the persistence unit's Hibernate statistics on or off: the unit's {@code
   * statistics-enabled} is a runtime attribute of the management model, so the product's
   * configuration stays as it is. On only while statements are counted: under load they cost the
   * measured requests time of their own.
   */
  void statistics(boolean enabled) throws IOException, InterruptedException {
    String answer =
        management(
            "{\"operation\":\"write-attribute\",\"address\":"
                + PERSISTENCE_UNIT
                + ",\"name\":\"statistics-enabled\",\"value\":"
                + enabled
                + "}");
    if (!answer.contains("\"success\"")) {
      throw new IllegalStateException("Could not switch Hibernate statistics: " + answer);
    }
  }

  /**
   * Statements prepared by the application's persistence unit since statistics were switched on.
   */
  long preparedStatements() throws IOException, InterruptedException {
    String answer =
        management(
            "{\"operation\":\"read-attribute\",\"address\":"
                + PERSISTENCE_UNIT
                + ",\"name\":\"prepared-statement-count\"}");
    Matcher m = Pattern.compile("\"result\"\\s*:\\s*(\\d+)").matcher(answer);
    if (!m.find()) {
      throw new IllegalStateException("No Hibernate statistics in the management model: " + answer);
    }
    return Long.parseLong(m.group(1));
  }

  /** Heap in use now, in MiB, from the platform MBean the management model exposes. */
  long heapUsedMiB() throws IOException, InterruptedException {
    String answer =
        management(
            "{\"operation\":\"read-attribute\",\"address\":[{\"core-service\":\"platform-mbean\"},"
                + "{\"type\":\"memory\"}],\"name\":\"heap-memory-usage\"}");
    Matcher m = Pattern.compile("\"used\"\\s*:\\s*(\\d+)").matcher(answer);
    if (!m.find()) {
      throw new IllegalStateException("No heap figure from the management model: " + answer);
    }
    return Long.parseLong(m.group(1)) / (1024 * 1024);
  }

  private int status(String url) {
    try {
      return http.send(
              HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** The ceiling WAR: the compiled classes of the ceiling package, nothing else. */
  private static void ceilingWar(Path classes, Path war) throws IOException {
    Path pkg = classes.resolve("ca/gc/engagement/bench/ceiling");
    try (OutputStream out = Files.newOutputStream(war);
        ZipOutputStream zip = new ZipOutputStream(out);
        Stream<Path> files = Files.list(pkg)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        zip.putNextEntry(
            new ZipEntry(
                "WEB-INF/classes/" + classes.relativize(file).toString().replace('\\', '/')));
        zip.write(Files.readAllBytes(file));
        zip.closeEntry();
      }
    }
  }

  /**
   * README's {@code mvn -Prun package} deploys the EAR through the management API, which writes it
   * into the provisioned server's configuration with its content under standalone/data. The copy
   * leaves that content out and deploys from its deployments folder, so a deployment the
   * configuration still names would be a duplicate (WFLYCTL0212) with no content behind it.
   */
  static void forgetDeployments(Path configuration) throws IOException {
    String xml = Files.readString(configuration);
    String without = DEPLOYMENTS.matcher(xml).replaceAll("");
    if (!without.equals(xml)) {
      Files.writeString(configuration, without);
    }
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static String md5(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
