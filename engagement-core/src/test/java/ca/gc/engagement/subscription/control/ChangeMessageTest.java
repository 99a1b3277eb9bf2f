package ca.gc.engagement.subscription.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import ca.gc.engagement.audit.entity.RevisionEntry.Change;
import ca.gc.engagement.feed.entity.FeedCursor;
import ca.gc.engagement.feed.entity.FeedEntry;
import ca.gc.engagement.feed.entity.FeedKind;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ChangeMessageTest {

  private static final FeedEntry ENTRY =
      new FeedEntry(
          57, FeedKind.TRADE_MEASURES, 12, Change.CHANGED, Instant.parse("2026-01-16T02:00:00Z"));

  @Test
  void theBodyIsTheFeedEntryWithItsAddressOnTheSubscribersBase() {
    assertEquals(
        "{\"cursor\":\""
            + FeedCursor.of(57)
            + "\",\"kind\":\"trade-measures\",\"id\":12,\"change\":\"CHANGED\","
            + "\"at\":\"2026-01-16T02:00:00Z\","
            + "\"href\":\"https://records.gc.ca/engagement/api/v1/trade-measures/12\"}",
        ChangeMessage.body(ENTRY, "https://records.gc.ca/engagement/api/v1/"));
    assertEquals(
        ChangeMessage.body(ENTRY, "https://records.gc.ca/engagement/api/v1/"),
        ChangeMessage.body(ENTRY, "https://records.gc.ca/engagement/api/v1"));
  }

  /** The same change to the same subscription: the same id, so a receiver can drop a repeat. */
  @Test
  void theWebhookIdNamesTheSubscriptionAndTheChange() {
    assertEquals(ChangeMessage.webhookId(3, ENTRY), ChangeMessage.webhookId(3, ENTRY));
    assertNotEquals(ChangeMessage.webhookId(3, ENTRY), ChangeMessage.webhookId(4, ENTRY));
    assertEquals("sub3_" + FeedCursor.of(57), ChangeMessage.webhookId(3, ENTRY));
  }
}
