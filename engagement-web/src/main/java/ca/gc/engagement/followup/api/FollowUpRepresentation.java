package ca.gc.engagement.followup.api;

import ca.gc.engagement.followup.entity.FollowUp;
import ca.gc.engagement.followup.entity.FollowUpStatus;
import ca.gc.engagement.followup.entity.OriginKind;
import ca.gc.engagement.security.entity.Classification;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;

/** A follow-up as API v1 shows it: the contract other departments code against. */
@JsonbPropertyOrder({
  "id",
  "version",
  "description",
  "originKind",
  "originId",
  "owner",
  "dueDate",
  "status",
  "classification"
})
public record FollowUpRepresentation(
    long id,
    long version,
    String description,
    OriginKind originKind,
    long originId,
    String owner,
    LocalDate dueDate,
    FollowUpStatus status,
    Classification classification) {

  static FollowUpRepresentation of(FollowUp followUp) {
    return new FollowUpRepresentation(
        followUp.getId(),
        followUp.getVersion(),
        followUp.getDescription(),
        followUp.getOriginKind(),
        followUp.getOriginId(),
        followUp.getOwner(),
        followUp.getDueDate(),
        followUp.getStatus(),
        followUp.getClassification());
  }
}
