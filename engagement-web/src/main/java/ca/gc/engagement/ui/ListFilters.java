package ca.gc.engagement.ui;

import ca.gc.engagement.search.entity.RecordKind;
import ca.gc.engagement.search.entity.RecordQuery;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/**
 * The criteria a list page holds as view parameters ({@code
 * ?q=&country=&sector=&status=&from=&to=}), so that a filtered list is an address to bookmark or
 * send. A list that has no use for one of them declares no view parameter for it, and it stays
 * empty.
 */
public class ListFilters implements Serializable {

  private static final long serialVersionUID = 1L;

  private String q;
  private String country;
  private String sector;
  private Enum<?> status;
  private LocalDate from;
  private LocalDate to;

  /** Whether any criterion narrows the list (an empty list then says "no match", not "none"). */
  public boolean isAny() {
    return given(q)
        || given(country)
        || given(sector)
        || status != null
        || from != null
        || to != null;
  }

  /** The status by its name, as the services take it; null for any. */
  public String statusName() {
    return status == null ? null : status.name();
  }

  /** The criteria as the one search of the records takes them, every kind of record. */
  public RecordQuery recordQuery(String sort) {
    return recordQuery(Set.of(), sort);
  }

  /**
   * The criteria as the one search of the records takes them, of those kinds (none: every kind).
   */
  public RecordQuery recordQuery(Set<RecordKind> kinds, String sort) {
    return new RecordQuery(q, kinds, country, sector, statusName(), from, to, sort);
  }

  /** A list's own query, taking every criterion in the order they are declared here. */
  @FunctionalInterface
  public interface Query<Q> {
    Q of(
        String q,
        String country,
        String sector,
        String status,
        LocalDate from,
        LocalDate to,
        String sort);
  }

  /** The criteria as a list's own query takes them ({@code CarveOutQuery::new}). */
  public <Q> Q query(Query<Q> query, String sort) {
    return query.of(q, country, sector, statusName(), from, to, sort);
  }

  private static boolean given(String criterion) {
    return criterion != null && !criterion.isBlank();
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getSector() {
    return sector;
  }

  public void setSector(String sector) {
    this.sector = sector;
  }

  public Enum<?> getStatus() {
    return status;
  }

  public void setStatus(Enum<?> status) {
    this.status = status;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
