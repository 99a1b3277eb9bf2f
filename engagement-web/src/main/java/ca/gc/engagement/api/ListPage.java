package ca.gc.engagement.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a list's answer stands in the whole list, as its caller may see it: the page given, its
 * size and the total of the records the caller may read. Every list answer (JSON, CSV, iCalendar)
 * says so in its headers, {@code X-Total-Count}, {@code X-Page}, {@code X-Page-Size}, and links its
 * neighbours (RFC 8288: {@code first}, {@code prev}, {@code next}, {@code last}), each the
 * request's own address with only {@code page} changed, so that a client walks a list with the
 * filters, sort, size and format it asked for.
 */
public record ListPage(int page, int size, long total) {

  /** The request attribute (and JAX-RS property) that holds the page a list answered. */
  static final String ATTRIBUTE = ListPage.class.getName();

  /** The last page that holds a record (0 when none does). */
  public int last() {
    if (total <= 0 || size <= 0) {
      return 0;
    }
    return (int) Math.min(Integer.MAX_VALUE, (total - 1) / size);
  }

  /**
   * The {@code Link} header's value for a list asked at {@code asked} (absolute, with its query as
   * sent): first and last always; prev when there is a page before this one (the last page when
   * this one is past it), next when there is one after it.
   */
  public String links(URI asked) {
    List<String> links = new ArrayList<>(4);
    links.add(link(asked, 0, "first"));
    if (page > 0) {
      links.add(link(asked, Math.min(page - 1, last()), "prev"));
    }
    if (page < last()) {
      links.add(link(asked, page + 1, "next"));
    }
    links.add(link(asked, last(), "last"));
    return String.join(", ", links);
  }

  private static String link(URI asked, int page, String relation) {
    return "<" + withPage(asked, page) + ">; rel=\"" + relation + "\"";
  }

  /**
   * The address with {@code page} set to {@code page} and every other parameter as the caller sent
   * it (still encoded as sent, in its place); {@code page} goes where it was, else last.
   */
  static URI withPage(URI asked, int page) {
    String query = asked.getRawQuery();
    List<String> parameters = new ArrayList<>();
    boolean placed = false;
    if (query != null && !query.isEmpty()) {
      for (String parameter : query.split("&")) {
        if (parameter.isEmpty()) {
          continue;
        }
        String name = parameter.split("=", 2)[0];
        if (name.equals("page")) {
          if (!placed) {
            parameters.add("page=" + page);
            placed = true;
          }
        } else {
          parameters.add(parameter);
        }
      }
    }
    if (!placed) {
      parameters.add("page=" + page);
    }
    String address = asked.toString();
    int cut = address.indexOf('?');
    if (cut < 0) {
      cut = address.indexOf('#');
    }
    String base = cut < 0 ? address : address.substring(0, cut);
    return URI.create(base + "?" + String.join("&", parameters));
  }
}
