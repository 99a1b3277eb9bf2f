package ca.gc.engagement.feed.entity;

import java.util.List;

/**
 * Entries after a position, oldest first, and the position to continue from: the last entry's, or
 * the one asked from when there is nothing new (so a poller keeps its place).
 */
public record FeedPage(List<FeedEntry> entries, long next) {

  public FeedPage {
    entries = List.copyOf(entries);
  }

  public static FeedPage after(long position, List<FeedEntry> entries) {
    return new FeedPage(
        entries, entries.isEmpty() ? position : entries.get(entries.size() - 1).position());
  }
}
