package ca.gc.engagement.department.control;

import ca.gc.engagement.department.entity.Department;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The department's facts, read once from configuration (decision 0035): the country it speaks for
 * ({@code engagement.department.country}) and the zone its days are counted in ({@code
 * engagement.department.zone}). Whatever needs "today" or "our country" is given them here, so the
 * server's own zone never decides a date and no scenario's country is written into the code.
 */
@ApplicationScoped
public class HomeDepartment {

  private Department department;

  /** A country or zone that does not parse is refused when the department is first asked for. */
  @PostConstruct
  void read() {
    Config config = ConfigProvider.getConfig();
    department =
        Department.of(
            config.getOptionalValue("engagement.department.country", String.class).orElse("CA"),
            config
                .getOptionalValue("engagement.department.zone", String.class)
                .orElse("America/Toronto"));
  }

  @Produces
  Department department() {
    return department;
  }
}
