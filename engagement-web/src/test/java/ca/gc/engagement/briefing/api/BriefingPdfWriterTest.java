package ca.gc.engagement.briefing.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.agreement.entity.AgreementStatus;
import ca.gc.engagement.briefing.entity.AgreementBrief;
import ca.gc.engagement.briefing.entity.AttendeeBrief;
import ca.gc.engagement.briefing.entity.Briefing;
import ca.gc.engagement.briefing.entity.FollowUpBrief;
import ca.gc.engagement.briefing.entity.MeetingBrief;
import ca.gc.engagement.briefing.entity.MissionBrief;
import ca.gc.engagement.briefing.entity.StatementBrief;
import ca.gc.engagement.briefing.entity.TradeMeasureBrief;
import ca.gc.engagement.carveout.entity.CarveOutMode;
import ca.gc.engagement.carveout.entity.Match;
import ca.gc.engagement.carveout.entity.MatchKind;
import ca.gc.engagement.carveout.entity.ScreeningResult;
import ca.gc.engagement.carveout.entity.Verdict;
import ca.gc.engagement.followup.entity.OriginKind;
import ca.gc.engagement.meeting.entity.MeetingKind;
import ca.gc.engagement.meeting.entity.MeetingStatus;
import ca.gc.engagement.meeting.entity.Side;
import ca.gc.engagement.mission.entity.MissionStatus;
import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.statement.entity.Stance;
import ca.gc.engagement.trademeasure.entity.TradeMeasureType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The briefing book as a reader gets it: the PDF the writer renders, read back with PDFBox as any
 * PDF reader would, its text compared with the book it was given.
 */
class BriefingPdfWriterTest {

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final MissionBrief MISSION =
      new MissionBrief(
          42,
          "Prime Minister's visit to the People's Republic of China",
          "CN",
          "Beijing",
          LocalDate.of(2026, 1, 13),
          LocalDate.of(2026, 1, 17),
          "Prime Minister Mark Carney",
          "Advance trade and environmental co-operation; resolve the tariff dispute.",
          MissionStatus.COMPLETED,
          Classification.UNCLASSIFIED);

  private static final ScreeningResult CLEAR = new ScreeningResult(Verdict.CLEAR, List.of(), 0);

  private static MeetingBrief meeting(
      String title, int day, int hour, Classification marking, ScreeningResult flags) {
    ZonedDateTime start = ZonedDateTime.of(2026, 1, day, hour, 0, 0, 0, BEIJING);
    return new MeetingBrief(
        day * 100L + hour,
        title,
        MeetingKind.BILATERAL,
        start,
        start.plusMinutes(90),
        "Beijing",
        MeetingStatus.HELD,
        List.of(
            new AttendeeBrief(
                "Mark Carney",
                "Prime Minister of Canada",
                null,
                Side.OURS,
                "Head of delegation",
                Classification.UNCLASSIFIED),
            new AttendeeBrief(
                "Xi Jinping",
                "President of the People's Republic of China",
                null,
                Side.COUNTERPART,
                "Head of delegation",
                Classification.PROTECTED_A)),
        List.of("Canola", "Electric vehicles"),
        "The tariff dispute.",
        "A preliminary trade arrangement is reported.",
        flags,
        marking);
  }

  private static StatementBrief statement(int i) {
    return new StatementBrief(
        i,
        LocalDate.of(2026, 1, 13).plusDays(i % 4),
        "Scott Moe",
        "Premier of Saskatchewan",
        "CA-SK",
        Stance.OPPOSES,
        List.of("Canola"),
        "China should drop its tariffs on Canadian canola (" + i + ").",
        "Remarks to reporters",
        Classification.UNCLASSIFIED);
  }

  /** A book with every section filled, long enough to run over several pages. */
  private static Briefing fullBook() {
    ScreeningResult review =
        new ScreeningResult(
            Verdict.REVIEW,
            List.of(
                new Match(
                    "CAPELIN",
                    Classification.UNCLASSIFIED,
                    CarveOutMode.REVIEW,
                    MatchKind.KEYWORD,
                    "capelin",
                    "The text mentions \u201ccapelin\u201d, a keyword of the Capelin carve-out.")),
            1);
    return new Briefing(
        MISSION,
        List.of(
            meeting(
                "Meeting with senior leaders of the Communist Party of China",
                15,
                10,
                Classification.PROTECTED_B,
                CLEAR),
            meeting(
                "Bilateral meeting with President Xi Jinping",
                16,
                10,
                Classification.UNCLASSIFIED,
                review)),
        List.of(
            new AgreementBrief(
                7,
                "Capelin fishing arrangement",
                List.of("CA", "CN"),
                AgreementStatus.PROPOSED,
                LocalDate.of(2026, 1, 16),
                "Bilateral meeting with President Xi Jinping",
                List.of("Fish and seafood"),
                List.of(),
                "Capelin quotas.",
                review,
                false,
                Classification.UNCLASSIFIED)),
        "CA",
        List.of(
            new TradeMeasureBrief(
                3,
                "Tariff on Canadian canola oil, canola meal and peas",
                "CN",
                "CA",
                TradeMeasureType.TARIFF,
                List.of("Canola oil, crude (1514.11)", "Peas (0713.10)"),
                new BigDecimal("100.000"),
                LocalDate.of(2025, 3, 20),
                null,
                "Surtax on electric vehicles from China",
                null,
                Classification.UNCLASSIFIED)),
        1_250,
        LocalDate.of(2025, 12, 14),
        LocalDate.of(2026, 1, 31),
        IntStream.range(0, 60).mapToObj(BriefingPdfWriterTest::statement).toList(),
        2_400,
        List.of(
            new FollowUpBrief(
                9,
                "Negotiations on the North American trade agreement this year.",
                OriginKind.MISSION,
                MISSION.title(),
                "Trade Negotiations (North America)",
                LocalDate.of(2026, 12, 31),
                Classification.PROTECTED_A)),
        "officer",
        Instant.parse("2026-11-28T12:00:00Z"));
  }

  private static byte[] written(Briefing book) throws IOException {
    var out = new ByteArrayOutputStream();
    var headers = new MultivaluedHashMap<String, Object>();
    new BriefingPdfWriter()
        .writeTo(
            book,
            Briefing.class,
            Briefing.class,
            new java.lang.annotation.Annotation[0],
            new MediaType("application", "pdf"),
            headers,
            out);
    assertEquals(out.size(), headers.getFirst("Content-Length"));
    return out.toByteArray();
  }

  /**
   * The text of each page, its white space (line breaks inside cells) made single spaces. In the
   * order the page was written (paragraphs, then tables cell by cell, then the page's marking,
   * header and footer), or, {@code asLaidOut}, top to bottom and left to right.
   */
  private static List<String> pages(byte[] pdf, boolean asLaidOut) throws IOException {
    assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<String> pages = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(asLaidOut);
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        pages.add(stripper.getText(document).replaceAll("\\s+", " ").strip());
      }
      return pages;
    }
  }

  private static String text(Briefing book) throws IOException {
    return String.join(" ", pages(written(book), false));
  }

  /** Each page's first line (its header) and last line (its footer), as laid out. */
  private static List<String> headersAndFooters(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<String> lines = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        List<String> all = stripper.getText(document).strip().lines().toList();
        lines.add(all.get(0).strip() + " | " + all.get(all.size() - 1).strip());
      }
      return lines;
    }
  }

  private static void assertContains(String text, String... expected) {
    for (String part : expected) {
      assertTrue(text.contains(part), () -> "\"" + part + "\" not in: " + text);
    }
  }

  @Test
  void everyPageIsMarkedTopAndBottomAtTheBooksHighestLevelAndNumbered() throws IOException {
    List<String> pages = headersAndFooters(written(fullBook()));

    assertTrue(pages.size() >= 3, "pages: " + pages.size());
    for (int i = 0; i < pages.size(); i++) {
      assertEquals(
          "Briefing book: mission 42 PROTECTED B | Prepared for officer on 28 November 2026, 12:00"
              + " UTC PROTECTED B Page "
              + (i + 1)
              + " of "
              + pages.size(),
          pages.get(i));
    }
  }

  @Test
  void eachSectionInTurnCarriesItsMarkingAndEachRecordItsOwn() throws IOException {
    String text = text(fullBook());

    assertContains(
        text, "This book is marked at the level of its most sensitive content: PROTECTED B.");
    List<String> sections =
        List.of(
            "Mission [UNCLASSIFIED]",
            "Meetings [PROTECTED B]",
            "Agreements and their screening [UNCLASSIFIED]",
            "Trade measures in force between Canada (CA) and China (CN), 13 January 2026 to 17"
                + " January 2026 [UNCLASSIFIED]",
            "Stakeholder statements [UNCLASSIFIED]",
            "Open follow-ups [PROTECTED A]");
    assertContains(text, sections.toArray(String[]::new));
    for (int i = 1; i < sections.size(); i++) {
      assertTrue(
          text.indexOf(sections.get(i - 1)) < text.indexOf(sections.get(i)), sections.get(i));
    }
    assertContains(
        text,
        "Meeting with senior leaders of the Communist Party of China [PROTECTED B]",
        "Bilateral meeting with President Xi Jinping [UNCLASSIFIED]",
        "Capelin fishing arrangement [UNCLASSIFIED]",
        "Xi Jinping President of the People's Republic of China Counterpart Head of delegation"
            + " PROTECTED A");
  }

  @Test
  void theBookShowsTheMissionItsTimelineInLocalTimeAndTheParticipants() throws IOException {
    String text = text(fullBook());

    assertContains(
        text,
        "Title Prime Minister's visit to the People's Republic of China",
        "Counterpart China (CN)",
        "Dates 13 January 2026 to 17 January 2026",
        "Lead Prime Minister Mark Carney",
        "Status Completed",
        "Thu 15 Jan 2026, 10:00 to 11:30 (Asia/Shanghai, UTC+08:00)",
        "Mark Carney Prime Minister of Canada Ours Head of delegation UNCLASSIFIED",
        "Readout A preliminary trade arrangement is reported.");
    assertTrue(
        text.indexOf("Thu 15 Jan 2026, 10:00") < text.indexOf("Fri 16 Jan 2026, 10:00"),
        "timeline order");
  }

  @Test
  void anAgreementsVerdictNamesEachMatchedCarveOutAndWhy() throws IOException {
    String text = text(fullBook());

    assertContains(
        text,
        "Screening today REVIEW",
        "CAPELIN (calls for review, keyword capelin): The text mentions \u201ccapelin\u201d, a",
        "keyword of the Capelin carve-out.",
        "Carve-outs above your clearance also match this agreement; what they cover is not",
        "Touches a carve-out (REVIEW): discussing is not agreeing, but mind it.");
  }

  @Test
  void measuresStatementsAndFollowUpsAreTabled() throws IOException {
    String text = text(fullBook());

    assertContains(
        text,
        "Tariff on Canadian canola oil, canola meal and peas Retaliates against: Surtax on"
            + " electric vehicles from China CN on CA Tariff Canola oil, crude (1514.11) Peas"
            + " (0713.10) 100 % from 20 March 2025 UNCLASSIFIED",
        "These are the 1 latest to come into force of 1,250 measures in force; the trade measure"
            + " list has them all.",
        "from 14 December 2025 to 31 January 2026",
        "Scott Moe Premier of Saskatchewan (CA-SK) Opposes China should drop its tariffs on"
            + " Canadian canola (59). On: Canola Source: Remarks to reporters UNCLASSIFIED",
        "These are the 60 latest of 2,400 related statements; the statements list has them all.",
        "31 December 2026 Negotiations on the North American trade agreement this year. Trade"
            + " Negotiations (North America) Mission: Prime Minister's visit to the People's"
            + " Republic of China PROTECTED A");
  }

  @Test
  void aBookWithNothingButItsMissionSaysSoAndIsMarkedAtTheMissionsLevel() throws IOException {
    Briefing empty =
        new Briefing(
            MISSION,
            List.of(),
            List.of(),
            "CA",
            List.of(),
            0,
            LocalDate.of(2025, 12, 14),
            LocalDate.of(2026, 1, 31),
            List.of(),
            0,
            List.of(),
            "viewer",
            Instant.parse("2026-11-28T12:00:00Z"));
    byte[] pdf = written(empty);
    List<String> pages = pages(pdf, false);

    assertEquals(1, pages.size());
    String page = pages.get(0);
    assertEquals(
        List.of(
            "Briefing book: mission 42 UNCLASSIFIED | Prepared for viewer on 28 November 2026,"
                + " 12:00 UTC UNCLASSIFIED Page 1 of 1"),
        headersAndFooters(pdf));
    assertEquals(5, occurrences(page, "None on file."), page);
    assertFalse(page.contains("PROTECTED"), page);
  }

  @Test
  void theWriterAnswersOnlyForABookAsPdf() {
    var writer = new BriefingPdfWriter();
    var none = new java.lang.annotation.Annotation[0];
    assertTrue(
        writer.isWriteable(
            Briefing.class, Briefing.class, none, new MediaType("application", "pdf")));
    assertFalse(
        writer.isWriteable(Briefing.class, Briefing.class, none, MediaType.APPLICATION_JSON_TYPE));
    assertFalse(
        writer.isWriteable(String.class, String.class, none, new MediaType("application", "pdf")));
  }

  @Test
  void everyValueTheBookPrintsHasALabel() {
    for (Class<? extends Enum<?>> type :
        List.of(
            Classification.class,
            MissionStatus.class,
            MeetingKind.class,
            MeetingStatus.class,
            Side.class,
            AgreementStatus.class,
            Verdict.class,
            CarveOutMode.class,
            MatchKind.class,
            TradeMeasureType.class,
            Stance.class,
            OriginKind.class)) {
      for (Enum<?> value : type.getEnumConstants()) {
        assertFalse(BriefingLabels.of(value).isBlank(), value.toString());
      }
    }
  }

  private static int occurrences(String text, String word) {
    int count = 0;
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
      count++;
    }
    return count;
  }
}
