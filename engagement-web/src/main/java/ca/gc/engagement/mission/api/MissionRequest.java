package ca.gc.engagement.mission.api;

import ca.gc.engagement.mission.entity.MissionDraft;
import ca.gc.engagement.security.entity.Classification;
import java.time.LocalDate;

/** The body of {@code POST /missions}; the service judges it (see {@link MissionDraft}). */
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
