package ca.gc.engagement.search.entity;

import ca.gc.engagement.security.entity.Classified;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.Immutable;

/** A mission as a list of missions searches it, read from table {@code mission}. */
@Entity
@Immutable
@Table(name = "mission")
@AttributeOverride(name = "body", column = @Column(name = "objectives"))
@Filter(name = Classified.CLEARANCE_FILTER)
public class MissionLine extends KindLine {

  @Column(name = "start_date")
  private LocalDate date;

  @Column(name = "counterpart_country")
  private String country;

  protected MissionLine() {}

  public LocalDate getDate() {
    return date;
  }

  public String getCountry() {
    return country;
  }
}
