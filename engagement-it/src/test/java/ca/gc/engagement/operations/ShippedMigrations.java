package ca.gc.engagement.operations;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The versioned migrations the core module ships ({@code db/migration/V<version>__*.sql} on the
 * class path, a directory or a jar), read as the build packs them: what readiness must report.
 */
final class ShippedMigrations {

  private static final Pattern VERSIONED = Pattern.compile("V([0-9._]+)__.+\\.sql");

  private ShippedMigrations() {}

  /** The newest version, as Flyway prints it ("9", "10.1"). */
  static String newestVersion() throws IOException, URISyntaxException {
    URL location = ShippedMigrations.class.getClassLoader().getResource("db/migration");
    if (location == null) {
      throw new AssertionError("no db/migration on the class path: is engagement-core on it?");
    }
    URI uri = location.toURI();
    if (uri.getScheme().equals("jar")) {
      try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
        return newest(jar.provider().getPath(uri));
      }
    }
    return newest(Path.of(uri));
  }

  private static String newest(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      List<String> versions =
          files
              .map(file -> VERSIONED.matcher(file.getFileName().toString()))
              .filter(Matcher::matches)
              .map(m -> m.group(1).replace('_', '.'))
              .toList();
      return versions.stream()
          .max(Comparator.comparing(ShippedMigrations::parts, ShippedMigrations::compare))
          .orElseThrow(() -> new AssertionError("no V*__*.sql in " + directory));
    }
  }

  private static long[] parts(String version) {
    return Arrays.stream(version.split("\\.")).mapToLong(Long::parseLong).toArray();
  }

  private static int compare(long[] a, long[] b) {
    return Arrays.compare(a, b);
  }
}
