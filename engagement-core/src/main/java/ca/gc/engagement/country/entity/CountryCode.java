package ca.gc.engagement.country.entity;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A country as ISO 3166-1 alpha-2 ("CN", "CA"). A value object rather than a String so that a
 * record can never hold a code that is not a country: the API, the pages and the demo data all go
 * through {@link #of(String)}.
 */
public record CountryCode(String value) implements Serializable {

  private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

  public CountryCode {
    if (!isKnown(value)) {
      throw new IllegalArgumentException(
          "Not an ISO 3166-1 alpha-2 country code: " + value + " (for example CA, CN)");
    }
  }

  public static CountryCode of(String value) {
    return new CountryCode(value);
  }

  /** Whether a code names a country; null and lower case are not accepted. */
  public static boolean isKnown(String value) {
    return value != null && ISO_COUNTRIES.contains(value);
  }

  /** Every code that names a country, in alphabetical order: the API document's enumeration. */
  public static List<String> known() {
    return ISO_COUNTRIES.stream().sorted().toList();
  }

  /** The country's name in the reader's language ("China", "Chine"). */
  public String displayName(Locale locale) {
    return new Locale("", value).getDisplayCountry(locale);
  }

  @Override
  public String toString() {
    return value;
  }
}
