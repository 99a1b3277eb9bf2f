package ca.gc.engagement.api;

import ca.gc.engagement.audit.api.RevisionRepresentation;
import ca.gc.engagement.audit.entity.RevisionEntry;
import ca.gc.engagement.records.entity.RecordNotFoundException;
import ca.gc.engagement.security.entity.Classified;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * What every record resource answers the same way, for one kind of record: a read (404 when the
 * record is unknown or above the caller's clearance), a record just created (201, Location, ETag),
 * a change that names the version it was made on ({@code If-Match}, checked before the body is
 * looked at), the record as it now stands, and its history. The resources keep their own methods
 * (their paths, operation ids and bodies are the API's contract, and OpenAPI reads them there) and
 * say only which service call each one is.
 *
 * <pre>
 * private RecordEndpoint&lt;FollowUp&gt; records() {
 *   return RecordEndpoint.of(FollowUp.KIND, followUps::find, followUps::history,
 *       FollowUpRepresentation::of);
 * }
 * </pre>
 */
public final class RecordEndpoint<E extends Classified> {

  /** A change of the record {@code id} made on the version {@code If-Match} named. */
  @FunctionalInterface
  public interface Change<E> {
    E on(long version);
  }

  private final String kind;
  private final LongFunction<Optional<E>> finder;
  private final LongFunction<List<RevisionEntry>> revisions;
  private final Function<? super E, ?> representation;

  private RecordEndpoint(
      String kind,
      LongFunction<Optional<E>> finder,
      LongFunction<List<RevisionEntry>> revisions,
      Function<? super E, ?> representation) {
    this.kind = kind;
    this.finder = finder;
    this.revisions = revisions;
    this.representation = representation;
  }

  /**
   * @param kind the kind's name, as a 404 says it
   * @param finder the service's find by id (empty: unknown or above the caller's clearance)
   * @param revisions the service's history by id
   * @param representation the record as API v1 shows it
   */
  public static <E extends Classified> RecordEndpoint<E> of(
      String kind,
      LongFunction<Optional<E>> finder,
      LongFunction<List<RevisionEntry>> revisions,
      Function<? super E, ?> representation) {
    return new RecordEndpoint<>(kind, finder, revisions, representation);
  }

  /** The record, or a 404 that says the same whether it is unknown or above the caller. */
  public E find(long id) {
    return finder.apply(id).orElseThrow(() -> new RecordNotFoundException(kind, id));
  }

  /** 200: the record with its ETag. */
  public Response read(long id) {
    return current(find(id));
  }

  /** 200: the record as it now stands (after a change or a step), with its ETag. */
  public Response current(E record) {
    return RecordResponses.current(record, representation.apply(record));
  }

  /** 201: the record just created, with its Location and ETag. */
  public Response created(UriInfo uri, E record) {
    return RecordResponses.created(uri, record, representation.apply(record));
  }

  /**
   * 200 after a change made on the version {@code If-Match} names (428 without it, 412 when it
   * names another record), which is read before the change (and its body) is. A PUT's body may send
   * back the fields the server keeps, as the record's GET gave them: they are judged against the
   * record first ({@link SentBackFields}), and nothing is changed when one differs.
   */
  public Response changed(long id, String ifMatch, Change<E> change) {
    long version = EntityTags.versionFrom(ifMatch, id);
    SentBackFields.judge(
        version,
        () -> {
          E record = find(id);
          return new SentBackFields.Shown(record.getVersion(), representation.apply(record));
        });
    return current(change.on(version));
  }

  /** Who changed the record, what, and when. */
  public List<RevisionRepresentation> history(long id) {
    return RevisionRepresentation.of(revisions.apply(id));
  }
}
