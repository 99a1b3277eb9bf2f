package ca.gc.engagement.support;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The day as the servers the tests start count it: the department's zone
 * (engagement.department.zone, America/Toronto by default; decision 0035), not the JVM's. From
 * midnight UTC until midnight in Ottawa the two are different days, and a date the tests send or
 * expect must be the server's.
 */
public final class DepartmentDay {

  public static final ZoneId ZONE = ZoneId.of("America/Toronto");

  private DepartmentDay() {}

  public static LocalDate today() {
    return LocalDate.now(ZONE);
  }
}
