package ca.gc.engagement.search.entity;

import ca.gc.engagement.security.entity.Classification;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A record of one kind as a list of that kind searches it: what the search filters and orders on,
 * mapped read-only straight on the kind's table, so that the database reads a page along the
 * table's own index and stops at the page's last row (through a view, the embedded H2 read and
 * sorted every row for each page: docs/decisions/0028-lists-read-their-table.md). Only ids leave
 * the database; the kind's service loads its records by them. Each kind adds its {@code date}, the
 * day a search's period compares with (a meeting has only its {@code startsAt}, whose day the
 * search takes), the countries and sectors it concerns, and names its text column {@code body}.
 */
@MappedSuperclass
public abstract class KindLine {

  @Id private Long id;

  private String title;

  private String body;

  @Column(length = 20)
  private String status;

  private Classification classification;

  protected KindLine() {}

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public String getStatus() {
    return status;
  }

  public Classification getClassification() {
    return classification;
  }
}
