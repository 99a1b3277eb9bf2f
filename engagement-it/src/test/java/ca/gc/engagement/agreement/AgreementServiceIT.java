package ca.gc.engagement.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.agreement.boundary.AgreementService;
import ca.gc.engagement.agreement.entity.Agreement;
import ca.gc.engagement.agreement.entity.AgreementDraft;
import ca.gc.engagement.agreement.entity.AgreementStatus;
import ca.gc.engagement.audit.entity.RevisionEntry;
import ca.gc.engagement.carveout.entity.CarveOutViolationException;
import ca.gc.engagement.carveout.entity.MatchKind;
import ca.gc.engagement.carveout.entity.Verdict;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.support.Deployments;
import ca.gc.engagement.support.SignedIn;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Agreements in the server, screened against the carve-outs the migrations seeded, by people who
 * really signed in: officers propose and negotiate, approvers sign, and the trail names each.
 */
@ExtendWith(ArquillianExtension.class)
class AgreementServiceIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.builtEarWith(AgreementServiceIT.class);
  }

  @EJB AgreementService agreements;

  private static AgreementDraft draft(String title, Set<String> sectors, String summary) {
    return new AgreementDraft(
        title,
        Set.of("CA", "CN"),
        null,
        null,
        sectors,
        Set.of(),
        summary,
        Classification.UNCLASSIFIED);
  }

  private long total() {
    return SignedIn.as("approver", () -> agreements.list(PageRequest.first(1))).total();
  }

  @Test
  void anArcticShippingCorridorWithChinaIsRefusedWhateverItsSectorAndNothingIsStored() {
    long before = total();
    var refused =
        assertThrows(
            CarveOutViolationException.class,
            () ->
                SignedIn.as(
                    "officer",
                    () ->
                        agreements.propose(
                            draft(
                                "Arctic shipping corridor " + UUID.randomUUID(),
                                Set.of("AGRI_FOOD"),
                                null))));
    assertEquals(Verdict.PROHIBITED, refused.screening().verdict());
    assertTrue(
        refused.screening().matches().stream()
            .anyMatch(m -> m.carveOutCode().equals("ARCTIC") && m.kind() == MatchKind.KEYWORD),
        refused.screening().toString());
    assertTrue(refused.getMessage().contains("ARCTIC"), refused.getMessage());
    assertEquals(before, total());
  }

  @Test
  void criticalMineralsAreProhibitedAsPartOfNationalSecurity() {
    var refused =
        assertThrows(
            CarveOutViolationException.class,
            () ->
                SignedIn.as(
                    "officer",
                    () ->
                        agreements.propose(
                            draft("Mining co-operation", Set.of("CRITICAL_MINERALS"), null))));
    assertTrue(refused.screening().carveOutCodes().contains("NATIONAL_SECURITY"));
  }

  @Test
  void aClearAgreementGoesThroughItsLifecycleWithEachStepSignedByItsAuthor() {
    Agreement proposed =
        SignedIn.as(
            "officer",
            () ->
                agreements.propose(
                    draft(
                        "Canola tariff relief " + UUID.randomUUID(),
                        Set.of("AGRI_FOOD"),
                        "China cuts canola-seed duties to about 15 % by 1 March 2026.")));
    long id = proposed.getId();
    assertEquals(Verdict.CLEAR, SignedIn.as("viewer", () -> agreements.screening(id)).verdict());
    assertEquals(
        EnumSet.of(AgreementStatus.UNDER_NEGOTIATION, AgreementStatus.WITHDRAWN),
        SignedIn.as("officer", () -> agreements.allowedSteps(id)));

    Agreement negotiating =
        SignedIn.as(
            "officer",
            () ->
                agreements.moveTo(
                    id,
                    proposed.getVersion(),
                    AgreementStatus.UNDER_NEGOTIATION,
                    LocalDate.of(2026, 1, 15),
                    "Talks opened in Beijing"));
    assertTrue(
        SignedIn.as("officer", () -> agreements.allowedSteps(id))
            .contains(AgreementStatus.WITHDRAWN));
    assertTrue(
        !SignedIn.as("officer", () -> agreements.allowedSteps(id)).contains(AgreementStatus.SIGNED),
        "an officer is not offered the signature");
    assertThrows(
        EJBAccessException.class,
        () ->
            SignedIn.as(
                "officer",
                () ->
                    agreements.moveTo(
                        id,
                        negotiating.getVersion(),
                        AgreementStatus.SIGNED,
                        LocalDate.of(2026, 1, 16),
                        null)));

    Agreement signed =
        SignedIn.as(
            "approver",
            () ->
                agreements.moveTo(
                    id,
                    negotiating.getVersion(),
                    AgreementStatus.SIGNED,
                    LocalDate.of(2026, 1, 16),
                    "Preliminary arrangement"));
    assertEquals(AgreementStatus.SIGNED, signed.getStatus());
    var steps = SignedIn.as("viewer", () -> agreements.find(id)).orElseThrow().getTransitions();
    assertEquals(2, steps.size());
    assertEquals("officer", steps.get(0).getBy());
    assertEquals("approver", steps.get(1).getBy());
    assertEquals(LocalDate.of(2026, 1, 16), steps.get(1).getOn());

    List<RevisionEntry> history = SignedIn.as("viewer", () -> agreements.history(id));
    assertEquals(
        List.of("officer", "officer", "approver"),
        history.stream().map(RevisionEntry::by).toList());
  }

  @Test
  void aViewerSeesNoAgreementAboveProtectedA() {
    String title = "Secret annex " + UUID.randomUUID();
    Agreement secret =
        SignedIn.as(
            "approver",
            () ->
                agreements.propose(
                    new AgreementDraft(
                        title,
                        Set.of("CA", "CN"),
                        null,
                        null,
                        Set.of("CLEAN_ENERGY"),
                        Set.of(),
                        null,
                        Classification.SECRET)));
    assertTrue(SignedIn.as("viewer", () -> agreements.find(secret.getId())).isEmpty());
    assertTrue(
        SignedIn.as("viewer", () -> agreements.list(new PageRequest(0, PageRequest.MAX_SIZE)))
            .items()
            .stream()
            .noneMatch(a -> a.getTitle().equals(title)));
  }
}
