package ca.gc.engagement.health;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness check "engagement-schema": the schema is at the newest migration this build ships, none
 * pending or failed (data: schemaVersion, newestMigration, pending, failed).
 */
@Readiness
@ApplicationScoped
public class SchemaReadiness implements HealthCheck {

  @EJB ReadinessReport report;

  @Override
  public HealthCheckResponse call() {
    return CheckResponses.of("engagement-schema", report.schema());
  }
}
