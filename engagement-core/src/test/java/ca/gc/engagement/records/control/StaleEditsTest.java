package ca.gc.engagement.records.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ca.gc.engagement.mission.entity.Mission;
import ca.gc.engagement.records.entity.StaleRecordException;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.OptimisticLockException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

class StaleEditsTest {

  @Test
  void aLostVersionRaceReadsAsAStaleEditOfThatKindOfRecord() throws Exception {
    Constructor<Mission> constructor = Mission.class.getDeclaredConstructor();
    constructor.setAccessible(true);
    Mission mission = constructor.newInstance();
    var race = new OptimisticLockException("row was updated", null, mission);

    var reported =
        assertThrows(
            StaleRecordException.class,
            () ->
                new StaleEdits()
                    .report(
                        invocation(
                            () -> {
                              throw race;
                            })));

    assertEquals(
        "This mission was changed by someone else after you opened it. Reload it to see their"
            + " change, then make yours again.",
        reported.getMessage());
    assertSame(race, reported.getCause());
  }

  @Test
  void anythingElsePassesThrough() throws Exception {
    assertEquals("done", new StaleEdits().report(invocation(() -> "done")));
    var other = new IllegalStateException("other");
    assertSame(
        other,
        assertThrows(
            IllegalStateException.class,
            () ->
                new StaleEdits()
                    .report(
                        invocation(
                            () -> {
                              throw other;
                            }))));
  }

  private static InvocationContext invocation(Callable<Object> work) {
    return new InvocationContext() {
      @Override
      public Object proceed() throws Exception {
        return work.call();
      }

      @Override
      public Object getTarget() {
        return null;
      }

      @Override
      public Object getTimer() {
        return null;
      }

      @Override
      public Method getMethod() {
        return null;
      }

      @Override
      public Constructor<?> getConstructor() {
        return null;
      }

      @Override
      public Object[] getParameters() {
        return new Object[0];
      }

      @Override
      public void setParameters(Object[] params) {}

      @Override
      public Map<String, Object> getContextData() {
        return Map.of();
      }
    };
  }
}
