package ca.gc.engagement.carveout.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.country.entity.CountryCode;
import ca.gc.engagement.schema.control.MigratedDatabase;
import ca.gc.engagement.security.entity.Classification;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hibernate.envers.AuditReaderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The carve-out mapping, and the carve-outs the migration seeds, as production starts with them.
 */
class CarveOutMappingTest {

  private MigratedDatabase db;

  @BeforeEach
  void database() {
    db = new MigratedDatabase();
  }

  @AfterEach
  void close() {
    db.close();
  }

  static CarveOut byCode(EntityManager em, String code) {
    return em.createQuery("select c from CarveOut c where c.code = :code", CarveOut.class)
        .setParameter("code", code)
        .getSingleResult();
  }

  @Test
  void theSeededCarveOutsAreInForceForChinaFromTheFirstOf2026() {
    List<CarveOut> seeded =
        db.inTransaction(
            em ->
                em.createQuery("select c from CarveOut c order by c.code", CarveOut.class)
                    .getResultList());
    assertEquals(
        List.of("ARCTIC", "NATIONAL_SECURITY"), seeded.stream().map(c -> c.getCode()).toList());
    for (CarveOut carveOut : seeded) {
      assertEquals(CarveOutMode.PROHIBIT, carveOut.getMode(), carveOut.getCode());
      assertEquals(CarveOutStatus.ACTIVE, carveOut.getStatus(), carveOut.getCode());
      assertEquals(Set.of(CountryCode.of("CN")), carveOut.getCountries(), carveOut.getCode());
      assertEquals(LocalDate.of(2026, 1, 1), carveOut.getEffectiveFrom(), carveOut.getCode());
      assertNull(carveOut.getEffectiveUntil(), carveOut.getCode());
      assertEquals(Classification.UNCLASSIFIED, carveOut.getClassification(), carveOut.getCode());
      assertTrue(carveOut.appliesTo(Set.of(CountryCode.of("CN")), LocalDate.of(2026, 1, 16)));
      assertTrue(!carveOut.appliesTo(Set.of(CountryCode.of("JP")), LocalDate.of(2026, 1, 16)));
    }
  }

  @Test
  void theSeededArcticCarveOutCoversTheTerritoriesWatersRoutesAndStations() {
    CarveOut arctic = db.inTransaction(em -> byCode(em, "ARCTIC"));
    assertEquals("Arctic", arctic.getName());
    assertEquals(Set.of("ARCTIC"), arctic.getSectors());
    assertEquals(
        Set.of(
            "CA-YT",
            "CA-NT",
            "CA-NU",
            "ARCTIC_WATERS",
            "NORTHWEST_PASSAGE",
            "ARCTIC_SHIPPING_ROUTES",
            "ARCTIC_RESEARCH_STATIONS"),
        arctic.getRegions());
    assertTrue(
        arctic
            .getKeywords()
            .containsAll(
                Set.of(
                    "Arctic",
                    "Northwest Passage",
                    "Yukon",
                    "Northwest Territories",
                    "Nunavut",
                    "polar",
                    "icebreaker")),
        arctic.getKeywords().toString());
  }

  @Test
  void theSeededNationalSecurityCarveOutCoversTheWholeBranchAndNamesItsBasis() {
    CarveOut security = db.inTransaction(em -> byCode(em, "NATIONAL_SECURITY"));
    assertEquals("National security", security.getName());
    assertEquals(Set.of("NATIONAL_SECURITY"), security.getSectors());
    assertEquals(Set.of(), security.getRegions());
    assertTrue(security.getPolicyBasis().contains("Investment Canada Act"));
    assertTrue(
        security
            .getKeywords()
            .containsAll(
                Set.of(
                    "defence",
                    "defense",
                    "military",
                    "dual-use",
                    "critical minerals",
                    "rare earth",
                    "semiconductor",
                    "5G",
                    "telecommunications network",
                    "critical infrastructure",
                    "personal data")),
        security.getKeywords().toString());
  }

  static CarveOutDraft pork(LocalDate until, Set<String> keywords) {
    return new CarveOutDraft(
        "PORK_REVIEW",
        "Pork market access",
        "Pork market access is negotiated as a whole.",
        "Agri-food trade strategy",
        Set.of("PORK", "AGRI_FOOD"),
        Set.of("CA-MB", "CA-QC"),
        keywords,
        Set.of("CN", "VN"),
        LocalDate.of(2026, 3, 1),
        until,
        CarveOutMode.REVIEW,
        Classification.PROTECTED_A);
  }

  @Test
  void aNewCarveOutIsStoredAndReadBackWhole() {
    long id =
        db.inTransaction(
            em -> {
              CarveOut carveOut =
                  CarveOut.declare(
                      pork(LocalDate.of(2026, 12, 31), Set.of("pork", " African swine fever ")));
              em.persist(carveOut);
              return carveOut.getId();
            });
    assertTrue(id > 2, "the application's ids stay clear of the seeded 1 and 2, got " + id);

    CarveOut read = db.inTransaction(em -> em.find(CarveOut.class, id));
    assertEquals("PORK_REVIEW", read.getCode());
    assertEquals("Pork market access", read.getName());
    assertEquals("Pork market access is negotiated as a whole.", read.getRationale());
    assertEquals("Agri-food trade strategy", read.getPolicyBasis());
    assertEquals(Set.of("AGRI_FOOD", "PORK"), read.getSectors());
    assertEquals(Set.of("CA-MB", "CA-QC"), read.getRegions());
    assertEquals(Set.of("African swine fever", "pork"), read.getKeywords());
    assertEquals(Set.of(CountryCode.of("CN"), CountryCode.of("VN")), read.getCountries());
    assertEquals(LocalDate.of(2026, 3, 1), read.getEffectiveFrom());
    assertEquals(LocalDate.of(2026, 12, 31), read.getEffectiveUntil());
    assertEquals(CarveOutMode.REVIEW, read.getMode());
    assertEquals(CarveOutStatus.ACTIVE, read.getStatus());
    assertEquals(Classification.PROTECTED_A, read.getClassification());
    assertEquals(0, read.getVersion());
  }

  @Test
  void aRevisionReplacesTheSetsAndEveryStateIsOnTheAuditTrail() {
    long id =
        db.inTransaction(
            em -> {
              CarveOut carveOut = CarveOut.declare(pork(null, Set.of("pork")));
              em.persist(carveOut);
              return carveOut.getId();
            });
    db.runInTransaction(
        em -> em.find(CarveOut.class, id).revise(pork(null, Set.of("pork", "hog"))));
    db.runInTransaction(em -> em.find(CarveOut.class, id).moveTo(CarveOutStatus.RETIRED));

    CarveOut read = db.inTransaction(em -> em.find(CarveOut.class, id));
    assertEquals(Set.of("hog", "pork"), read.getKeywords());
    assertEquals(CarveOutStatus.RETIRED, read.getStatus());
    assertEquals(2, read.getVersion());

    List<Set<String>> keywordsByRevision =
        db.inTransaction(
            em -> {
              var audit = AuditReaderFactory.get(em);
              return audit.getRevisions(CarveOut.class, id).stream()
                  .map(rev -> audit.find(CarveOut.class, id, rev).getKeywords())
                  .toList();
            });
    assertEquals(
        List.of(Set.of("pork"), Set.of("hog", "pork"), Set.of("hog", "pork")), keywordsByRevision);
  }

  @Test
  void theSeedIsOnTheAuditTrailAsTheMigrationsRevisionBeforeAnyOther() {
    long seed =
        db.inTransaction(
            em ->
                ((Number)
                        em.createNativeQuery(
                                "select id from revision where made_by = 'migration V3'")
                            .getSingleResult())
                    .longValue());
    List<Object> arctic =
        db.inTransaction(
            em -> {
              var audit = AuditReaderFactory.get(em);
              long id = byCode(em, "ARCTIC").getId();
              return List.of(
                  audit.getRevisions(CarveOut.class, id).stream().map(Number::longValue).toList(),
                  audit.find(CarveOut.class, id, seed).getRegions().size());
            });
    assertEquals(List.of(List.of(seed), 7), arctic);

    long id =
        db.inTransaction(
            em -> {
              CarveOut carveOut = CarveOut.declare(pork(null, Set.of("pork")));
              em.persist(carveOut);
              return carveOut.getId();
            });
    long next =
        db.inTransaction(
            em -> AuditReaderFactory.get(em).getRevisions(CarveOut.class, id).get(0).longValue());
    assertTrue(next > seed, "the application's revisions come after the seed's: " + next);
  }

  @Test
  void theDatabaseItselfRefusesADuplicateCodeAnUnknownSectorAndABackwardsPeriod() {
    assertThrows(
        PersistenceException.class,
        () ->
            db.runInTransaction(
                em -> em.persist(CarveOut.declare(ScreeningDrafts.named("ARCTIC", "ARCTIC")))));
    assertThrows(
        PersistenceException.class,
        () ->
            db.runInTransaction(
                em -> em.persist(CarveOut.declare(ScreeningDrafts.named("SPACE", "OUTER_SPACE")))));
    assertThrows(
        PersistenceException.class,
        () ->
            db.runInTransaction(
                em ->
                    em.createNativeQuery(
                            "update carve_out set effective_until = date '2025-01-01' where id = 1")
                        .executeUpdate()));
  }

  /** Minimal valid drafts for the database's own refusals. */
  static final class ScreeningDrafts {
    static CarveOutDraft named(String code, String sector) {
      return new CarveOutDraft(
          code,
          code,
          "r",
          "p",
          Set.of(sector),
          null,
          null,
          null,
          LocalDate.of(2026, 1, 1),
          null,
          CarveOutMode.REVIEW,
          Classification.UNCLASSIFIED);
    }
  }
}
