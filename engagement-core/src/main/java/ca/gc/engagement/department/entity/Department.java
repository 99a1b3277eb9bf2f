package ca.gc.engagement.department.entity;

import ca.gc.engagement.country.entity.CountryCode;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The department that keeps these records, as the records need it: its own country (the home side
 * of a briefing's trade measures) and its clock, in its own time zone. "Today" is the department's
 * day wherever the server runs: a follow-up falls due, and an agreement is screened, on Ottawa's
 * calendar, not the JVM's or UTC's.
 */
public record Department(CountryCode country, Clock clock) implements Serializable {

  private static final long serialVersionUID = 1L;

  public Department {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(clock, "clock");
  }

  /** The department's own settings read as configured: its country code and time zone name. */
  public static Department of(String country, String zone) {
    return new Department(CountryCode.of(country), Clock.system(ZoneId.of(zone)));
  }

  public ZoneId zone() {
    return clock.getZone();
  }

  /** The department's day now. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }
}
