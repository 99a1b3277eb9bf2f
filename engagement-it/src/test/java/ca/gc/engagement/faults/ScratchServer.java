package ca.gc.engagement.faults;

import ca.gc.engagement.support.ApiClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;
import org.wildfly.core.launcher.Launcher;
import org.wildfly.core.launcher.StandaloneCommandBuilder;

/**
 * The provisioned WildFly with the built EAR, as a child process this test can kill. Arquillian's
 * managed container stops its server politely; a crash test needs SIGKILL and a restart on the same
 * data. The server's base directory (configuration, data, deployments, logs) is a copy under this
 * module's target/, so a kill never damages the shared server; the process is the server JVM itself
 * (started with java -jar jboss-modules.jar, no wrapper script), so killing it kills the server.
 */
final class ScratchServer implements AutoCloseable {

  private static final Duration BOOT_LIMIT = Duration.ofSeconds(300);

  private final Path home;
  private final Path base;
  private final int offset;
  private final Map<String, String> environment = new LinkedHashMap<>();
  private final ApiClient http = ApiClient.wire();
  private Process process;
  private int starts;

  private ScratchServer(Path home, Path base, int offset) {
    this.home = home;
    this.base = base;
    this.offset = offset;
  }

  /**
   * A fresh copy of the provisioned server's standalone directory under target/faults/{name}, with
   * the built EAR in its deployments, on the faults port offset (the integration tests' offset plus
   * 50, so it never meets Arquillian's server).
   */
  static ScratchServer prepare(String name) {
    Path build = Path.of(property("engagement.build.directory"));
    Path home = build.resolve("../../engagement-ear/target/server").normalize();
    Path base = build.resolve("faults").resolve(name).resolve("standalone");
    Path ear = Path.of(property("engagement.ear"));
    try {
      deleteTree(base);
      copyTree(home.resolve("standalone"), base);
      deleteTree(base.resolve("data"));
      deleteTree(base.resolve("log"));
      Files.copy(ear, base.resolve("deployments/engagement.ear"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int offset = Integer.getInteger("engagement.port.offset", 200) + 50;
    return new ScratchServer(home, base, offset);
  }

  /** An environment variable for the server process (ENGAGEMENT_DB_URL and the like). */
  ScratchServer withEnvironment(String name, String value) {
    environment.put(name, value);
    return this;
  }

  /** Starts the server and waits until the EAR is deployed and /health/ready answers UP. */
  ScratchServer start() {
    if (process != null && process.isAlive()) {
      throw new IllegalStateException("already running");
    }
    starts++;
    StandaloneCommandBuilder command =
        StandaloneCommandBuilder.of(home)
            .setBaseDirectory(base)
            .addJavaOptions(
                "-Xms256m",
                "-Xmx768m",
                "-Djboss.socket.binding.port-offset=" + offset,
                "-Djava.net.preferIPv4Stack=true");
    try {
      Launcher launcher =
          Launcher.of(command)
              .setRedirectErrorStream(true)
              .redirectOutput(base.resolve("console-" + starts + ".log"))
              .addEnvironmentVariables(environment);
      process = launcher.launch();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
    awaitReady();
    return this;
  }

  /** SIGKILL to the server JVM: no shutdown hook, no flush, no goodbye. */
  void kill() {
    process.destroyForcibly();
    waitForExit();
  }

  /** The base URL of the application, as Arquillian would give it: .../engagement/ */
  URL application() {
    try {
      return URI.create("http://localhost:" + (8080 + offset) + "/engagement/").toURL();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JDBC URL of the embedded default's H2 file, for reading it once the server is stopped. */
  String stoppedDatabaseUrl() {
    if (process != null && process.isAlive()) {
      throw new IllegalStateException("the server still holds its database");
    }
    return "jdbc:h2:" + base.resolve("data/engagement/records") + ";ACCESS_MODE_DATA=r";
  }

  int managementPort() {
    return 9990 + offset;
  }

  /** GET of a path on the management port (the health probes). */
  HttpResponse<String> management(String path) {
    return http.get(URI.create("http://localhost:" + managementPort() + path));
  }

  /**
   * The heap in use right after a full GC, in bytes, through the management API
   * (/core-service=platform-mbean/type=memory:gc, then heap-memory-usage).
   */
  long heapUsedAfterFullGc() {
    try (ModelControllerClient client =
        ModelControllerClient.Factory.create("remote+http", "localhost", managementPort())) {
      ModelNode memory = new ModelNode();
      memory.add("core-service", "platform-mbean").add("type", "memory");
      for (int i = 0; i < 2; i++) {
        ModelNode gc = new ModelNode();
        gc.get("operation").set("gc");
        gc.get("address").set(memory);
        expectSuccess(client.execute(gc));
      }
      ModelNode read = new ModelNode();
      read.get("operation").set("read-attribute");
      read.get("address").set(memory);
      read.get("name").set("heap-memory-usage");
      return expectSuccess(client.execute(read)).get("used").asLong();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stops the server politely if it runs; forcibly if it will not. */
  @Override
  public void close() {
    if (process == null || !process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
        waitForExit();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  private static ModelNode expectSuccess(ModelNode outcome) {
    if (!"success".equals(outcome.get("outcome").asString())) {
      throw new IllegalStateException("Management operation failed: " + outcome);
    }
    return outcome.get("result");
  }

  private void waitForExit() {
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Ready means the application's own check answers and everything is UP: WildFly lists
   * engagement-database only once the EAR is deployed, so a probe answering before the deployment
   * scanner ran does not count.
   */
  private void awaitReady() {
    long deadline = System.nanoTime() + BOOT_LIMIT.toNanos();
    String last = "no answer";
    ApiClient probe = http.waitingUpTo(Duration.ofSeconds(10));
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "The server exited with " + process.exitValue() + "; see " + base);
      }
      Optional<HttpResponse<String>> answer =
          probe.getIfAnswered(URI.create("http://localhost:" + managementPort() + "/health/ready"));
      if (answer.isPresent()) {
        HttpResponse<String> ready = answer.get();
        last = ready.statusCode() + " " + ready.body();
        if (ready.statusCode() == 200 && ready.body().contains("engagement-database")) {
          return;
        }
      } else {
        last = "no answer (booting)";
      }
      pause(Duration.ofMillis(500));
    }
    throw new IllegalStateException(
        "The server was not ready within " + BOOT_LIMIT + ": " + last + "; see " + base);
  }

  static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException(
          "System property " + name + " must be set (the failsafe plugin sets it)");
    }
    return value;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : (Iterable<Path>) paths.sorted((a, b) -> b.compareTo(a))::iterator) {
        Files.delete(path);
      }
    }
  }
}
