package ca.gc.engagement.country.entity;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A region a record is about: a country (ISO 3166-1 alpha-2, "CN"), a subdivision (ISO 3166-2,
 * "CA-NU": a known country, a dash, one to three letters or digits), or a {@link NamedArea}
 * ("ARCTIC_WATERS"). Kept as its code; this class only judges codes. Canada's subdivisions, the
 * ones the department's records name most, are checked by name (ISO 3166-2:CA); other countries' by
 * shape only, the JDK holding no list of them.
 */
public final class RegionCode {

  private static final Pattern SUBDIVISION = Pattern.compile("([A-Z]{2})-([A-Z0-9]{1,3})");

  /** ISO 3166-2:CA: the ten provinces and three territories. */
  private static final Set<String> CANADA =
      Set.of("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT");

  private RegionCode() {}

  public static boolean isCountry(String code) {
    return CountryCode.isKnown(code);
  }

  public static boolean isSubdivision(String code) {
    if (code == null) {
      return false;
    }
    var match = SUBDIVISION.matcher(code);
    return match.matches()
        && CountryCode.isKnown(match.group(1))
        && (!match.group(1).equals("CA") || CANADA.contains(match.group(2)));
  }

  /** A jurisdiction: a country or one of its subdivisions ("CN", "CA-SK"). */
  public static boolean isJurisdiction(String code) {
    return isCountry(code) || isSubdivision(code);
  }

  /** Any region a carve-out or agreement may name: a jurisdiction or a named area. */
  public static boolean isRegion(String code) {
    return isJurisdiction(code) || NamedArea.isNamedArea(code);
  }

  /** The country a jurisdiction belongs to ("CA" for "CA-NU"); empty for a named area. */
  public static java.util.Optional<CountryCode> countryOf(String code) {
    if (isCountry(code)) {
      return java.util.Optional.of(CountryCode.of(code));
    }
    if (isSubdivision(code)) {
      return java.util.Optional.of(CountryCode.of(code.substring(0, 2)));
    }
    return java.util.Optional.empty();
  }
}
