package ca.gc.engagement.briefing.entity;

import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.statement.entity.Stance;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A position a stakeholder took, related to the mission. It shows the stakeholder's name with the
 * statement, so it is marked at the higher of the two records' levels.
 *
 * @param speakerTitle the stakeholder's title and organisation; null when the record has neither
 * @param jurisdiction ISO 3166-1 or 3166-2 ("CN", "CA-SK")
 * @param sectors sector names
 * @param source the publication it is on record in, and its address if known
 */
public record StatementBrief(
    long id,
    LocalDate date,
    String speaker,
    String speakerTitle,
    String jurisdiction,
    Stance stance,
    List<String> sectors,
    String text,
    String source,
    Classification marking)
    implements Serializable, Marked {

  public StatementBrief {
    sectors = List.copyOf(sectors);
  }
}
