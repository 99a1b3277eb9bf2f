package ca.gc.engagement.api;

import ca.gc.engagement.api.export.CsvExport;
import ca.gc.engagement.api.export.Exports;
import ca.gc.engagement.query.entity.Page;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.records.entity.HostileText;
import ca.gc.engagement.search.entity.RecordQuery;
import ca.gc.engagement.sector.entity.UnknownSectorException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters every list of API v1 takes: {@code q, country, sector, status, from, to,
 * page, size, sort}. Read as text so that a value that is not even a number or a date is a 400
 * naming the parameter (JAX-RS would answer 404); what the values mean is the search's to judge.
 * Every list reads them the same way: it names the criteria it takes ({@link #criteria}), and its
 * page comes through {@link #page} (a list answered as CSV is an export of up to {@link
 * CsvExport#MAX_ROWS} rows where JSON pages at most 200).
 */
public class ListParameters {

  @QueryParam("q")
  @Parameter(
      description = "Text the record's title or body contains, in any case.",
      example = "canola")
  String q;

  @QueryParam("country")
  @Parameter(
      description = "A country the record concerns, as an ISO 3166-1 alpha-2 code.",
      example = "CN")
  String country;

  @QueryParam("sector")
  @Parameter(
      description = "A sector code; the sectors within it count too (AGRI_FOOD finds CANOLA).",
      example = "AGRI_FOOD")
  String sector;

  @QueryParam("status")
  @Parameter(description = "One of the record's statuses (see its schema).", example = "PLANNED")
  String status;

  @QueryParam("from")
  @Parameter(
      description = "The first day of the period the record must fall in or overlap, YYYY-MM-DD.",
      example = "2026-01-01",
      schema = @Schema(type = SchemaType.STRING, format = "date"))
  String from;

  @QueryParam("to")
  @Parameter(
      description = "The last day of that period, YYYY-MM-DD.",
      example = "2026-01-31",
      schema = @Schema(type = SchemaType.STRING, format = "date"))
  String to;

  @QueryParam("page")
  @Parameter(
      description = "The page, from 0.",
      example = "0",
      schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
  String page;

  @QueryParam("size")
  @Parameter(
      description =
          "Records per page, 1 to 200 (20 when not given); as CSV (text/csv or format=csv), 1 to"
              + " 10000 rows.",
      example = "20",
      schema =
          @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "10000", defaultValue = "20"))
  String size;

  @QueryParam("sort")
  @Parameter(
      description = "A field of the record and a direction, \"field,asc\" or \"field,desc\".",
      example = "startDate,desc")
  String sort;

  @Context HttpServletRequest request;

  /**
   * The list's answer: the page {@code lister} reads, each record as {@code representation}, in the
   * kind's page record {@code pageOf}. Records represented with what is computed for the whole page
   * at once go through {@link #page(Function, Function, BiFunction, PageOf)}.
   */
  public <E, R, P extends Record> P page(
      Function<PageRequest, Page<E>> lister,
      Function<? super E, ? extends R> representation,
      PageOf<R, P> pageOf) {
    return pageOfAll(lister, records -> records.stream().<R>map(representation).toList(), pageOf);
  }

  /**
   * The list's answer, from the page {@code lister} reads, its records represented together. As
   * JSON (or iCalendar) that is the page asked for, at most 200 records (the services refuse more).
   * As CSV it is an export of up to {@link CsvExport#MAX_ROWS} rows: the first chunk of at most 200
   * is read here, the others while the CSV is written, in the request's one transaction
   * (ExportTransaction). A sector the catalogue lacks is a value the list cannot use: a 400 naming
   * {@code sector}, like every other unusable parameter.
   */
  private <E, R, P extends Record> P pageOfAll(
      Function<PageRequest, Page<E>> lister,
      Function<List<E>, List<R>> representations,
      PageOf<R, P> pageOf) {
    return page(
        request -> {
          Page<E> found;
          try {
            found = lister.apply(request);
          } catch (UnknownSectorException e) {
            throw new InvalidParametersException(
                List.of(new Problem.FieldError("sector", e.getMessage())));
          }
          totalRead = found.total();
          return pageOf.of(
              representations.apply(found.items()), found.page(), found.size(), found.total());
        });
  }

  /**
   * The list's answer, its records represented each with what is computed for the whole page at
   * once ({@code perPage}, in the page's order: meetings' carve-out flags, agreements' outlooks).
   */
  public <E, F, R, P extends Record> P page(
      Function<PageRequest, Page<E>> lister,
      Function<List<E>, List<F>> perPage,
      BiFunction<? super E, ? super F, ? extends R> representation,
      PageOf<R, P> pageOf) {
    return pageOfAll(
        lister, records -> paired(records, perPage.apply(records), representation), pageOf);
  }

  /** Each record represented with what was computed for it, at the same place of its list. */
  public static <E, F, R> List<R> paired(
      List<E> records,
      List<F> computed,
      BiFunction<? super E, ? super F, ? extends R> representation) {
    List<R> represented = new ArrayList<>(records.size());
    for (int i = 0; i < records.size(); i++) {
      represented.add(representation.apply(records.get(i), computed.get(i)));
    }
    return represented;
  }

  /** A kind's page record: {@code {items, page, size, total}}. */
  @FunctionalInterface
  public interface PageOf<R, P extends Record> {
    P of(List<R> items, int page, int size, long total);
  }

  /**
   * The page as the kind's page record, read by {@code lister}; an export when CSV is asked for.
   */
  <P extends Record> P page(Function<PageRequest, P> lister) {
    CsvExport export = csvExport();
    if (export == null) {
      PageRequest asked = page();
      P answer = lister.apply(asked);
      answered(new ListPage(asked.page(), asked.size(), totalRead));
      return answer;
    }
    List<Problem.FieldError> errors = new ArrayList<>();
    int pageNumber = number("page", page, 0, errors);
    int pageSize = number("size", size, PageRequest.DEFAULT_SIZE, errors);
    if (errors.isEmpty()) {
      CsvExport.checkSize(pageSize).ifPresent(errors::add);
    }
    if (errors.isEmpty() && (long) pageNumber * pageSize > Integer.MAX_VALUE - pageSize) {
      errors.add(
          new Problem.FieldError("page", "No list holds that many records; give a smaller page."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidParametersException(errors);
    }
    P first = export.begin(pageNumber, pageSize, lister);
    answered(new ListPage(export.page(), export.size(), export.total()));
    return first;
  }

  /** The total of the page the lister read last (the first chunk's, for an export). */
  private long totalRead;

  /** Where the answer stands in its list, for its headers and links (ReadAnswers). */
  private void answered(ListPage page) {
    if (request != null) {
      request.setAttribute(ListPage.ATTRIBUTE, page);
    }
  }

  /** The export this request opened, when it asks for CSV ({@link Exports#asksForCsv}). */
  private CsvExport csvExport() {
    if (request == null || !Exports.asksForCsv(request)) {
      return null;
    }
    return CsvExport.of(request);
  }

  private PageRequest page() {
    List<Problem.FieldError> errors = new ArrayList<>();
    int pageNumber = number("page", page, 0, errors);
    int pageSize = number("size", size, PageRequest.DEFAULT_SIZE, errors);
    if (!errors.isEmpty()) {
      throw new InvalidParametersException(errors);
    }
    return new PageRequest(pageNumber, pageSize);
  }

  /** Every criterion a list may take, in the order a refusal lists them. */
  public static final String[] EVERY_CRITERION = {
    "q", "country", "sector", "status", "from", "to", "sort"
  };

  /** What a list takes besides its criteria: the page, and the format of an export. */
  private static final Set<String> PAGING = Set.of("page", "size", "format");

  @Context UriInfo uriInfo;

  /**
   * The criteria as given, the one way every list reads them: dates read as dates, and only the
   * parameters that list takes ({@code taken}, among {@link #EVERY_CRITERION}). Any other one given
   * is a 400 naming it, so that no filter is ever silently ignored; what the values mean is the
   * service's to judge.
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
            errors.add(notTaken(name, takes));
          }
        });
    if (uriInfo != null) {
      uriInfo.getQueryParameters().keySet().stream()
          .filter(name -> !given.containsKey(name) && !PAGING.contains(name))
          .sorted()
          .forEach(name -> errors.add(notTaken(name, takes)));
    }
    refuseHiddenCharacters(errors);
    LocalDate fromDate = accepted.contains("from") ? date("from", from, errors) : null;
    LocalDate toDate = accepted.contains("to") ? date("to", to, errors) : null;
    if (!errors.isEmpty()) {
      throw new InvalidParametersException(errors);
    }
    return new Criteria(q, country, sector, status, fromDate, toDate, sort);
  }

  /**
   * Any query parameter besides {@code taken} is a 400 naming it, as on every list: for a resource
   * that reads its own parameters (the change feed) rather than a list's.
   */
  public static List<Problem.FieldError> notTaken(UriInfo uriInfo, String... taken) {
    List<String> accepted = List.of(taken);
    String takes = String.join(", ", accepted);
    return uriInfo.getQueryParameters().keySet().stream()
        .filter(name -> !accepted.contains(name))
        .sorted()
        .map(name -> notTaken(name, takes))
        .toList();
  }

  /**
   * A whole number given in query parameter {@code name}, from {@code min} to {@code max}; {@code
   * fallback} when not given. Anything else adds the parameter's 400 to {@code errors}.
   */
  public static int number(
      String name, String value, int fallback, int min, int max, List<Problem.FieldError> errors) {
    int before = errors.size();
    int number = number(name, value, fallback, errors);
    if (errors.size() == before && (number < min || number > max)) {
      errors.add(
          new Problem.FieldError(name, "Give a whole number from " + min + " to " + max + "."));
    }
    return number;
  }

  private static Problem.FieldError notTaken(String name, String takes) {
    return new Problem.FieldError(
        name, "This list is not filtered or sorted by " + name + "; it takes " + takes + ".");
  }

  /**
   * A control character in a filter is a 400, as in a body ({@link HostileText#refused}): no record
   * holds one, and PostgreSQL refuses a NUL in a query outright (it was a 500 there).
   */
  private void refuseHiddenCharacters(List<Problem.FieldError> errors) {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("q", q);
    texts.put("country", country);
    texts.put("sector", sector);
    texts.put("status", status);
    texts.put("sort", sort);
    texts.forEach(
        (name, value) -> {
          if (value != null && value.codePoints().anyMatch(HostileText::refused)) {
            errors.add(
                new Problem.FieldError(
                    name,
                    "Remove the control character (or one that hides or reorders text) from "
                        + name
                        + "."));
          }
        });
  }

  /** The criteria of a list as given (null when absent; the services read blank as absent). */
  public record Criteria(
      String q,
      String country,
      String sector,
      String status,
      LocalDate from,
      LocalDate to,
      String sort) {

    /**
     * The criteria as the one search's query for one kind (missions, meetings, ...), whose statuses
     * are {@code statuses}: a status the kind lacks is a 400 naming {@code status}, as on every
     * other list (the search itself reads the status as text across kinds, so it would find
     * nothing, not refuse).
     */
    public RecordQuery search(Class<? extends Enum<?>> statuses) {
      if (status != null && !status.isBlank()) {
        List<String> names = Arrays.stream(statuses.getEnumConstants()).map(Enum::name).toList();
        if (!names.contains(status.strip())) {
          throw new InvalidParametersException(
              List.of(
                  new Problem.FieldError(
                      "status",
                      "Filter by one of these statuses: " + String.join(", ", names) + ".")));
        }
      }
      return new RecordQuery(
          q, Set.of(), country, sector, status == null ? null : status.strip(), from, to, sort);
    }
  }

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
