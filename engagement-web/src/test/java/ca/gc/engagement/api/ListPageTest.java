package ca.gc.engagement.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A list's links (RFC 8288) and the tag that names an answer's bytes. */
class ListPageTest {

  private static final URI ASKED =
      URI.create(
          "http://127.0.0.1:8680/engagement/api/v1/missions?country=CN&page=1&q=canola%20oil&size=2");

  @Test
  void aMiddlePageLinksAllFourKeepingTheOtherParametersAsSent() {
    assertEquals(
        "<http://127.0.0.1:8680/engagement/api/v1/missions?country=CN&page=0&q=canola%20oil&size=2>;"
            + " rel=\"first\", "
            + "<http://127.0.0.1:8680/engagement/api/v1/missions?country=CN&page=0&q=canola%20oil&size=2>;"
            + " rel=\"prev\", "
            + "<http://127.0.0.1:8680/engagement/api/v1/missions?country=CN&page=2&q=canola%20oil&size=2>;"
            + " rel=\"next\", "
            + "<http://127.0.0.1:8680/engagement/api/v1/missions?country=CN&page=3&q=canola%20oil&size=2>;"
            + " rel=\"last\"",
        new ListPage(1, 2, 7).links(ASKED));
  }

  @Test
  void theFirstPageHasNoPrevAndTheLastNoNext() {
    URI first = URI.create("http://h/api/v1/meetings");
    assertEquals(
        "<http://h/api/v1/meetings?page=0>; rel=\"first\", <http://h/api/v1/meetings?page=1>;"
            + " rel=\"next\", <http://h/api/v1/meetings?page=1>; rel=\"last\"",
        new ListPage(0, 20, 21).links(first));
    assertEquals(
        "<http://h/api/v1/meetings?page=0>; rel=\"first\", <http://h/api/v1/meetings?page=0>;"
            + " rel=\"prev\", <http://h/api/v1/meetings?page=1>; rel=\"last\"",
        new ListPage(1, 20, 21).links(URI.create("http://h/api/v1/meetings?page=1")));
  }

  @Test
  void anEmptyListIsOnePageAndAPagePastTheEndLinksBackToTheLast() {
    assertEquals(0, new ListPage(0, 20, 0).last());
    assertEquals(
        "<http://h/l?page=0>; rel=\"first\", <http://h/l?page=0>; rel=\"last\"",
        new ListPage(0, 20, 0).links(URI.create("http://h/l")));
    assertEquals(
        "<http://h/l?page=0>; rel=\"first\", <http://h/l?page=2>; rel=\"prev\","
            + " <http://h/l?page=2>; rel=\"last\"",
        new ListPage(9, 10, 25).links(URI.create("http://h/l?page=9")));
  }

  @Test
  void theLastPageCountsWholePagesOfTheTotal() {
    assertEquals(0, new ListPage(0, 20, 20).last());
    assertEquals(1, new ListPage(0, 20, 21).last());
    assertEquals(Integer.MAX_VALUE, new ListPage(0, 1, Long.MAX_VALUE).last());
  }

  @Test
  void onlyThePageParameterChangesAndARepeatedOneIsGivenOnce() {
    assertEquals(
        URI.create("http://h/l?format=csv&page=4&sort=title,asc"),
        ListPage.withPage(URI.create("http://h/l?format=csv&page=1&sort=title,asc&page=2"), 4));
    assertEquals(
        URI.create("http://h/l?pages=1&page=3"),
        ListPage.withPage(URI.create("http://h/l?pages=1"), 3));
  }

  @Test
  void aTagNamesTheBytes() {
    String tag = WrittenAnswer.tagOf("{\"items\":[]}".getBytes(StandardCharsets.UTF_8));
    assertEquals(tag, WrittenAnswer.tagOf("{\"items\":[]}".getBytes(StandardCharsets.UTF_8)));
    assertNotEquals(tag, WrittenAnswer.tagOf("{\"items\":[1]}".getBytes(StandardCharsets.UTF_8)));
    assertEquals(34, tag.length(), tag);
  }
}
