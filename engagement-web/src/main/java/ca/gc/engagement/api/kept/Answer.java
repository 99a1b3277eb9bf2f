package ca.gc.engagement.api.kept;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An answer as it was sent: its bytes, media type and headers (its ETag among them: a list's names
 * its bytes, a record's is its version), and the moment taken before it was computed, from which it
 * stays current while nothing changes.
 */
record Answer(long since, byte[] body, String mediaType, Map<String, List<Object>> headers) {

  static Answer of(
      long since, byte[] body, String mediaType, MultivaluedMap<String, Object> headers) {
    Map<String, List<Object>> copy = new LinkedHashMap<>();
    headers.forEach(
        (name, values) -> {
          if (!name.equalsIgnoreCase("Content-Length") && !name.equalsIgnoreCase("Content-Type")) {
            copy.put(name, List.copyOf(values));
          }
        });
    return new Answer(since, body, mediaType, Map.copyOf(copy));
  }

  String tag() {
    List<Object> tags = headers.get("ETag");
    return tags == null || tags.isEmpty() ? null : String.valueOf(tags.get(0));
  }
}
