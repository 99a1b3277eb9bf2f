package ca.gc.engagement.statement.api;

import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.statement.entity.Stance;
import ca.gc.engagement.statement.entity.StatementDraft;
import java.time.LocalDate;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /statements} and {@code PUT /statements/{id}}; the service judges it (see
 * {@link StatementDraft}).
 */
@Schema(
    description = "A stakeholder's statement to record, or the whole content that replaces one.",
    example =
        """
        {
          "stakeholderId": 4,
          "date": "2026-01-13",
          "stance": "CONCERNED",
          "sectors": ["AUTOMOTIVE"],
          "text": "Very concerned that Canada might drop the policies that protect the auto sector.",
          "source": {
            "publication": "Press conference at Queen's Park",
            "url": "https://news.ontario.ca/"
          },
          "missionId": 1,
          "classification": "UNCLASSIFIED"
        }
        """)
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
