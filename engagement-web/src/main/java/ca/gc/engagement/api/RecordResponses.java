package ca.gc.engagement.api;

import ca.gc.engagement.security.entity.Classified;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The two answers every record resource gives: the record as it now stands (200 with its ETag,
 * after a read, a change or a step on its lifecycle) and a record just created (201 with its
 * Location and ETag). Kept in one place so that every resource tags and locates the same way.
 */
public final class RecordResponses {

  private RecordResponses() {}

  /** 200: the record's representation, tagged with the version it shows. */
  public static Response current(Classified record, Object representation) {
    return current(EntityTags.of(record), representation);
  }

  /** 200 for what is keyed otherwise than by id (a sector by its code). */
  public static Response current(EntityTag tag, Object representation) {
    return Response.ok(representation).tag(tag).build();
  }

  /** 201: where the new record lives (the collection's URI and its id), its tag and content. */
  public static Response created(UriInfo uri, Classified record, Object representation) {
    return created(uri, String.valueOf(record.getId()), EntityTags.of(record), representation);
  }

  /** 201 for what is keyed otherwise than by id (a sector by its code). */
  public static Response created(UriInfo uri, String key, EntityTag tag, Object representation) {
    return Response.created(uri.getAbsolutePathBuilder().path(key).build())
        .tag(tag)
        .entity(representation)
        .build();
  }
}
