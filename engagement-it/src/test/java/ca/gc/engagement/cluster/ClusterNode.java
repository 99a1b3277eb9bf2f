package ca.gc.engagement.cluster;

import ca.gc.engagement.support.ApiClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One WildFly node of the HA server the build provisioned (engagement-ear/target/server-ha), as an
 * operator runs it: its own copy of {@code standalone/} (configuration, data, logs, the deployed
 * EAR), its own port offset and node name, the shared database from the environment. Started with
 * the server's own {@code standalone.sh}; killed with SIGKILL, as a crash would.
 */
final class ClusterNode {

  private final String name;
  private final int offset;
  private final Path server;
  private final Path base;
  private final String members;
  private final Map<String, String> database;
  private Process process;
  private long logAtStart;

  ClusterNode(
      String name,
      int offset,
      Path server,
      Path nodes,
      String members,
      Map<String, String> database) {
    this.name = name;
    this.offset = offset;
    this.server = server;
    this.base = nodes.resolve(name);
    this.members = members;
    this.database = database;
  }

  String name() {
    return name;
  }

  /** The application's address on this node, e.g. http://127.0.0.1:9080/engagement/. */
  URI app() {
    return URI.create("http://127.0.0.1:" + (8080 + offset) + "/engagement/");
  }

  Path serverLog() {
    return base.resolve("log/server.log");
  }

  /** Starts the node (its first start copies the provisioned {@code standalone/}). */
  void start() {
    try {
      if (!Files.exists(base)) {
        copy(server.resolve("standalone"), base);
      }
      logAtStart = Files.exists(serverLog()) ? Files.size(serverLog()) : 0;
      ProcessBuilder builder =
          new ProcessBuilder(
                  server.resolve("bin/standalone.sh").toString(),
                  "-Djboss.server.base.dir=" + base,
                  "-Djboss.node.name=" + name,
                  "-Djboss.socket.binding.port-offset=" + offset,
                  "-Djboss.bind.address.private=127.0.0.1",
                  "-Dengagement.cluster.members=" + members)
              .redirectErrorStream(true)
              .redirectOutput(
                  ProcessBuilder.Redirect.appendTo(base.resolve("console.log").toFile()));
      builder.environment().putAll(database);
      builder.environment().put("JBOSS_JAVA_SIZING", "-Xms128m -Xmx640m");
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Waits until the application answers its sign-in page (the EAR deployed, the schema migrated);
   * fails with the console's tail if the node died or did not get there in time.
   */
  void awaitApplication(Duration limit) {
    ApiClient probe = ApiClient.wire().waitingUpTo(Duration.ofSeconds(5));
    Instant until = Instant.now().plus(limit);
    while (Instant.now().isBefore(until)) {
      if (!process.isAlive()) {
        throw new AssertionError(name + " exited during start:\n" + consoleTail());
      }
      if (log().substring((int) Math.min(logAtStart, log().length())).contains("WFLYSRV0026")) {
        throw new AssertionError(name + " started with errors:\n" + consoleTail());
      }
      // No answer while the node is not listening yet: ask again after the pause.
      if (probe
          .getIfAnswered(app().resolve("login.xhtml"))
          .filter(page -> page.statusCode() == 200 && page.body().contains("j_username"))
          .isPresent()) {
        return;
      }
      pause();
    }
    throw new AssertionError(
        name + " did not serve the application in " + limit + ":\n" + consoleTail());
  }

  /** SIGKILL to the server's JVM (and the script that started it): no shutdown of any kind. */
  void kill() {
    ProcessHandle handle = process.toHandle();
    List<ProcessHandle> all = Stream.concat(handle.descendants(), Stream.of(handle)).toList();
    all.forEach(ProcessHandle::destroyForcibly);
    all.forEach(p -> p.onExit().join());
  }

  /** A clean shutdown (SIGTERM), for the end of the test. */
  void stop() {
    if (process == null || !process.isAlive()) {
      return;
    }
    ProcessHandle handle = process.toHandle();
    List<ProcessHandle> all = Stream.concat(handle.descendants(), Stream.of(handle)).toList();
    all.forEach(ProcessHandle::destroy);
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        kill();
      }
      for (ProcessHandle p : all) {
        p.onExit().get(60, TimeUnit.SECONDS);
      }
    } catch (Exception e) {
      all.forEach(ProcessHandle::destroyForcibly);
    }
  }

  String log() {
    try {
      return Files.exists(serverLog()) ? Files.readString(serverLog()) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String consoleTail() {
    try {
      List<String> lines = Files.readAllLines(base.resolve("console.log"));
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no console: " + e.getMessage() + ")";
    }
  }

  private static void pause() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }
}
