package ca.gc.engagement.mission.api;

import ca.gc.engagement.mission.entity.Mission;
import ca.gc.engagement.mission.entity.MissionStatus;
import ca.gc.engagement.security.entity.Classification;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;

/** A mission as API v1 shows it: the contract other departments code against. */
@JsonbPropertyOrder({
  "id",
  "version",
  "title",
  "counterpartCountry",
  "hostCity",
  "startDate",
  "endDate",
  "lead",
  "objectives",
  "status",
  "classification"
})
public record MissionRepresentation(
    long id,
    long version,
    String title,
    String counterpartCountry,
    String hostCity,
    LocalDate startDate,
    LocalDate endDate,
    String lead,
    String objectives,
    MissionStatus status,
    Classification classification) {

  static MissionRepresentation of(Mission mission) {
    return new MissionRepresentation(
        mission.getId(),
        mission.getVersion(),
        mission.getTitle(),
        mission.getCounterpartCountry().value(),
        mission.getHostCity(),
        mission.getStartDate(),
        mission.getEndDate(),
        mission.getLead(),
        mission.getObjectives(),
        mission.getStatus(),
        mission.getClassification());
  }
}
