package ca.gc.engagement.country.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionCodeTest {

  @ParameterizedTest
  @CsvSource({
    "CN, true, true",
    "CA-SK, true, true",
    "CA-NU, true, true",
    "ARCTIC_WATERS, false, true",
    "XX-YT, false, false",
    "CA-, false, false",
    "ca-nu, false, false",
    "CA-ABCD, false, false",
    "CA-ZZ, false, false",
    "CA-QC, true, true",
    "CN-GD, true, true",
    "Arctic, false, false"
  })
  void judgesJurisdictionsAndRegions(String code, boolean jurisdiction, boolean region) {
    assertEquals(jurisdiction, RegionCode.isJurisdiction(code), "jurisdiction " + code);
    assertEquals(region, RegionCode.isRegion(code), "region " + code);
  }

  @ParameterizedTest
  @CsvSource({"CA-NU, CA", "CN, CN", "ARCTIC_WATERS, ''"})
  void knowsTheCountryOfAJurisdiction(String code, String country) {
    assertEquals(
        country.isEmpty() ? Optional.empty() : Optional.of(CountryCode.of(country)),
        RegionCode.countryOf(code));
  }
}
