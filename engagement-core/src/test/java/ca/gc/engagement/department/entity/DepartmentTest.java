package ca.gc.engagement.department.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ca.gc.engagement.country.entity.CountryCode;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DepartmentTest {

  /** 23:30 in Ottawa on 7 December 2026 is already 04:30 on the 8th in UTC. */
  private static final Instant HALF_PAST_ELEVEN_IN_OTTAWA = Instant.parse("2026-12-08T04:30:00Z");

  @Test
  void todayIsTheDepartmentsDayNotUtcs() {
    Department ottawa =
        new Department(
            CountryCode.of("CA"),
            Clock.fixed(HALF_PAST_ELEVEN_IN_OTTAWA, ZoneId.of("America/Toronto")));

    assertEquals(LocalDate.of(2026, 12, 7), ottawa.today());
    assertEquals(
        LocalDate.of(2026, 12, 8),
        LocalDate.now(Clock.fixed(HALF_PAST_ELEVEN_IN_OTTAWA, ZoneId.of("UTC"))));
  }

  @Test
  void theConfiguredSettingsAreTheCountryAndZone() {
    Department configured = Department.of("CA", "America/Toronto");

    assertEquals(CountryCode.of("CA"), configured.country());
    assertEquals(ZoneId.of("America/Toronto"), configured.zone());
  }

  @Test
  void aZoneThatIsNoZoneIsRefused() {
    assertThrows(DateTimeException.class, () -> Department.of("CA", "Ottawa/Canada"));
  }
}
