package ca.gc.engagement.health;

import java.util.Map;

/**
 * What the application tells a readiness probe, check by check. The core's schema boundary
 * implements it (an EJB); the checks in this jar only pass its answers on. Plain Java types only,
 * so that neither side needs the other's classes.
 */
public interface ReadinessReport {

  /** A check's outcome: up or down, with what an operator needs to see why. */
  record Outcome(boolean up, Map<String, Object> data) {}

  /** Whether the application's database answers, within a short time. */
  Outcome database();

  /** Whether the database's schema is at the newest migration shipped, none pending or failed. */
  Outcome schema();
}
