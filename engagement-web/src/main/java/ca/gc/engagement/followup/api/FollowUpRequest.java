package ca.gc.engagement.followup.api;

import ca.gc.engagement.followup.entity.FollowUpDraft;
import ca.gc.engagement.followup.entity.OriginKind;
import ca.gc.engagement.security.entity.Classification;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /follow-ups} and {@code PUT /follow-ups/{id}}; the service judges it (see
 * {@link FollowUpDraft}).
 */
@Schema(
    description =
        "A follow-up to record, or the whole content that replaces one: what to do, arising from which record, who owns it, by when.",
    example =
        """
        {
          "description": "Read China's next five-year plan, expected in March 2026, for sectors where Canada could benefit.",
          "originKind": "MISSION",
          "originId": 1,
          "owner": "Trade Policy (Asia)",
          "dueDate": "2026-03-31",
          "classification": "UNCLASSIFIED"
        }
        """)
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
