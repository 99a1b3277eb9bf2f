package ca.gc.engagement.api;

import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.search.entity.RecordQuery;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
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
