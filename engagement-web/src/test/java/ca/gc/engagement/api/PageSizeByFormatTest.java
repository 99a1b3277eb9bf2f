package ca.gc.engagement.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.api.export.CsvExport;
import ca.gc.engagement.query.entity.PageRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How many records one answer of a list may hold: a JSON page at most 200 (the services refuse
 * more), a CSV export up to 10 000, read as pages of at most 200 that together are exactly the rows
 * asked for.
 */
class PageSizeByFormatTest {

  record Row(long id) {}

  record Page(List<Row> items, int page, int size, long total) {}

  private static ValidatorFactory validation;

  @BeforeAll
  static void validation() {
    validation = Validation.buildDefaultValidatorFactory();
  }

  @AfterAll
  static void close() {
    validation.close();
  }

  /** A list of {@code total} records numbered from 0, recording the pages it was asked for. */
  private static final class RecordedList {
    final long total;
    final List<PageRequest> asked = new ArrayList<>();

    RecordedList(long total) {
      this.total = total;
    }

    Page page(PageRequest request) {
      Set<ConstraintViolation<PageRequest>> refused = validation.getValidator().validate(request);
      if (!refused.isEmpty()) {
        throw new IllegalArgumentException(refused.iterator().next().getMessage());
      }
      asked.add(request);
      List<Row> rows =
          LongStream.range(request.offset(), Math.min(total, request.offset() + request.size()))
              .mapToObj(Row::new)
              .toList();
      return new Page(rows, request.page(), request.size(), total);
    }
  }

  private static ListParameters parameters(String accept, String page, String size) {
    ListParameters parameters = new ListParameters();
    parameters.page = page;
    parameters.size = size;
    Map<String, Object> attributes = new HashMap<>();
    new CsvExport(() -> {})
        .openFor(
            (HttpServletRequest)
                Proxy.newProxyInstance(
                    PageSizeByFormatTest.class.getClassLoader(),
                    new Class<?>[] {HttpServletRequest.class},
                    (proxy, method, args) -> {
                      if (method.getName().equals("setAttribute")) {
                        attributes.put((String) args[0], args[1]);
                      }
                      return null;
                    }));
    parameters.request =
        (HttpServletRequest)
            Proxy.newProxyInstance(
                PageSizeByFormatTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "getAttribute" -> attributes.get(args[0]);
                      case "getMethod" -> "GET";
                      case "getHeader" -> "Accept".equals(args[0]) ? accept : null;
                      default -> null;
                    });
    return parameters;
  }

  /** The rows a CSV answer holds, chunk after chunk, as its writer reads them. */
  private static List<Long> exported(ListParameters parameters, RecordedList list) {
    Page first = parameters.page(list::page);
    CsvExport export = CsvExport.of(parameters.request);
    List<Long> ids = new ArrayList<>();
    assertTrue(export.answers(first));
    for (List<?> rows = export.firstRows(); rows != null; rows = export.nextRows()) {
      rows.forEach(row -> ids.add(((Row) row).id()));
    }
    return ids;
  }

  @Test
  void aJsonPageHoldsAtMost200Records() {
    var list = new RecordedList(500);
    assertEquals(200, parameters("application/json", "0", "200").page(list::page).items().size());
    var refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> parameters("application/json", "0", "201").page(list::page));
    assertEquals("A page holds between 1 and 200 records.", refused.getMessage());
  }

  @Test
  void aCsvExportHoldsUpTo10000RowsReadAsPagesOf200() {
    var list = new RecordedList(12_000);
    List<Long> ids = exported(parameters("text/csv", "0", "10000"), list);
    assertEquals(LongStream.range(0, 10_000).boxed().toList(), ids);
    assertEquals(50, list.asked.size());
    assertTrue(list.asked.stream().allMatch(request -> request.size() == 200));
  }

  @Test
  void aCsvSizeAbove10000OrBelow1IsRefusedNamingTheLimit() {
    var list = new RecordedList(12_000);
    for (String size : List.of("10001", "0", "-5")) {
      var refused =
          assertThrows(
              InvalidParametersException.class,
              () -> parameters("text/csv", "0", size).page(list::page));
      assertEquals("size", refused.errors().get(0).field());
      assertTrue(refused.errors().get(0).message().contains("10000"), size);
    }
    var farAway =
        assertThrows(
            InvalidParametersException.class,
            () -> parameters("text/csv", "2147483647", "10000").page(list::page));
    assertEquals("page", farAway.errors().get(0).field());
    assertTrue(list.asked.isEmpty(), "nothing read");
  }

  @Test
  void aCsvPageOfAnySizeIsExactlyItsRowsWhereverTheChunksFall() {
    var list = new RecordedList(1_000);
    assertEquals(
        LongStream.range(250, 500).boxed().toList(),
        exported(parameters("text/csv", "1", "250"), list));
    assertEquals(
        LongStream.range(900, 1_000).boxed().toList(),
        exported(parameters("text/csv", "3", "300"), list),
        "the last page stops at the end of the list");
    assertEquals(List.of(), exported(parameters("text/csv", "9", "300"), list));
    list.asked.clear();
    assertEquals(
        LongStream.range(150, 300).boxed().toList(),
        exported(parameters("text/csv", "1", "150"), list));
    assertEquals(List.of(new PageRequest(1, 150)), list.asked, "a page of 200 or less as before");
  }
}
