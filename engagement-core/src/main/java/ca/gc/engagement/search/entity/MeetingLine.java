package ca.gc.engagement.search.entity;

import ca.gc.engagement.security.entity.Classified;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.Immutable;

/**
 * A meeting as a list of meetings searches it, read from table {@code meeting}. It has no {@code
 * date} column: the search orders meetings by the moment they start, which the indexes of V13 and
 * V14 hold in both directions, and compares a period with its day, as the search across kinds does
 * (V9).
 */
@Entity
@Immutable
@Table(name = "meeting")
@AttributeOverride(name = "body", column = @Column(name = "agenda"))
@Filter(name = Classified.CLEARANCE_FILTER)
public class MeetingLine extends KindLine {

  @Column(name = "starts_at")
  private Instant startsAt;

  @Column(length = 2)
  private String country;

  @ElementCollection
  @CollectionTable(name = "meeting_topic", joinColumns = @JoinColumn(name = "meeting_id"))
  @Column(name = "sector_code")
  private Set<String> sectors;

  protected MeetingLine() {}

  public Instant getStartsAt() {
    return startsAt;
  }

  public String getCountry() {
    return country;
  }
}
