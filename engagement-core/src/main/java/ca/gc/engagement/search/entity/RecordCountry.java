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

/**
 * A country a record concerns (an agreement has several): the view {@code
 * searchable_record_country}.
 */
@Entity
@Immutable
@Synchronize({"mission", "meeting", "agreement_party", "statement", "stakeholder"})
@Table(name = "searchable_record_country")
@IdClass(RecordCountry.Key.class)
public class RecordCountry {

  @Id
  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private RecordKind kind;

  @Id private Long id;

  @Id
  @Column(length = 2)
  private String country;

  protected RecordCountry() {}

  /** Kind, id and country together identify a row. */
  public static class Key implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private RecordKind kind;
    private Long id;
    private String country;

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k
          && kind == k.kind
          && java.util.Objects.equals(id, k.id)
          && java.util.Objects.equals(country, k.country);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(kind, id, country);
    }
  }
}
