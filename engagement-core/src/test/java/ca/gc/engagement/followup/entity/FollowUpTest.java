package ca.gc.engagement.followup.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ca.gc.engagement.demo.control.FollowUpScenario;
import ca.gc.engagement.records.entity.IllegalTransitionException;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A follow-up's lifecycle and when it is overdue. */
class FollowUpTest {

  private static FollowUp in(FollowUpStatus status) {
    FollowUp followUp = FollowUp.record(FollowUpScenario.fiveYearPlan(1));
    switch (status) {
      case OPEN -> {}
      case DONE -> followUp.complete();
      case DROPPED -> followUp.drop();
    }
    return followUp;
  }

  private static Consumer<FollowUp> action(String name) {
    return switch (name) {
      case "complete" -> FollowUp::complete;
      case "drop" -> FollowUp::drop;
      case "reopen" -> FollowUp::reopen;
      default -> throw new IllegalArgumentException(name);
    };
  }

  @ParameterizedTest(name = "{0}, {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "OPEN    | complete | DONE    | ",
        "OPEN    | drop     | DROPPED | ",
        "DONE    | reopen   | OPEN    | ",
        "DROPPED | reopen   | OPEN    | ",
        "OPEN    | reopen   | OPEN    | A follow-up cannot go from OPEN to OPEN. Allowed from OPEN:"
            + " DONE, DROPPED.",
        "DONE    | drop     | DONE    | A follow-up cannot go from DONE to DROPPED. Allowed from"
            + " DONE: OPEN.",
        "DONE    | complete | DONE    | A follow-up cannot go from DONE to DONE. Allowed from DONE:"
            + " OPEN.",
        "DROPPED | complete | DROPPED | A follow-up cannot go from DROPPED to DONE. Allowed from"
            + " DROPPED: OPEN."
      })
  void movesOnlyAlongItsLifecycle(
      FollowUpStatus from, String action, FollowUpStatus after, String refusal) {
    FollowUp followUp = in(from);
    if (refusal == null) {
      action(action).accept(followUp);
    } else {
      var e = assertThrows(IllegalTransitionException.class, () -> action(action).accept(followUp));
      assertEquals(refusal, e.getMessage());
    }
    assertEquals(after, followUp.getStatus());
  }

  @ParameterizedTest(name = "{0} on {1}: overdue {2}")
  @CsvSource({
    "OPEN, 2026-03-30, false",
    "OPEN, 2026-03-31, false",
    "OPEN, 2026-04-01, true",
    "DONE, 2026-04-01, false",
    "DROPPED, 2026-04-01, false"
  })
  void isOverdueWhenStillOpenAfterItsDueDate(
      FollowUpStatus status, LocalDate today, boolean overdue) {
    assertEquals(overdue, in(status).overdue(today));
  }
}
