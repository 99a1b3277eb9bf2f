package ca.gc.engagement.search.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Synchronize;

/** A sector a record is about: the view {@code searchable_record_sector}. */
@Entity
@Immutable
@Synchronize({"meeting_topic", "agreement_sector", "statement_sector"})
@Table(name = "searchable_record_sector")
@IdClass(RecordSector.Key.class)
public class RecordSector {

  @Id
  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private RecordKind kind;

  @Id private Long id;

  @Id
  @Column(name = "sector_code", length = 40)
  private String sectorCode;

  protected RecordSector() {}

  /** Kind, id and sector together identify a row. */
  public static class Key implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private RecordKind kind;
    private Long id;
    private String sectorCode;

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k
          && kind == k.kind
          && java.util.Objects.equals(id, k.id)
          && java.util.Objects.equals(sectorCode, k.sectorCode);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(kind, id, sectorCode);
    }
  }
}
