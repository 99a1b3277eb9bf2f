package ca.gc.engagement.demo.boundary;

import ca.gc.engagement.mission.boundary.MissionService;
import ca.gc.engagement.mission.entity.MissionDraft;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.security.entity.Role;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The scenario the project started from (../shared/scenario.md), loaded into an empty database of
 * the embedded default only: its server configuration sets {@code engagement.demo-data=true}, an
 * operator's never does. It goes through the services, so the demo obeys the same rules as real
 * use.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@RunAs(Role.OFFICER)
public class DemoDataset {

  private static final Logger LOG = Logger.getLogger(DemoDataset.class.getName());

  @Inject
  @ConfigProperty(name = "engagement.demo-data", defaultValue = "false")
  boolean enabled;

  @EJB MissionService missions;

  /**
   * Not in a transaction of its own: each service call commits its record, so each is on the audit
   * trail under the demo loader's name, as a real user's change would be.
   */
  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void load() {
    if (!enabled || missions.list(PageRequest.first(1)).total() > 0) {
      return;
    }
    missions.plan(
        new MissionDraft(
            "Prime Minister's visit to the People's Republic of China",
            "CN",
            "Beijing",
            LocalDate.of(2026, 1, 13),
            LocalDate.of(2026, 1, 17),
            "Prime Minister Mark Carney",
            "Advance trade and environmental co-operation; resolve the tariff dispute; keep national"
                + " security and the Arctic out of scope.",
            Classification.UNCLASSIFIED));
    LOG.info("Demo dataset loaded (embedded default only)");
  }
}
