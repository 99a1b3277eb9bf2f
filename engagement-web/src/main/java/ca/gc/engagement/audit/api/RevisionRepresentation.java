package ca.gc.engagement.audit.api;

import ca.gc.engagement.audit.entity.RevisionEntry;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;

/** One line of a record's history in API v1: {@code revision, at, by, change, fields}. */
@JsonbPropertyOrder({"revision", "at", "by", "change", "fields"})
public record RevisionRepresentation(
    long revision, Instant at, String by, String change, List<String> fields) {

  public static RevisionRepresentation of(RevisionEntry entry) {
    return new RevisionRepresentation(
        entry.revision(), entry.at(), entry.by(), entry.change().name(), entry.fields());
  }

  public static List<RevisionRepresentation> of(List<RevisionEntry> entries) {
    return entries.stream().map(RevisionRepresentation::of).toList();
  }
}
