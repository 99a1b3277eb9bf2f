package ca.gc.engagement.briefing.entity;

import ca.gc.engagement.agreement.entity.AgreementStatus;
import ca.gc.engagement.carveout.entity.ScreeningResult;
import ca.gc.engagement.security.entity.Classification;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * An agreement of the mission with its screening against the carve-outs in force today: the
 * verdict, every match the reader may see with its reason, and how many matches are withheld.
 *
 * @param parties ISO 3166-1 codes, in alphabetical order
 * @param meeting the title of the meeting it came out of, if the reader may see it; otherwise null
 * @param sectors sector names
 * @param regions region codes (ISO 3166-2 or named areas)
 * @param exempted whether an approver has exempted it from a REVIEW verdict
 */
public record AgreementBrief(
    long id,
    String title,
    List<String> parties,
    AgreementStatus status,
    LocalDate proposedOn,
    String meeting,
    List<String> sectors,
    List<String> regions,
    String summary,
    ScreeningResult screening,
    boolean exempted,
    Classification marking)
    implements Serializable, Marked {

  public AgreementBrief {
    parties = List.copyOf(parties);
    sectors = List.copyOf(sectors);
    regions = List.copyOf(regions);
  }
}
