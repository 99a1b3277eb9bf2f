package ca.gc.engagement.api;

import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.search.entity.RecordQuery;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The query parameters every list of API v1 takes: {@code q, country, sector, status, from, to,
 * page, size, sort}. Read as text so that a value that is not even a number or a date is a 400
 * naming the parameter (JAX-RS would answer 404); what the values mean is the search's to judge.
 */
public class ListParameters {

  @QueryParam("q")
  String q;

  @QueryParam("country")
  String country;

  @QueryParam("sector")
  String sector;

  @QueryParam("status")
  String status;

  @QueryParam("from")
  String from;

  @QueryParam("to")
  String to;

  @QueryParam("page")
  String page;

  @QueryParam("size")
  String size;

  @QueryParam("sort")
  String sort;

  public RecordQuery query() {
    List<Problem.FieldError> errors = new ArrayList<>();
    LocalDate fromDate = date("from", from, errors);
    LocalDate toDate = date("to", to, errors);
    if (!errors.isEmpty()) {
      throw new InvalidParametersException(errors);
    }
    return new RecordQuery(q, Set.of(), country, sector, status, fromDate, toDate, sort);
  }

  public PageRequest page() {
    List<Problem.FieldError> errors = new ArrayList<>();
    int pageNumber = number("page", page, 0, errors);
    int pageSize = number("size", size, PageRequest.DEFAULT_SIZE, errors);
    if (!errors.isEmpty()) {
      throw new InvalidParametersException(errors);
    }
    return new PageRequest(pageNumber, pageSize);
  }

  /**
   * The criteria as given, for a list of one kind of record (not the search's): dates read as
   * dates, and only the parameters that list takes ({@code taken}, among {@code q, country, sector,
   * status, from, to, sort}). Any other one given is a 400 naming it, so that no filter is ever
   * silently ignored; what the values mean is the service's to judge.
   */
  public Criteria criteria(String... taken) {
    List<Problem.FieldError> errors = new ArrayList<>();
    Set<String> accepted = Set.of(taken);
    Map<String, String> given = new LinkedHashMap<>();
    given.put("q", q);
    given.put("country", country);
    given.put("sector", sector);
    given.put("status", status);
    given.put("from", from);
    given.put("to", to);
    given.put("sort", sort);
    String takes = String.join(", ", given.keySet().stream().filter(accepted::contains).toList());
    given.forEach(
        (name, value) -> {
          if (value != null && !value.isBlank() && !accepted.contains(name)) {
            errors.add(
                new Problem.FieldError(
                    name,
                    "This list is not filtered or sorted by "
                        + name
                        + "; it takes "
                        + takes
                        + "."));
          }
        });
    LocalDate fromDate = accepted.contains("from") ? date("from", from, errors) : null;
    LocalDate toDate = accepted.contains("to") ? date("to", to, errors) : null;
    if (!errors.isEmpty()) {
      throw new InvalidParametersException(errors);
    }
    return new Criteria(q, country, sector, status, fromDate, toDate, sort);
  }

  /** The criteria of a list as given (null when absent; the services read blank as absent). */
  public record Criteria(
      String q,
      String country,
      String sector,
      String status,
      LocalDate from,
      LocalDate to,
      String sort) {}

  /** A day given in another query parameter ({@code on}): null when not given, else a 400. */
  public static LocalDate date(String name, String value) {
    List<Problem.FieldError> errors = new ArrayList<>();
    LocalDate date = date(name, value, errors);
    if (!errors.isEmpty()) {
      throw new InvalidParametersException(errors);
    }
    return date;
  }

  private static LocalDate date(String name, String value, List<Problem.FieldError> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      errors.add(
          new Problem.FieldError(name, "Give the date as YYYY-MM-DD, for example 2026-01-13."));
      return null;
    }
  }

  private static int number(
      String name, String value, int fallback, List<Problem.FieldError> errors) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      errors.add(new Problem.FieldError(name, "Give a whole number."));
      return fallback;
    }
  }
}
