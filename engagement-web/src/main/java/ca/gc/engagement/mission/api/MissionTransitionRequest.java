package ca.gc.engagement.mission.api;

import ca.gc.engagement.mission.entity.MissionStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /missions/{id}/transitions}: the status the mission moves to. */
@Schema(
    description =
        "The status the mission moves to: PLANNED → UNDERWAY → COMPLETED, or CANCELLED before it ends.",
    example =
        """
        {
          "to": "UNDERWAY"
        }
        """)
public record MissionTransitionRequest(MissionStatus to) {}
