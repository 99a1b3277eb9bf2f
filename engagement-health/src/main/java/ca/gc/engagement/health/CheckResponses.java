package ca.gc.engagement.health;

import org.eclipse.microprofile.health.HealthCheckResponse;

/** An outcome of the {@link ReadinessReport} as a MicroProfile Health check response. */
final class CheckResponses {

  private CheckResponses() {}

  static HealthCheckResponse of(String name, ReadinessReport.Outcome outcome) {
    var response = HealthCheckResponse.named(name).status(outcome.up());
    outcome
        .data()
        .forEach(
            (key, value) -> {
              if (value instanceof Number number) {
                response.withData(key, number.longValue());
              } else if (value instanceof Boolean flag) {
                response.withData(key, flag);
              } else {
                response.withData(key, String.valueOf(value));
              }
            });
    return response.build();
  }
}
