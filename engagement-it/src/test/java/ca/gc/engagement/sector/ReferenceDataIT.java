package ca.gc.engagement.sector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.carveout.boundary.CarveOutService;
import ca.gc.engagement.carveout.entity.CarveOutDraft;
import ca.gc.engagement.carveout.entity.CarveOutMode;
import ca.gc.engagement.carveout.entity.Proposal;
import ca.gc.engagement.carveout.entity.Verdict;
import ca.gc.engagement.sector.boundary.SectorService;
import ca.gc.engagement.sector.entity.SectorDraft;
import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.support.Deployments;
import ca.gc.engagement.support.SignedIn;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sectors and carve-outs are the admins' to manage; everyone screens against them. */
@ExtendWith(ArquillianExtension.class)
class ReferenceDataIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.builtEarWith(ReferenceDataIT.class);
  }

  @EJB SectorService sectors;

  @EJB CarveOutService carveOuts;

  @Test
  void theSeededTreeHasNationalSecurityAndItsChildren() {
    var tree = SignedIn.as("viewer", () -> sectors.tree());
    for (String child :
        Set.of(
            "DEFENCE",
            "SENSITIVE_TECHNOLOGY",
            "CRITICAL_MINERALS",
            "CRITICAL_INFRASTRUCTURE",
            "TELECOMMUNICATIONS",
            "PERSONAL_DATA")) {
      assertTrue(tree.isWithin(child, "NATIONAL_SECURITY"), child);
    }
  }

  @Test
  void onlyAnAdminExtendsTheSectorTree() {
    String code =
        "AQUACULTURE_"
            + UUID.randomUUID().toString().substring(0, 4).toUpperCase().replace('-', '_');
    var draft =
        new SectorDraft(
            code.replaceAll("[^A-Z0-9_]", "X"), "FISHERIES", "Aquaculture", "Aquaculture");
    assertThrows(EJBAccessException.class, () -> SignedIn.as("officer", () -> sectors.add(draft)));
    SignedIn.as("admin", () -> sectors.add(draft));
    assertTrue(SignedIn.as("viewer", () -> sectors.tree()).isWithin(draft.code(), "FISHERIES"));
    assertEquals("admin", SignedIn.as("viewer", () -> sectors.history(draft.code())).get(0).by());
  }

  @Test
  void anAdminsReviewCarveOutTurnsAClearProposalIntoReview() {
    var proposal =
        new Proposal(
            Set.of("CA", "KR"), Set.of("TOURISM"), Set.of(), "Tourism", LocalDate.of(2026, 6, 1));
    assertEquals(Verdict.CLEAR, SignedIn.as("officer", () -> carveOuts.screen(proposal)).verdict());
    var draft =
        new CarveOutDraft(
            "TOURISM_REVIEW_" + (System.nanoTime() % 100000),
            "Tourism under review",
            "Visa policy under review.",
            "Ministerial direction",
            Set.of("TOURISM"),
            Set.of(),
            Set.of(),
            Set.of("KR"),
            LocalDate.of(2026, 1, 1),
            null,
            CarveOutMode.REVIEW,
            Classification.UNCLASSIFIED);
    assertThrows(
        EJBAccessException.class, () -> SignedIn.as("approver", () -> carveOuts.declare(draft)));
    SignedIn.as("admin", () -> carveOuts.declare(draft));
    assertEquals(
        Verdict.REVIEW, SignedIn.as("officer", () -> carveOuts.screen(proposal)).verdict());
  }
}
