package ca.gc.engagement.meeting.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /meetings/{id}/readout}: what came of the meeting. */
@Schema(
    description = "What was said and agreed: the meeting is then HELD.",
    example =
        """
        {
          "readout": "Both leaders agreed to pursue a preliminary arrangement on electric vehicles and canola; officials to report by 1 March 2026."
        }
        """)
public record ReadoutRequest(String readout) {}
