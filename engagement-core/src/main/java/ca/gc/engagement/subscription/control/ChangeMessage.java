package ca.gc.engagement.subscription.control;

import ca.gc.engagement.feed.entity.FeedCursor;
import ca.gc.engagement.feed.entity.FeedEntry;
import jakarta.json.Json;

/**
 * A feed entry as a webhook sends it: the JSON of an entry of {@code GET /changes} ({@code cursor,
 * kind, id, change, at, href}), its {@code href} built on the API base the subscriber called, and
 * the {@code webhook-id} that names it for that subscription on every attempt, so a receiver can
 * recognise a change it already took.
 */
public final class ChangeMessage {

  private ChangeMessage() {}

  public static String body(FeedEntry entry, String apiBase) {
    String base = apiBase.endsWith("/") ? apiBase : apiBase + "/";
    return Json.createObjectBuilder()
        .add("cursor", FeedCursor.of(entry.position()))
        .add("kind", entry.kind().collection())
        .add("id", entry.id())
        .add("change", entry.change().name())
        .add("at", entry.at().toString())
        .add("href", base + entry.kind().collection() + "/" + entry.id())
        .build()
        .toString();
  }

  /** The same on every attempt of the same change to the same subscription, and only there. */
  public static String webhookId(long subscriptionId, FeedEntry entry) {
    return "sub" + subscriptionId + "_" + FeedCursor.of(entry.position());
  }
}
