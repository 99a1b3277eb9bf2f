package ca.gc.engagement.stakeholder.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.gc.engagement.demo.control.ScenarioStakeholders;
import ca.gc.engagement.query.entity.Page;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.schema.control.HandWiredServices;
import ca.gc.engagement.schema.control.MigratedDatabase;
import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.stakeholder.entity.Stakeholder;
import ca.gc.engagement.stakeholder.entity.StakeholderDraft;
import ca.gc.engagement.stakeholder.entity.StakeholderKind;
import ca.gc.engagement.stakeholder.entity.StakeholderQuery;
import java.util.List;
import java.util.function.Function;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The list of stakeholders outside the server: words in the name or organisation, the country of a
 * jurisdiction, the status, the order, and what a page costs. Each call runs in a transaction of
 * its own with the clearance filter on, as the container would.
 */
class StakeholderServiceTest {

  private MigratedDatabase db;

  @BeforeEach
  void theScenario() {
    db = new MigratedDatabase();
    ScenarioStakeholders.ALL.forEach(draft -> as(Classification.SECRET, s -> s.record(draft)));
  }

  @AfterEach
  void close() {
    db.close();
  }

  private <T> T as(Classification clearance, Function<StakeholderService, T> call) {
    return db.inTransaction(
        em ->
            call.apply(
                new HandWiredServices(em, HandWiredServices.caller("officer", clearance))
                    .get(StakeholderService.class)));
  }

  private Page<Stakeholder> list(StakeholderQuery query) {
    return as(Classification.PROTECTED_B, s -> s.list(query, PageRequest.first(20)));
  }

  private static List<String> names(Page<Stakeholder> page) {
    return page.items().stream().map(Stakeholder::getName).toList();
  }

  private static StakeholderQuery query(String q, String country, String status, String sort) {
    return new StakeholderQuery(q, country, status, sort);
  }

  @Test
  void wordsAreFoundInTheNameOrTheOrganisationWhateverTheirCase() {
    assertEquals(
        List.of(
            "China Daily editorial board",
            "Graham Shantz",
            "Senior leaders of the Communist Party of China"),
        names(list(query("CHINA", null, null, null))));
    assertEquals(List.of("Dylan Loh"), names(list(query("nanyang", null, null, null))));
    assertEquals(List.of(), names(list(query("100%", null, null, null))));
  }

  @Test
  void aCountryTakesInItsSubdivisions() {
    assertEquals(
        List.of(
            "Doug Ford",
            "Graham Shantz",
            "Mark Carney",
            "Scott Moe",
            "Vina Nadjibulla",
            "Western and Atlantic premiers"),
        names(list(query(null, "CA", null, null))));
    assertEquals(List.of("Dylan Loh"), names(list(query(null, "SG", null, null))));
    assertEquals(0, list(query(null, "US", null, null)).total());
  }

  @Test
  void theStatusSelectsArchivedStakeholders() {
    long moe = list(query("Scott Moe", null, null, null)).items().get(0).getId();
    as(Classification.PROTECTED_B, s -> s.archive(moe, 0));

    assertEquals(List.of("Scott Moe"), names(list(query(null, null, "ARCHIVED", null))));
    assertEquals(9, list(query(null, null, "ACTIVE", null)).total());
    assertEquals(1, list(query(null, "CA", "ARCHIVED", null)).total());
    assertEquals(10, as(Classification.PROTECTED_B, s -> s.list(PageRequest.first(20))).total());
  }

  @Test
  void theListIsOrderedAsAsked() {
    assertEquals(
        List.of("Xi Jinping", "Western and Atlantic premiers", "Vina Nadjibulla"),
        names(
            as(
                Classification.PROTECTED_B,
                s -> s.list(query(null, null, null, "name,desc"), PageRequest.first(3)))));
    // SG, then CN (three), then CA-SK, CA-ON and CA (the latest recorded first).
    var byJurisdiction = names(list(query(null, null, null, "jurisdiction,desc")));
    assertEquals("Dylan Loh", byJurisdiction.get(0));
    assertEquals(List.of("Scott Moe", "Doug Ford", "Graham Shantz"), byJurisdiction.subList(4, 7));
    // Organisations first by name; those without one last, by id.
    assertEquals(
        List.of(
            "Vina Nadjibulla",
            "Graham Shantz",
            "China Daily editorial board",
            "Senior leaders of the Communist Party of China",
            "Dylan Loh",
            "Mark Carney"),
        names(list(query(null, null, null, "organisation"))).subList(0, 6));
  }

  @Test
  void nobodyListsAboveTheirClearanceNorCountsIt() {
    as(
        Classification.SECRET,
        s ->
            s.record(
                new StakeholderDraft(
                    "A confidential source in Beijing",
                    null,
                    null,
                    StakeholderKind.EXPERT,
                    "CN",
                    Classification.SECRET)));
    var cn = query(null, "CN", null, null);
    assertEquals(4, as(Classification.SECRET, s -> s.list(cn, PageRequest.first(20))).total());
    var forAViewer = as(Classification.PROTECTED_A, s -> s.list(cn, PageRequest.first(20)));
    assertEquals(3, forAViewer.total());
    assertEquals(
        List.of(
            "China Daily editorial board",
            "Senior leaders of the Communist Party of China",
            "Xi Jinping"),
        names(forAViewer));
  }

  @Test
  void aPageCostsTheSameStatementsWhateverItsSize() {
    var statistics = db.entityManagerFactory().unwrap(SessionFactory.class).getStatistics();
    var filtered = query("a", "CA", "ACTIVE", "organisation,desc");
    statistics.clear();
    var one = as(Classification.PROTECTED_B, s -> s.list(filtered, PageRequest.first(1)));
    long forOne = statistics.getPrepareStatementCount();
    statistics.clear();
    var all = as(Classification.PROTECTED_B, s -> s.list(filtered, PageRequest.first(200)));
    long forAll = statistics.getPrepareStatementCount();
    assertEquals(1, one.items().size());
    assertEquals(all.total(), all.items().size());
    assertEquals(4, all.total());
    assertEquals(2, forOne);
    assertEquals(forOne, forAll);
  }

  @Test
  void findAllGivesTheStakeholdersTheCallerMaySeeInTheOrderAsked() {
    long secret =
        as(
                Classification.SECRET,
                s ->
                    s.record(
                        new StakeholderDraft(
                            "A confidential source in Beijing",
                            null,
                            null,
                            StakeholderKind.EXPERT,
                            "CN",
                            Classification.SECRET)))
            .getId();
    long moe = list(query("Scott Moe", null, null, null)).items().get(0).getId();
    long xi = list(query("Xi Jinping", null, null, null)).items().get(0).getId();

    var found =
        as(Classification.PROTECTED_A, s -> s.findAll(List.of(xi, secret, moe, xi, 987654L)));

    assertEquals(
        List.of("Xi Jinping", "Scott Moe"), found.stream().map(Stakeholder::getName).toList());
    assertEquals(List.of(), as(Classification.SECRET, s -> s.findAll(List.of())));
  }
}
