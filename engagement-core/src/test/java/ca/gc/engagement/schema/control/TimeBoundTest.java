package ca.gc.engagement.schema.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TimeBoundTest {

  private final ExecutorService executor = Executors.newSingleThreadExecutor();

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  @Test
  void anAnswerInTimeIsTheProbesAnswer() {
    assertEquals(
        "up", TimeBound.call(executor, Duration.ofSeconds(5), () -> "up", why -> "down: " + why));
  }

  @Test
  void aProbeThatNeverAnswersIsAFailureSayingSo() {
    CountDownLatch never = new CountDownLatch(1);

    String answer =
        TimeBound.call(
            executor,
            Duration.ofMillis(50),
            () -> {
              never.await();
              return "up";
            },
            why -> "down: " + why);

    assertEquals("down: No answer from the database within 50 ms.", answer);
  }

  @Test
  void aProbeThatFailsIsAFailureWithItsReason() {
    String answer =
        TimeBound.call(
            executor,
            Duration.ofSeconds(5),
            () -> {
              throw new IllegalStateException("Connection refused");
            },
            why -> "down: " + why);

    assertTrue(answer.contains("Connection refused"), answer);
  }
}
