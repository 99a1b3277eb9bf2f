package ca.gc.engagement.carveout.api;

import ca.gc.engagement.carveout.entity.Proposal;
import java.time.LocalDate;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /screenings}; the service judges it (see {@link Proposal}). */
@Schema(
    description = "A proposal to screen before anything is put on file; nothing is stored.",
    example =
        """
        {
          "parties": ["CA", "CN"],
          "sectors": ["CANOLA"],
          "regions": ["CA-SK"],
          "text": "China cuts its duties on Canadian canola seed to about 15 % by 1 March 2026.",
          "date": "2026-01-16"
        }
        """)
public record ScreeningRequest(
    Set<String> parties, Set<String> sectors, Set<String> regions, String text, LocalDate date) {

  Proposal toDraft() {
    return new Proposal(parties, sectors, regions, text, date);
  }
}
