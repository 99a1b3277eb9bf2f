package ca.gc.engagement.carveout.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.gc.engagement.carveout.entity.CarveOut;
import ca.gc.engagement.carveout.entity.Match;
import ca.gc.engagement.carveout.entity.Proposal;
import ca.gc.engagement.carveout.entity.ScreeningResult;
import ca.gc.engagement.carveout.entity.Verdict;
import ca.gc.engagement.schema.control.MigratedDatabase;
import ca.gc.engagement.sector.control.SectorTree;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The scenario's proposals screened against the carve-outs and the sector tree exactly as the
 * migration seeds them: the keyword lists must catch what touches national security or the Arctic
 * and leave the energy, environment, trade and agri-food agreements CLEAR. Read-only, so one
 * database serves every case.
 */
class SeededCarveOutsTest {

  private static MigratedDatabase db;
  private static List<CarveOut> carveOuts;
  private static SectorTree tree;

  @BeforeAll
  static void seeded() {
    db = new MigratedDatabase();
    carveOuts =
        db.inTransaction(
            em -> em.createQuery("select c from CarveOut c", CarveOut.class).getResultList());
    tree =
        db.inTransaction(
            em ->
                SectorTree.of(
                    em.createQuery("select s.code, s.parent from Sector s", Object[].class)
                        .getResultStream()
                        .map(row -> new SectorTree.Node((String) row[0], (String) row[1]))
                        .toList()));
  }

  @AfterAll
  static void close() {
    db.close();
  }

  private static Set<String> codes(String spaced) {
    return spaced == null || spaced.isBlank() ? Set.of() : Set.of(spaced.trim().split("\\s+"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          energy co-operation | CA CN | OIL_AND_GAS CRUDE_OIL LIQUEFIED_NATURAL_GAS CLEAN_ENERGY | CA-AB CA-BC | 2026-01-16 \
            | Memorandum of understanding on energy co-operation: increase exports of Canadian crude oil and \
          liquefied natural gas to China, and co-operate on clean energy technologies including hydrogen, carbon \
          capture, utilisation and storage, wind and solar power, and energy security. | CLEAR | -
          environmental co-operation | CA CN | ENVIRONMENT | - | 2026-01-16 \
            | Environmental co-operation on climate change, biodiversity conservation, clean air and water, \
          marine litter and the circular economy; joint research and exchanges of experts. | CLEAR | -
          trade facilitation | CA CN | - | - | 2026-01-16 \
            | Trade facilitation: faster customs clearance, electronic certificates, and mutual recognition of \
          sanitary and phytosanitary inspections at ports of entry. | CLEAR | -
          preliminary trade arrangement | CA CN | ELECTRIC_VEHICLES CANOLA PULSES SEAFOOD PORK | CA-SK CA-ON \
            | 2026-01-16 | Canada admits up to 49,000 electric vehicles made in China a year at 6.1 %; China cuts \
          the anti-dumping duties on Canadian canola seed to about 15 % by 1 March 2026 and exempts canola meal, \
          lobster, crab and peas from its retaliatory tariffs until at least the end of 2026. | CLEAR | -
          canola relief in French | CA CN | AGRI_FOOD CANOLA | CA-SK | 2026-01-16 \
            | Allègement des droits sur les graines de canola, le tourteau de canola et les pois; surveillance \
          conjointe des résidus de pesticides et défense des intérêts des producteurs. | CLEAR | -
          pork with disease surveillance | CA CN | PORK | CA-MB | 2026-01-16 \
            | Market access for Canadian pork, with joint surveillance for African swine fever. | CLEAR | -
          Arctic corridor tagged agri-food | CA CN | AGRI_FOOD | - | 2026-01-16 \
            | Arctic shipping corridor | PROHIBITED | ARCTIC KEYWORD Arctic
          polar research, untagged | CA CN | - | - | 2026-01-16 \
            | Co-operation in polar research at a station in Nunavut. | PROHIBITED \
            | ARCTIC KEYWORD Nunavut; ARCTIC KEYWORD polar
          Arctic in French | CA CN | - | - | 2026-01-16 \
            | Un corridor maritime dans l’Arctique par le passage du Nord-Ouest. | PROHIBITED \
            | ARCTIC KEYWORD Arctique; ARCTIC KEYWORD passage du Nord-Ouest
          Arctic regions only | CN | - | CA-NU ARCTIC_RESEARCH_STATIONS | 2026-01-16 | - | PROHIBITED \
            | ARCTIC REGION ARCTIC_RESEARCH_STATIONS; ARCTIC REGION CA-NU
          critical minerals by sector | CA CN | CRITICAL_MINERALS | CA-QC | 2026-01-16 \
            | Investment in a Canadian lithium mine. | PROHIBITED \
            | NATIONAL_SECURITY SECTOR CRITICAL_MINERALS
          semiconductors and 5G | CA CN | MANUFACTURING | - | 2026-01-16 \
            | A joint laboratory for semiconductor design and 5G base stations. | PROHIBITED \
            | NATIONAL_SECURITY KEYWORD 5G; NATIONAL_SECURITY KEYWORD semiconductor
          passenger data | CA CN | TOURISM | - | 2026-01-16 \
            | Sharing of passengers' personal data between airlines. | PROHIBITED \
            | NATIONAL_SECURITY KEYWORD personal data
          rare earths | CA CN | METALS | - | 2026-01-16 \
            | Rare-earth processing plant | PROHIBITED | NATIONAL_SECURITY KEYWORD rare earth
          dual-use exports | CN | - | - | 2026-01-16 \
            | Licensing of dual use goods for the military | PROHIBITED \
            | NATIONAL_SECURITY KEYWORD dual-use; NATIONAL_SECURITY KEYWORD military
          Canada and Japan | CA JP | CRITICAL_MINERALS ARCTIC | CA-NU | 2026-01-16 \
            | Arctic shipping corridor and critical minerals | CLEAR | -
          before the carve-outs | CA CN | ARCTIC DEFENCE | CA-NU | 2025-12-31 \
            | Arctic defence | CLEAR | -
          """)
  void screensTheScenario(
      String name,
      String parties,
      String sectors,
      String regions,
      LocalDate date,
      String text,
      Verdict verdict,
      String matches) {
    ScreeningResult result =
        Screening.screen(
            new Proposal(codes(parties), codes(sectors), codes(regions), text, date),
            carveOuts,
            tree);
    assertEquals(
        matches == null ? List.of() : Arrays.stream(matches.split(";")).map(String::strip).toList(),
        result.matches().stream()
            .map(m -> m.carveOutCode() + " " + m.kind() + " " + m.value())
            .toList(),
        name);
    assertEquals(verdict, result.verdict(), name);
  }

  @Test
  void aDescendantOfNationalSecurityIsExplainedByNamingBoth() {
    ScreeningResult result =
        Screening.screen(
            new Proposal(
                Set.of("CA", "CN"),
                Set.of("CRITICAL_MINERALS", "TELECOMMUNICATIONS"),
                null,
                null,
                LocalDate.of(2026, 1, 16)),
            carveOuts,
            tree);
    assertEquals(
        List.of(
            "CRITICAL_MINERALS is within NATIONAL_SECURITY, which the National security carve-out"
                + " covers.",
            "TELECOMMUNICATIONS is within NATIONAL_SECURITY, which the National security carve-out"
                + " covers."),
        result.matches().stream().map(Match::reason).toList());
  }

  @Test
  void everySeededChildOfNationalSecurityIsProhibited() {
    Set<String> prohibited =
        tree.descendantsAndSelf("NATIONAL_SECURITY").stream()
            .filter(
                code ->
                    Screening.screen(
                                new Proposal(
                                    Set.of("CN"),
                                    Set.of(code),
                                    null,
                                    null,
                                    LocalDate.of(2026, 2, 1)),
                                carveOuts,
                                tree)
                            .verdict()
                        == Verdict.PROHIBITED)
            .collect(Collectors.toSet());
    assertEquals(
        Set.of(
            "NATIONAL_SECURITY",
            "DEFENCE",
            "SENSITIVE_TECHNOLOGY",
            "CRITICAL_MINERALS",
            "CRITICAL_INFRASTRUCTURE",
            "TELECOMMUNICATIONS",
            "PERSONAL_DATA",
            "ECONOMIC_SECURITY"),
        prohibited);
  }

  @Test
  void noSeededSectorOutsideNationalSecurityAndTheArcticIsProhibitedByItself() {
    Set<String> prohibited =
        tree.codes().stream()
            .filter(code -> !tree.isWithin(code, "NATIONAL_SECURITY"))
            .filter(
                code ->
                    Screening.screen(
                                new Proposal(
                                    Set.of("CN"),
                                    Set.of(code),
                                    null,
                                    null,
                                    LocalDate.of(2026, 2, 1)),
                                carveOuts,
                                tree)
                            .verdict()
                        != Verdict.CLEAR)
            .collect(Collectors.toSet());
    assertEquals(Set.of("ARCTIC"), prohibited);
  }
}
