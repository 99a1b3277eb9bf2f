package ca.gc.engagement.agreement.api;

import ca.gc.engagement.agreement.entity.AgreementStatus;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /agreements/{id}/transitions}: the state to move to, the day the step
 * takes effect (a signature's date), and why.
 */
@Schema(
    name = "AgreementTransitionRequest",
    description =
        "One step of an agreement's lifecycle: the status it moves to, the day it happened, and why.",
    example =
        """
        {
          "to": "SIGNED",
          "on": "2026-01-16",
          "justification": "Preliminary arrangement reported at the end of the visit."
        }
        """)
public record TransitionRequest(AgreementStatus to, LocalDate on, String justification) {}
