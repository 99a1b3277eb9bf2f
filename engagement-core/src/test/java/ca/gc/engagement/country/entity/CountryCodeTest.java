package ca.gc.engagement.country.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCodeTest {

  @ParameterizedTest
  @CsvSource({"CN, China, Chine", "CA, Canada, Canada", "SG, Singapore, Singapour"})
  void knowsTheScenarioCountriesInBothLanguages(String code, String english, String french) {
    CountryCode country = CountryCode.of(code);
    assertEquals(english, country.displayName(Locale.ENGLISH));
    assertEquals(french, country.displayName(Locale.FRENCH));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"cn", "CHN", "XX", "C", "CA-SK", " CN"})
  void refusesWhatIsNotAnAlpha2Country(String code) {
    var refused = assertThrows(IllegalArgumentException.class, () -> CountryCode.of(code));
    assertEquals(
        "Not an ISO 3166-1 alpha-2 country code: " + code + " (for example CA, CN)",
        refused.getMessage());
  }
}
