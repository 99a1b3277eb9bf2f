package ca.gc.engagement.search.entity;

import ca.gc.engagement.country.entity.IsoCountry;
import ca.gc.engagement.sector.entity.SectorCode;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/**
 * What a reader looks for across records: words, a country, a sector (and the sectors within it), a
 * status, a date range, and the order. Every part is optional; an empty query lists everything the
 * reader may see, newest first.
 *
 * @param text words to find in titles and texts, case-insensitive
 * @param kinds which kinds of record; empty for all
 * @param sort "date", "title", "kind" or "status", then ",asc" or ",desc" (default "date,desc")
 */
public record RecordQuery(
    @Size(max = 200, message = "{ca.gc.engagement.search.text.size}") String text,
    @NotNull Set<@NotNull RecordKind> kinds,
    @IsoCountry String country,
    @SectorCode String sector,
    @Size(max = 20, message = "{ca.gc.engagement.search.status.size}") String status,
    LocalDate from,
    LocalDate to,
    @Pattern(
            regexp = "(date|title|kind|status)(,(asc|desc))?",
            message = "{ca.gc.engagement.search.sort.pattern}")
        String sort) {

  public RecordQuery {
    kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    text = text == null || text.isBlank() ? null : text.strip();
    country = country == null || country.isBlank() ? null : country;
    sector = sector == null || sector.isBlank() ? null : sector;
    status = status == null || status.isBlank() ? null : status;
    sort = sort == null || sort.isBlank() ? "date,desc" : sort;
  }

  public static RecordQuery everything() {
    return new RecordQuery(null, Set.of(), null, null, null, null, null, null);
  }

  public static RecordQuery only(RecordKind kind) {
    return new RecordQuery(null, Set.of(kind), null, null, null, null, null, null);
  }

  /** The same query, for one kind of record only. */
  public RecordQuery of(RecordKind kind) {
    return new RecordQuery(text, Set.of(kind), country, sector, status, from, to, sort);
  }

  @AssertTrue(message = "{ca.gc.engagement.search.period.message}")
  public boolean isChronological() {
    return from == null || to == null || !to.isBefore(from);
  }

  public String sortField() {
    return sort.split(",")[0];
  }

  public boolean ascending() {
    return sort.endsWith(",asc");
  }
}
