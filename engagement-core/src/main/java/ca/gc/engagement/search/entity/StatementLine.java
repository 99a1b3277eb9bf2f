package ca.gc.engagement.search.entity;

import ca.gc.engagement.security.entity.Classified;
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
import org.hibernate.annotations.Synchronize;

/**
 * A statement as a list of statements searches it, read from its view {@code searchable_statement}
 * (V12): its line is titled with its stakeholder's name and classified as the stricter of the two,
 * which a join gives and a table does not.
 */
@Entity
@Immutable
@Synchronize({"statement", "stakeholder"})
@Table(name = "searchable_statement")
@Filter(name = Classified.CLEARANCE_FILTER)
public class StatementLine extends KindLine {

  @Column(name = "record_date")
  private LocalDate date;

  @Column(length = 2)
  private String country;

  @ElementCollection
  @CollectionTable(name = "statement_sector", joinColumns = @JoinColumn(name = "statement_id"))
  @Column(name = "sector_code")
  private Set<String> sectors;

  protected StatementLine() {}

  public LocalDate getDate() {
    return date;
  }

  public String getCountry() {
    return country;
  }
}
