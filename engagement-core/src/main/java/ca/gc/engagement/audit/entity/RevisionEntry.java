package ca.gc.engagement.audit.entity;

import java.time.Instant;
import java.util.List;

/**
 * One line of a record's history: which revision, when, by whom, and what changed — "created" with
 * every field it was given, or the names of the fields an edit changed.
 */
public record RevisionEntry(
    long revision, Instant at, String by, Change change, List<String> fields) {

  public enum Change {
    CREATED,
    CHANGED,
    DELETED
  }

  public RevisionEntry {
    fields = List.copyOf(fields);
  }
}
