package ca.gc.engagement.trademeasure.entity;

import java.io.Serializable;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Goods as the Harmonized System names them, in the notations that tariff notices use: a chapter
 * ("03"), a heading ("02.03"), a subheading ("1514.11"), a national tariff item ("1514.11.10"), or
 * a range of one of these ("72.06-72.29", "87.02–87.04": hyphen or en dash, the same notation at
 * both ends, lowest first). Kept in one canonical form (no spaces, a hyphen in ranges) so that
 * equal codes compare equal; a value object so that a record never holds a code no notice could
 * print.
 */
public record HsCode(String value) implements Serializable {

  /** How fine a code is, by its number of digits. */
  public enum Level {
    CHAPTER(Pattern.compile("\\d{2}")),
    HEADING(Pattern.compile("\\d{2}\\.\\d{2}")),
    SUBHEADING(Pattern.compile("\\d{4}\\.\\d{2}")),
    TARIFF_ITEM(Pattern.compile("\\d{4}\\.\\d{2}\\.\\d{2}"));

    private final Pattern notation;

    Level(Pattern notation) {
      this.notation = notation;
    }

    static Optional<Level> of(String code) {
      for (Level level : values()) {
        if (level.notation.matcher(code).matches() && !code.startsWith("00")) {
          return Optional.of(level);
        }
      }
      return Optional.empty();
    }
  }

  /** Why a notation is refused; each has its own message for the desk officer. */
  public enum Problem {
    FORMAT(
        "Not an HS code: %s. Write a chapter (03), a heading (02.03), a subheading (1514.11),"
            + " a tariff item (1514.11.10) or a range such as 72.06-72.29."),
    MIXED_RANGE("Both ends of an HS range are written alike: %s mixes two kinds of code."),
    DESCENDING_RANGE("An HS range runs from the lower code to the higher: %s does not.");

    private final String reason;

    Problem(String reason) {
      this.reason = reason;
    }

    /**
     * The last part of the message key, as in {@code ca.gc.engagement.trademeasure.hsCode.<key>}.
     */
    public String key() {
      return switch (this) {
        case FORMAT -> "format";
        case MIXED_RANGE -> "range.mixed";
        case DESCENDING_RANGE -> "range.order";
      };
    }
  }

  private static final Pattern RANGE = Pattern.compile("([0-9.]+)\\s*[-\u2013]\\s*([0-9.]+)");

  public HsCode {
    String canonical = canonical(value);
    Optional<Problem> problem = problemOf(canonical);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(
          String.format(problem.get().reason, value == null ? "nothing" : value.strip()));
    }
    value = canonical;
  }

  public static HsCode of(String value) {
    return new HsCode(value);
  }

  /**
   * What is wrong with a notation; empty for an acceptable one. Null is a {@code FORMAT} problem.
   */
  public static Optional<Problem> problem(String value) {
    return problemOf(canonical(value));
  }

  public static boolean isValid(String value) {
    return problem(value).isEmpty();
  }

  private static String canonical(String value) {
    if (value == null) {
      return null;
    }
    String stripped = value.strip();
    Matcher range = RANGE.matcher(stripped);
    return range.matches() ? range.group(1) + "-" + range.group(2) : stripped;
  }

  private static Optional<Problem> problemOf(String canonical) {
    if (canonical == null) {
      return Optional.of(Problem.FORMAT);
    }
    int dash = canonical.indexOf('-');
    if (dash < 0) {
      return Level.of(canonical).isPresent() ? Optional.empty() : Optional.of(Problem.FORMAT);
    }
    Optional<Level> first = Level.of(canonical.substring(0, dash));
    Optional<Level> last = Level.of(canonical.substring(dash + 1));
    if (first.isEmpty() || last.isEmpty()) {
      return Optional.of(Problem.FORMAT);
    }
    if (first.get() != last.get()) {
      return Optional.of(Problem.MIXED_RANGE);
    }
    if (digits(canonical.substring(0, dash)).compareTo(digits(canonical.substring(dash + 1)))
        >= 0) {
      return Optional.of(Problem.DESCENDING_RANGE);
    }
    return Optional.empty();
  }

  public boolean isRange() {
    return value.indexOf('-') >= 0;
  }

  /** The level of the code, or of both ends of a range. */
  public Level level() {
    return Level.of(firstNotation()).orElseThrow();
  }

  /**
   * Whether every good this code names is also named by this one: chapter 03 covers lobster
   * (0306.12), the range 72.06-72.29 covers heading 72.10 but not chapter 72.
   */
  public boolean covers(HsCode other) {
    String low = digits(firstNotation());
    String high = digits(lastNotation());
    int length = low.length();
    String otherLow = fit(digits(other.firstNotation()), length, '0');
    String otherHigh = fit(digits(other.lastNotation()), length, '9');
    return low.compareTo(otherLow) <= 0 && otherHigh.compareTo(high) <= 0;
  }

  private String firstNotation() {
    int dash = value.indexOf('-');
    return dash < 0 ? value : value.substring(0, dash);
  }

  private String lastNotation() {
    int dash = value.indexOf('-');
    return dash < 0 ? value : value.substring(dash + 1);
  }

  private static String digits(String notation) {
    return notation.replace(".", "");
  }

  /** Cut to length, or pad to it: with 0 for the low end of a broader code, 9 for the high end. */
  private static String fit(String digits, int length, char pad) {
    if (digits.length() >= length) {
      return digits.substring(0, length);
    }
    return digits + String.valueOf(pad).repeat(length - digits.length());
  }

  @Override
  public String toString() {
    return value;
  }
}
