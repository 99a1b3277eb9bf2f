package ca.gc.engagement.agreement.api;

import ca.gc.engagement.agreement.entity.Agreement;
import ca.gc.engagement.agreement.entity.AgreementOutlook;
import ca.gc.engagement.agreement.entity.AgreementStatus;
import ca.gc.engagement.carveout.api.ScreeningRepresentation;
import ca.gc.engagement.security.entity.Classification;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * An agreement as API v1 shows it: its content, every lifecycle step, the approver's exemption, its
 * {@code screening} against the carve-outs in force today, and the {@code allowedSteps} the reader
 * may take from here (none for a viewer; no sign-off for an officer). Like every empty field of API
 * v1, an exemption nobody recorded is left out rather than sent as null.
 */
@JsonbPropertyOrder({
  "id",
  "version",
  "title",
  "parties",
  "missionId",
  "meetingId",
  "sectors",
  "regions",
  "summary",
  "proposedOn",
  "status",
  "classification",
  "screening",
  "transitions",
  "exemption",
  "allowedSteps"
})
public record AgreementRepresentation(
    long id,
    long version,
    String title,
    List<String> parties,
    Long missionId,
    Long meetingId,
    List<String> sectors,
    List<String> regions,
    String summary,
    LocalDate proposedOn,
    AgreementStatus status,
    Classification classification,
    ScreeningRepresentation screening,
    List<TransitionRepresentation> transitions,
    ExemptionRepresentation exemption,
    List<AgreementStatus> allowedSteps) {

  static AgreementRepresentation of(Agreement agreement, AgreementOutlook outlook) {
    return new AgreementRepresentation(
        agreement.getId(),
        agreement.getVersion(),
        agreement.getTitle(),
        agreement.getParties().stream().sorted().toList(),
        agreement.getMissionId(),
        agreement.getMeetingId(),
        agreement.getSectors().stream().sorted().toList(),
        agreement.getRegions().stream().sorted().toList(),
        agreement.getSummary(),
        agreement.getProposedOn(),
        agreement.getStatus(),
        agreement.getClassification(),
        ScreeningRepresentation.of(outlook.screening(), outlook.held()),
        agreement.getTransitions().stream().map(TransitionRepresentation::of).toList(),
        agreement.getExemption().map(ExemptionRepresentation::of).orElse(null),
        outlook.allowedSteps().stream().sorted().toList());
  }
}
