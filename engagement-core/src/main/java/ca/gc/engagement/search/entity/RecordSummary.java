package ca.gc.engagement.search.entity;

import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.security.entity.Classified;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Synchronize;

/**
 * One line of the search across kinds: a mission, meeting, agreement or statement reduced to what
 * lists show and filter on, read from the database view {@code searchable_record} (migration V9).
 * Read-only; the clearance filter applies to it as to the records themselves. Serializable: search
 * results live in a page's view state, which a cluster replicates. The view names the tables under
 * it ({@code @Synchronize}): a write to them flushes before a search and makes the search's cached
 * results stale (docs/decisions/0025-query-cache.md).
 */
@Entity
@Immutable
@Synchronize({"mission", "meeting", "agreement", "statement", "stakeholder"})
@Table(name = "searchable_record")
@IdClass(RecordKey.class)
@Filter(name = Classified.CLEARANCE_FILTER)
public class RecordSummary implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private RecordKind kind;

  @Id private Long id;

  private String title;

  private String body;

  @Column(length = 2)
  private String country;

  @Column(name = "record_date")
  private LocalDate date;

  @Column(length = 20)
  private String status;

  private Classification classification;

  protected RecordSummary() {}

  public RecordKind getKind() {
    return kind;
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  /** The record's longer text (objectives, agenda, summary, statement), for snippets. */
  public String getBody() {
    return body;
  }

  public String getCountry() {
    return country;
  }

  public LocalDate getDate() {
    return date;
  }

  public String getStatus() {
    return status;
  }

  public Classification getClassification() {
    return classification;
  }
}
