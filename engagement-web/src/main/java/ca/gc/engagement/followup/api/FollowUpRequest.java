package ca.gc.engagement.followup.api;

import ca.gc.engagement.followup.entity.FollowUpDraft;
import ca.gc.engagement.followup.entity.OriginKind;
import ca.gc.engagement.security.entity.Classification;
import java.time.LocalDate;

/**
 * The body of {@code POST /follow-ups} and {@code PUT /follow-ups/{id}}; the service judges it (see
 * {@link FollowUpDraft}).
 */
public record FollowUpRequest(
    String description,
    OriginKind originKind,
    Long originId,
    String owner,
    LocalDate dueDate,
    Classification classification) {

  FollowUpDraft toDraft() {
    return new FollowUpDraft(description, originKind, originId, owner, dueDate, classification);
  }
}
