package ca.gc.engagement.demo.boundary;

import ca.gc.engagement.agreement.boundary.AgreementService;
import ca.gc.engagement.demo.control.ScenarioLoader;
import ca.gc.engagement.followup.boundary.FollowUpService;
import ca.gc.engagement.meeting.boundary.MeetingService;
import ca.gc.engagement.mission.boundary.MissionService;
import ca.gc.engagement.security.control.RealmIdentities;
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
import jakarta.interceptor.ExcludeDefaultInterceptors;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wildfly.security.auth.server.SecurityIdentity;

/**
 * The scenario the project started from (../shared/scenario.md), loaded into an empty database of
 * the embedded default only: its server configuration sets {@code engagement.demo-data=true}, an
 * operator's never does. It goes through the services, so the demo obeys the same rules as real
 * use; what it records, and in which order, is {@link ScenarioLoader}'s.
 */
// Reads nothing itself: it records through the services, each of which filters by the demo
// loader's clearance on its own calls.
@ExcludeDefaultInterceptors
@Startup
@Singleton
@DependsOn("SchemaMigration")
@RunAs(Role.APPROVER)
public class DemoDataset {

  private static final Logger LOG = Logger.getLogger(DemoDataset.class.getName());

  @Inject
  @ConfigProperty(name = "engagement.demo-data", defaultValue = "false")
  boolean enabled;

  /** The demo loader's name in the embedded default's demo realm (demo-only.cli sets it). */
  @Inject
  @ConfigProperty(name = "engagement.demo-loader", defaultValue = "(no demo loader)")
  String loaderName;

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
    try {
      loader()
          .runAs(
              (java.security.PrivilegedExceptionAction<Void>)
                  () -> {
                    loadAsTheLoader();
                    return null;
                  });
    } catch (java.security.PrivilegedActionException failed) {
      throw new IllegalStateException("The demo dataset could not be loaded", failed.getCause());
    }
  }

  /**
   * The demo loader as the server's security domain knows it, with the roles its realm gives it: on
   * the embedded default, the demo realm's {@code engagement-demo-loader} (approver, cleared
   * SECRET). The EAR grants it nothing: a run-as principal's identity keeps only its run-as role in
   * WildFly 39, so the clearance cannot come from the realm that way, and a grant in the EAR's
   * descriptor would hold on every server.
   */
  private SecurityIdentity loader() {
    return RealmIdentities.named(loaderName)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "The demo loader "
                        + loaderName
                        + " is not an identity of the security domain's realm"));
  }

  private void loadAsTheLoader() {
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
