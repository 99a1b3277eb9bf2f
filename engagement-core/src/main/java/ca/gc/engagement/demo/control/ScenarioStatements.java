package ca.gc.engagement.demo.control;

import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.statement.entity.SourceDraft;
import ca.gc.engagement.statement.entity.Stance;
import ca.gc.engagement.statement.entity.StatementDraft;
import java.time.LocalDate;
import java.util.Set;

/** Statements of the scenario (../shared/scenario.md), for the stakeholders' ids given. */
public final class ScenarioStatements {

  private ScenarioStatements() {}

  /** Doug Ford, 13 January 2026, during the Beijing mission. */
  public static StatementDraft fordOnAutos(long fordId, Long missionId) {
    return new StatementDraft(
        fordId,
        LocalDate.of(2026, 1, 13),
        Stance.CONCERNED,
        Set.of("AUTOMOTIVE"),
        "Very concerned that Canada might drop the policies that protect the auto sector.",
        new SourceDraft("Remarks to reporters, Toronto", null),
        missionId,
        Classification.UNCLASSIFIED);
  }

  /** The China Daily editorial board, 12 January 2026: about no sector in particular. */
  public static StatementDraft chinaDailyLockstep(long boardId) {
    return new StatementDraft(
        boardId,
        LocalDate.of(2026, 1, 12),
        Stance.OPPOSES,
        Set.of(),
        "Canada contained China \"in lockstep\" with the U.S.",
        new SourceDraft("China Daily", "https://www.chinadaily.com.cn/opinion/"),
        null,
        Classification.UNCLASSIFIED);
  }
}
