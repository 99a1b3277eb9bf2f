package ca.gc.engagement.feed.entity;

import ca.gc.engagement.audit.entity.RevisionEntry.Change;
import java.time.Instant;

/**
 * One line of the change feed: at {@code position}, the record {@code id} of that kind was created
 * or changed (a lifecycle step is a change) by the revision committed {@code at}.
 */
public record FeedEntry(long position, FeedKind kind, long id, Change change, Instant at) {}
