package ca.gc.engagement.search.entity;

import ca.gc.engagement.security.entity.Classified;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.Immutable;

/** An agreement as a list of agreements searches it, read from table {@code agreement}. */
@Entity
@Immutable
@Table(name = "agreement")
@AttributeOverride(name = "body", column = @Column(name = "summary"))
@Filter(name = Classified.CLEARANCE_FILTER)
public class AgreementLine extends KindLine {

  @Column(name = "proposed_on")
  private LocalDate date;

  protected AgreementLine() {}

  public LocalDate getDate() {
    return date;
  }
}
