package ca.gc.engagement.statement.api;

import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.statement.entity.Stance;
import ca.gc.engagement.statement.entity.StatementDraft;
import java.time.LocalDate;
import java.util.Set;

/**
 * The body of {@code POST /statements} and {@code PUT /statements/{id}}; the service judges it (see
 * {@link StatementDraft}).
 */
public record StatementRequest(
    Long stakeholderId,
    LocalDate date,
    Stance stance,
    Set<String> sectors,
    String text,
    SourceRepresentation source,
    Long missionId,
    Classification classification) {

  StatementDraft toDraft() {
    return new StatementDraft(
        stakeholderId,
        date,
        stance,
        sectors,
        text,
        source == null ? null : source.toDraft(),
        missionId,
        classification);
  }
}
