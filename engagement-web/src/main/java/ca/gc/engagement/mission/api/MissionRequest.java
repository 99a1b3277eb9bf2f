package ca.gc.engagement.mission.api;

import ca.gc.engagement.mission.entity.MissionDraft;
import ca.gc.engagement.security.entity.Classification;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /missions}; the service judges it (see {@link MissionDraft}). */
@Schema(
    description =
        "A mission to plan, or the whole content that replaces a mission's; the status moves only by transitions.",
    example =
        """
        {
          "title": "Prime Minister's visit to the People's Republic of China",
          "counterpartCountry": "CN",
          "hostCity": "Beijing",
          "startDate": "2026-01-13",
          "endDate": "2026-01-17",
          "lead": "Prime Minister Mark Carney",
          "objectives": "Advance trade and environmental co-operation; resolve the tariff dispute; keep national security and the Arctic out of scope.",
          "classification": "UNCLASSIFIED"
        }
        """)
public record MissionRequest(
    String title,
    String counterpartCountry,
    String hostCity,
    LocalDate startDate,
    LocalDate endDate,
    String lead,
    String objectives,
    Classification classification) {

  MissionDraft toDraft() {
    return new MissionDraft(
        title, counterpartCountry, hostCity, startDate, endDate, lead, objectives, classification);
  }
}
