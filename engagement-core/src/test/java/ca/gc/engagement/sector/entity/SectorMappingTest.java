package ca.gc.engagement.sector.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.schema.control.MigratedDatabase;
import ca.gc.engagement.sector.control.SectorTree;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.envers.AuditReaderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sector mapping and the tree the migration seeds, as production starts with it. */
class SectorMappingTest {

  private MigratedDatabase db;

  @BeforeEach
  void database() {
    db = new MigratedDatabase();
  }

  @AfterEach
  void close() {
    db.close();
  }

  static SectorTree tree(EntityManager em) {
    return SectorTree.of(
        em.createQuery("select s.code, s.parent from Sector s", Object[].class)
            .getResultStream()
            .map(row -> new SectorTree.Node((String) row[0], (String) row[1]))
            .toList());
  }

  @Test
  void theSeededTreeHasTheTopLevelSectorsOfTheIssue() {
    SectorTree tree = db.inTransaction(SectorMappingTest::tree);
    assertEquals(
        List.of(
            "AGRI_FOOD",
            "ARCTIC",
            "AUTOMOTIVE",
            "CLEAN_ENERGY",
            "EDUCATION",
            "ENVIRONMENT",
            "FINANCIAL_SERVICES",
            "FISHERIES",
            "MANUFACTURING",
            "METALS",
            "NATIONAL_SECURITY",
            "OIL_AND_GAS",
            "TOURISM"),
        tree.roots());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "NATIONAL_SECURITY, CRITICAL_INFRASTRUCTURE CRITICAL_MINERALS DEFENCE ECONOMIC_SECURITY"
        + " PERSONAL_DATA SENSITIVE_TECHNOLOGY TELECOMMUNICATIONS",
    "AGRI_FOOD, CANOLA PORK PULSES",
    "FISHERIES, SEAFOOD",
    "AUTOMOTIVE, ELECTRIC_VEHICLES",
    "METALS, ALUMINIUM STEEL",
    "OIL_AND_GAS, CRUDE_OIL LIQUEFIED_NATURAL_GAS",
    "ARCTIC, ''",
    "CLEAN_ENERGY, ''"
  })
  void theSeededSectorsHaveTheirChildren(String parent, String children) {
    SectorTree tree = db.inTransaction(SectorMappingTest::tree);
    assertEquals(
        children.isEmpty() ? List.of() : List.of(children.split(" ")), tree.childrenOf(parent));
  }

  @Test
  void everySeededSectorIsNamedInBothLanguagesAndInUse() {
    List<Sector> all =
        db.inTransaction(
            em -> em.createQuery("select s from Sector s", Sector.class).getResultList());
    assertEquals(29, all.size());
    for (Sector sector : all) {
      assertFalse(sector.getEnglishName().isBlank(), sector.getCode());
      assertFalse(sector.getFrenchName().isBlank(), sector.getCode());
      assertFalse(sector.isRetired(), sector.getCode());
      assertEquals(0, sector.getVersion(), sector.getCode());
    }
    Sector minerals = db.inTransaction(em -> em.find(Sector.class, "CRITICAL_MINERALS"));
    assertEquals("Critical minerals", minerals.getEnglishName());
    assertEquals("Minéraux critiques", minerals.getFrenchName());
    assertEquals(Optional.of("NATIONAL_SECURITY"), minerals.getParent());
  }

  @Test
  void theSeedIsOnTheAuditTrail() {
    List<String> authors =
        db.inTransaction(
            em -> {
              var audit = AuditReaderFactory.get(em);
              return audit.getRevisions(Sector.class, "CRITICAL_MINERALS").stream()
                  .map(
                      rev ->
                          audit
                              .findRevision(ca.gc.engagement.audit.entity.Revision.class, rev)
                              .getMadeBy())
                  .toList();
            });
    assertEquals(List.of("migration V3"), authors);
  }

  @Test
  void anAddedSectorIsStoredReadBackWholeAndRetiredInPlace() {
    db.runInTransaction(
        em -> em.persist(Sector.add(new SectorDraft("LOBSTER", "SEAFOOD", " Lobster", "Homard "))));

    Sector read = db.inTransaction(em -> em.find(Sector.class, "LOBSTER"));
    assertEquals("Lobster", read.getEnglishName());
    assertEquals("Homard", read.getFrenchName());
    assertEquals(Optional.of("SEAFOOD"), read.getParent());
    assertFalse(read.isRetired());
    assertTrue(db.inTransaction(SectorMappingTest::tree).isWithin("LOBSTER", "FISHERIES"));

    db.runInTransaction(em -> em.find(Sector.class, "LOBSTER").retire());
    Sector retired = db.inTransaction(em -> em.find(Sector.class, "LOBSTER"));
    assertTrue(retired.isRetired());
    assertEquals(1, retired.getVersion());
    assertTrue(
        db.inTransaction(SectorMappingTest::tree).isWithin("LOBSTER", "FISHERIES"),
        "a retired sector stays in the tree");
  }

  @Test
  void theDatabaseItselfRefusesAParentItDoesNotHave() {
    assertThrows(
        PersistenceException.class,
        () ->
            db.runInTransaction(
                em -> em.persist(Sector.add(new SectorDraft("X_RAY", "NOWHERE", "X", "X")))));
    assertEquals(
        Set.of("X_RAY"), db.inTransaction(em -> tree(em).unknown(List.of("X_RAY", "PORK"))));
  }
}
