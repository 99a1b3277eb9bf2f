package ca.gc.engagement.api.kept;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.query.boundary.ChangeClock;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeptAnswersTest {

  /** A clock whose last write is set by the test. */
  static final class Clock extends ChangeClock {
    long now = 100;
    long lastWrite = 0;

    @Override
    public long now() {
      return now;
    }

    @Override
    public boolean unchangedSince(long moment) {
      return lastWrite < moment;
    }
  }

  private final Clock clock = new Clock();
  private final KeptAnswers answers = new KeptAnswers();

  {
    answers.clock = clock;
  }

  private static Question asked(String caller, String path) {
    return new Question(
        caller, Set.of("viewer"), "PROTECTED_A", path, null, "en", LocalDate.of(2026, 11, 28));
  }

  private Answer answer(int bytes) {
    return Answer.of(
        answers.now(), new byte[bytes], "application/json", new MultivaluedHashMap<>());
  }

  @Test
  void anAnswerIsGivenWhileNothingIsWrittenAndDroppedOnceSomethingIs() {
    Question list = asked("viewer", "/meetings?");
    answers.keep(list, answer(10));
    assertTrue(answers.current(list).isPresent());
    assertTrue(answers.current(asked("approver", "/meetings?")).isEmpty(), "another caller");

    clock.lastWrite = 100;
    assertTrue(answers.current(list).isEmpty(), "written in the moment it was computed: stale");
    assertEquals(0, answers.size(), "dropped");
  }

  @Test
  void theLeastRecentlyGivenAnswersGoFirstBeyondTheBudget() {
    int each = (int) (KeptAnswers.BUDGET / 100);
    for (int i = 0; i < 100; i++) {
      answers.keep(asked("viewer", "/meetings?page=" + i), answer(each));
    }
    assertTrue(answers.current(asked("viewer", "/meetings?page=0")).isPresent());
    answers.keep(asked("viewer", "/meetings?page=100"), answer(each));

    assertEquals(100, answers.size());
    assertTrue(answers.current(asked("viewer", "/meetings?page=0")).isPresent(), "given lately");
    assertTrue(answers.current(asked("viewer", "/meetings?page=1")).isEmpty(), "the eldest");
  }

  @Test
  void anAnswerTooLargeForAFairShareOfTheBudgetIsNotKept() {
    answers.keep(asked("viewer", "/meetings?size=200"), answer((int) KeptAnswers.BUDGET / 32));
    assertEquals(0, answers.size());
  }
}
