package ca.gc.engagement.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import org.h2.tools.Server;

/**
 * The one database both nodes share, started for the test and gone after it: a throwaway PostgreSQL
 * 15 ({@code -Dengagement.cluster.database=postgresql}, engagement-it/src/test/postgres/
 * throwaway-postgres.sh, the server needing the {@code postgresql} driver) or, by default, H2 in
 * server mode on the same private port, inside the test's JVM. The nodes get it as an operator
 * gives it: the ENGAGEMENT_DB_* environment variables configure-engagement.cli reads.
 */
abstract class ClusterDatabase {

  static final int PORT = Integer.getInteger("engagement.cluster.database.port", 55532);

  abstract Map<String, String> environment();

  abstract void stop();

  static ClusterDatabase start(Path build) {
    return "postgresql".equals(System.getProperty("engagement.cluster.database"))
        ? new Postgres(
            Path.of(System.getProperty("java.io.tmpdir"))
                .resolve("engagement-cluster-pg-" + ProcessHandle.current().pid()))
        : new H2(build.resolve("cluster-h2"));
  }

  /** H2's TCP server in this JVM; its files under target/cluster-h2. */
  private static final class H2 extends ClusterDatabase {
    private final Server server;

    H2(Path directory) {
      try {
        server =
            Server.createTcpServer(
                    "-tcpPort",
                    String.valueOf(PORT),
                    "-ifNotExists",
                    "-baseDir",
                    directory.toString())
                .start();
      } catch (SQLException e) {
        throw new IllegalStateException("H2 server on port " + PORT + ": " + e.getMessage(), e);
      }
    }

    @Override
    Map<String, String> environment() {
      return Map.of(
          "ENGAGEMENT_DB_DRIVER", "h2",
          "ENGAGEMENT_DB_URL", "jdbc:h2:tcp://127.0.0.1:" + PORT + "/engagement",
          "ENGAGEMENT_DB_USER", "sa",
          "ENGAGEMENT_DB_PASSWORD", "sa");
    }

    @Override
    void stop() {
      server.stop();
    }
  }

  /**
   * The project's throwaway PostgreSQL script; its cluster under the temporary directory, which the
   * postgres user (PostgreSQL refuses root) can reach whatever the checkout's parents allow.
   */
  private static final class Postgres extends ClusterDatabase {
    private static final Path SCRIPT = Path.of("src/test/postgres/throwaway-postgres.sh");
    private final Path directory;
    private final String url;

    Postgres(Path directory) {
      this.directory = directory;
      this.url = run("start");
    }

    @Override
    Map<String, String> environment() {
      return Map.of(
          "ENGAGEMENT_DB_DRIVER", "postgresql",
          "ENGAGEMENT_DB_URL", url,
          "ENGAGEMENT_DB_USER", "engagement",
          "ENGAGEMENT_DB_PASSWORD", "engagement");
    }

    @Override
    void stop() {
      run("stop");
    }

    private String run(String action) {
      try {
        Process script =
            new ProcessBuilder(
                    SCRIPT.toAbsolutePath().toString(),
                    action,
                    directory.toString(),
                    String.valueOf(PORT))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String out = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (script.waitFor() != 0) {
          throw new IllegalStateException("throwaway-postgres.sh " + action + " failed");
        }
        return out.strip();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
