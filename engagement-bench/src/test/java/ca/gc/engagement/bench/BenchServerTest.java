package ca.gc.engagement.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchServerTest {

  private static final String BEFORE =
      """
      <server xmlns="urn:jboss:domain:20.0">
          <profile/>
          <socket-binding-group name="standard-sockets" default-interface="public"/>
      """;

  private static final String AFTER = "</server>\n";

  @Test
  void aCopyOfAServerThatRanTheApplicationForgetsTheDeploymentItsConfigurationNamed(
      @TempDir Path dir) throws IOException {
    Path configuration = dir.resolve("standalone.xml");
    Files.writeString(
        configuration,
        BEFORE
            + """
                <deployments>
                    <deployment name="engagement.ear" runtime-name="engagement.ear">
                        <content sha1="4b2e0c9f"/>
                    </deployment>
                </deployments>
            """
            + AFTER);

    BenchServer.forgetDeployments(configuration);

    assertEquals(BEFORE + AFTER, Files.readString(configuration));
  }

  @Test
  void aConfigurationWithoutDeploymentsIsLeftAsItIs(@TempDir Path dir) throws IOException {
    Path configuration = dir.resolve("standalone.xml");
    Files.writeString(configuration, BEFORE + AFTER);

    BenchServer.forgetDeployments(configuration);

    assertEquals(BEFORE + AFTER, Files.readString(configuration));
  }
}
