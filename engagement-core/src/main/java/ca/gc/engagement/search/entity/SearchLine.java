package ca.gc.engagement.search.entity;

import ca.gc.engagement.security.entity.Classification;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The columns every search view has: the union of all kinds ({@link RecordSummary}) and each kind's
 * own view ({@link MeetingLine} and the others), so one query text serves them all. Serializable:
 * search results live in a page's view state, which a cluster replicates. Each view entity names
 * the tables under its view ({@code @Synchronize}): a write to them flushes before a search and
 * makes the search's cached results stale (docs/decisions/0025-query-cache.md).
 */
@MappedSuperclass
public abstract class SearchLine implements Serializable {

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

  protected SearchLine() {}

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
