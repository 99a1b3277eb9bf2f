package ca.gc.engagement.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.mission.boundary.MissionService;
import ca.gc.engagement.mission.entity.MissionDraft;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.search.boundary.RecordSearch;
import ca.gc.engagement.search.entity.RecordQuery;
import ca.gc.engagement.search.entity.RecordSummary;
import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.support.Deployments;
import ca.gc.engagement.support.SignedIn;
import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The one search in the server: the same words find a record for one reader and not for another.
 */
@ExtendWith(ArquillianExtension.class)
class RecordSearchIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.builtEarWith(RecordSearchIT.class);
  }

  @EJB RecordSearch search;

  @EJB MissionService missions;

  @Test
  void aSecretRecordIsFoundByThoseClearedForItOnly() {
    String word = "Quartz" + UUID.randomUUID().toString().substring(0, 8);
    SignedIn.as(
        "approver",
        () ->
            missions.plan(
                new MissionDraft(
                    "Consultations " + word,
                    "CN",
                    "Beijing",
                    LocalDate.of(2026, 2, 2),
                    LocalDate.of(2026, 2, 3),
                    "Deputy Minister",
                    null,
                    Classification.SECRET)));
    var query = new RecordQuery(word, Set.of(), null, null, null, null, null, null);

    var forApprover = SignedIn.as("approver", () -> search.search(query, PageRequest.first(20)));
    var forViewer = SignedIn.as("viewer", () -> search.search(query, PageRequest.first(20)));

    assertEquals(1, forApprover.total());
    assertEquals(Classification.SECRET, forApprover.items().get(0).getClassification());
    assertEquals(0, forViewer.total(), "not even counted");
    assertTrue(forViewer.items().isEmpty());
  }

  @Test
  void theDemoMissionIsFoundByCountryAndWords() {
    var found =
        SignedIn.as(
            "viewer",
            () ->
                search.search(
                    new RecordQuery("visit", Set.of(), "CN", null, null, null, null, null),
                    PageRequest.first(20)));
    assertTrue(
        found.items().stream()
            .map(RecordSummary::getTitle)
            .anyMatch(t -> t.equals("Prime Minister's visit to the People's Republic of China")));
  }
}
