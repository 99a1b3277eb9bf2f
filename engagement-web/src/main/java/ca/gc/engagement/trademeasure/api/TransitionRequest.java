package ca.gc.engagement.trademeasure.api;

import ca.gc.engagement.trademeasure.entity.TradeMeasureStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /trade-measures/{id}/transitions}: the status the measure moves to. */
@Schema(
    name = "TradeMeasureTransitionRequest",
    description = "The status the measure moves to: PROPOSED → IN_FORCE ⇄ SUSPENDED → LIFTED.",
    example =
        """
        {
          "to": "IN_FORCE"
        }
        """)
public record TransitionRequest(TradeMeasureStatus to) {}
