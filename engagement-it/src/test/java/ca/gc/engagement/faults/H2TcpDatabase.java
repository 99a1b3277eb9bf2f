package ca.gc.engagement.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.SQLException;
import org.h2.tools.Server;

/**
 * The records database as a server of its own (H2 over TCP), which the test can stop and start
 * again on the same port and files, as an operator's database goes away and comes back.
 */
final class H2TcpDatabase implements AutoCloseable {

  private final Path directory;
  private final int port;
  private Server server;

  private H2TcpDatabase(Path directory, int port) {
    this.directory = directory;
    this.port = port;
  }

  static H2TcpDatabase in(Path directory) {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new H2TcpDatabase(directory, port).start();
  }

  /** The URL the application's datasource uses (ENGAGEMENT_DB_URL). */
  String url() {
    return "jdbc:h2:tcp://localhost:" + port + "/records";
  }

  H2TcpDatabase start() {
    try {
      server =
          Server.createTcpServer(
                  "-tcpPort", "" + port, "-ifNotExists", "-baseDir", directory.toString())
              .start();
      return this;
    } catch (SQLException e) {
      throw new IllegalStateException("H2 did not start on port " + port, e);
    }
  }

  /** Stops listening and closes every open connection: the database is gone. */
  void stop() {
    server.stop();
  }

  @Override
  public void close() {
    if (server != null) {
      server.stop();
    }
  }
}
