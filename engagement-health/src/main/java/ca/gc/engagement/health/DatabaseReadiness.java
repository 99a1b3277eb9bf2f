package ca.gc.engagement.health;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness check "engagement-database": the application's datasource answers in time. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @EJB ReadinessReport report;

  @Override
  public HealthCheckResponse call() {
    return CheckResponses.of("engagement-database", report.database());
  }
}
