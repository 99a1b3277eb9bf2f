package ca.gc.engagement.statement.api;

import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.statement.entity.Stance;
import ca.gc.engagement.statement.entity.Statement;
import ca.gc.engagement.statement.entity.StatementStatus;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * A statement as API v1 shows it: who said what, when, on which sectors, and where it is on record.
 */
@JsonbPropertyOrder({
  "id",
  "version",
  "stakeholderId",
  "date",
  "stance",
  "sectors",
  "text",
  "source",
  "missionId",
  "status",
  "classification"
})
public record StatementRepresentation(
    long id,
    long version,
    long stakeholderId,
    LocalDate date,
    Stance stance,
    List<String> sectors,
    String text,
    SourceRepresentation source,
    Long missionId,
    StatementStatus status,
    Classification classification) {

  static StatementRepresentation of(Statement statement) {
    return new StatementRepresentation(
        statement.getId(),
        statement.getVersion(),
        statement.getStakeholderId(),
        statement.getDate(),
        statement.getStance(),
        statement.getSectors().stream().sorted().toList(),
        statement.getText(),
        SourceRepresentation.of(statement.getSource()),
        statement.getMissionId(),
        statement.getStatus(),
        statement.getClassification());
  }
}
