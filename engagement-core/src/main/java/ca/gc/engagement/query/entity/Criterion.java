package ca.gc.engagement.query.entity;

/** A criterion of a list query as a reader gave it: stripped, and blank read as not given. */
public final class Criterion {

  private Criterion() {}

  /** The value stripped; null when it is null or blank. */
  public static String given(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** The constant the value names (it was validated with {@link OneOf}); null when not given. */
  public static <E extends Enum<E>> E constant(Class<E> type, String value) {
    String given = given(value);
    return given == null ? null : Enum.valueOf(type, given);
  }
}
