package ca.gc.engagement.api.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ExportSlotsTest {

  @Test
  void anAccountHasAtMostTheLimitAndOthersTheirOwn() {
    ExportSlots slots = new ExportSlots(2);
    assertTrue(slots.take("viewer"));
    assertTrue(slots.take("viewer"));
    assertFalse(slots.take("viewer"), "the third");
    assertTrue(slots.take("officer"), "another account's own");
    slots.give("viewer");
    assertTrue(slots.take("viewer"), "a slot given back is taken again");
    slots.give("viewer");
    slots.give("viewer");
    assertEquals(0, slots.running("viewer"));
  }

  @Test
  void aLimitBelowOneIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new ExportSlots(0));
  }

  @Test
  void neverMoreThanTheLimitAtOnce() throws InterruptedException {
    ExportSlots slots = new ExportSlots(3);
    AtomicInteger taken = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    for (int i = 0; i < 64; i++) {
      pool.submit(
          () -> {
            start.await();
            if (slots.take("viewer")) {
              taken.incrementAndGet();
            }
            return null;
          });
    }
    start.countDown();
    pool.shutdown();
    assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
    assertEquals(3, taken.get());
    assertEquals(3, slots.running("viewer"));
  }
}
