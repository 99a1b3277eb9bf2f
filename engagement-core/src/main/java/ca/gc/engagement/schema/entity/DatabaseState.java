package ca.gc.engagement.schema.entity;

/**
 * Whether the application's database answered a probe in time, how long it took, and if not, why
 * (the driver's words, for the operator; a probe answer is never shown to a user).
 */
public record DatabaseState(boolean reachable, long millis, String failure) {

  public static DatabaseState reachable(long millis) {
    return new DatabaseState(true, millis, null);
  }

  public static DatabaseState unreachable(long millis, String failure) {
    return new DatabaseState(false, millis, failure);
  }
}
