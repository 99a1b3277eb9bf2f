package ca.gc.engagement.search.entity;

import java.io.Serializable;
import java.util.Objects;

/** A record's identity across kinds: its kind and its id within that kind. */
public class RecordKey implements Serializable {

  private static final long serialVersionUID = 1L;

  private RecordKind kind;
  private Long id;

  protected RecordKey() {}

  public RecordKey(RecordKind kind, Long id) {
    this.kind = kind;
    this.id = id;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RecordKey k && kind == k.kind && Objects.equals(id, k.id);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, id);
  }
}
