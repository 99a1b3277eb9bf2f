package ca.gc.engagement.search.entity;

import ca.gc.engagement.security.entity.Classified;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Set;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.Immutable;

/**
 * An agreement as a list of agreements searches it, read from table {@code agreement}: the
 * countries it concerns are its parties.
 */
@Entity
@Immutable
@Table(name = "agreement")
@AttributeOverride(name = "body", column = @Column(name = "summary"))
@Filter(name = Classified.CLEARANCE_FILTER)
public class AgreementLine extends KindLine {

  @Column(name = "proposed_on")
  private LocalDate date;

  @ElementCollection
  @CollectionTable(name = "agreement_party", joinColumns = @JoinColumn(name = "agreement_id"))
  @Column(name = "country")
  private Set<String> countries;

  @ElementCollection
  @CollectionTable(name = "agreement_sector", joinColumns = @JoinColumn(name = "agreement_id"))
  @Column(name = "sector_code")
  private Set<String> sectors;

  protected AgreementLine() {}

  public LocalDate getDate() {
    return date;
  }
}
