package ca.gc.engagement.demo.boundary;

import ca.gc.engagement.agreement.boundary.AgreementService;
import ca.gc.engagement.demo.control.ScenarioLoader;
import ca.gc.engagement.followup.boundary.FollowUpService;
import ca.gc.engagement.meeting.boundary.MeetingService;
import ca.gc.engagement.mission.boundary.MissionService;
import ca.gc.engagement.security.entity.Role;
import ca.gc.engagement.stakeholder.boundary.StakeholderService;
import ca.gc.engagement.statement.boundary.StatementService;
import ca.gc.engagement.trademeasure.boundary.TradeMeasureService;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The scenario the project started from (../shared/scenario.md), loaded into an empty database of
 * the embedded default only: its server configuration sets {@code engagement.demo-data=true}, an
 * operator's never does. It goes through the services, so the demo obeys the same rules as real
 * use; what it records, and in which order, is {@link ScenarioLoader}'s.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@RunAs(Role.APPROVER)
public class DemoDataset {

  private static final Logger LOG = Logger.getLogger(DemoDataset.class.getName());

  @Inject
  @ConfigProperty(name = "engagement.demo-data", defaultValue = "false")
  boolean enabled;

  @EJB MissionService missions;
  @EJB StakeholderService stakeholders;
  @EJB StatementService statements;
  @EJB MeetingService meetings;
  @EJB TradeMeasureService tradeMeasures;
  @EJB AgreementService agreements;
  @EJB FollowUpService followUps;

  /**
   * Not in a transaction of its own: each service call commits its record, so each is on the audit
   * trail under the demo loader's name, as a real user's change would be.
   */
  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void load() {
    if (!enabled) {
      return;
    }
    ScenarioLoader scenario =
        new ScenarioLoader(
            new ScenarioLoader.Services(
                missions,
                stakeholders,
                statements,
                meetings,
                tradeMeasures,
                agreements,
                followUps));
    if (scenario.databaseIsEmpty()) {
      scenario.load();
      LOG.info("Demo dataset loaded (embedded default only)");
    }
  }
}
