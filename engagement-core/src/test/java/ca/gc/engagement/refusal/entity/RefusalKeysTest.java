package ca.gc.engagement.refusal.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.records.entity.IllegalTransitionException;
import ca.gc.engagement.records.entity.RuleViolationException;
import ca.gc.engagement.records.entity.StaleRecordException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every key a refusal can name is in both bundles: the literal keys found in the main sources,
 * every form of every record kind, and every value of the statuses and classifications that
 * messages name. A key missing in French would show an English base text on a French page.
 */
class RefusalKeysTest {

  private static final Path MAIN = Path.of("src/main/java/ca/gc/engagement");
  private static final Pattern LITERAL_KEY =
      Pattern.compile("\"(ca\\.gc\\.engagement\\.[\\w.]+)\"");
  private static final Pattern KIND = Pattern.compile("String KIND = \"([^\"]+)\"");
  private static final Locale FRENCH = Locale.CANADA_FRENCH;

  @Test
  void everyKeyIsInEnglishAndFrench() throws Exception {
    TreeSet<String> keys = new TreeSet<>(literalKeys());
    for (String kind : kinds()) {
      for (Term.Form form : Term.Form.values()) {
        keys.add(Term.kindKey(kind, form));
      }
    }
    for (Class<? extends Enum<?>> type : namedEnums()) {
      for (Enum<?> value : type.getEnumConstants()) {
        keys.add(Term.enumKey(value));
      }
    }
    assertTrue(keys.size() > 100, "the scan found " + keys.size() + " keys");
    Properties english = bundle("/ValidationMessages.properties");
    Properties french = bundle("/ValidationMessages_fr.properties");
    List<String> missing = new ArrayList<>();
    for (String key : keys) {
      if (!english.containsKey(key)) {
        missing.add("en " + key);
      }
      if (!french.containsKey(key)) {
        missing.add("fr " + key);
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void aStakeholderNotOnFileReadsInFrench() {
    RuleViolationException refused =
        RuleViolationException.noSuch("participants[0].stakeholderId", "stakeholder", 987654321);

    assertEquals("There is no stakeholder 987654321.", refused.getMessage());
    assertEquals("La partie prenante 987654321 est introuvable.", refused.message(FRENCH));
  }

  @Test
  void aStaleEditNamesTheRecordWithItsGender() {
    assertEquals(
        "Quelqu'un d'autre a modifi\u00e9 cet accord depuis que vous avez ouvert la page."
            + " Rechargez-la pour voir sa modification, puis refaites la v\u00f4tre.",
        new StaleRecordException("agreement").message(FRENCH));
    assertEquals(
        "This trade measure was changed by someone else after you opened it. Reload it to see"
            + " their change, then make yours again.",
        new StaleRecordException("trade measure").getMessage());
  }

  @Test
  void aTransitionNamesStatusesInFrench() {
    IllegalTransitionException refused =
        new IllegalTransitionException(
            "trade measure",
            ca.gc.engagement.trademeasure.entity.TradeMeasureStatus.IN_FORCE,
            ca.gc.engagement.trademeasure.entity.TradeMeasureStatus.PROPOSED,
            ca.gc.engagement.trademeasure.entity.TradeMeasureStatus.IN_FORCE.next());

    assertEquals(
        "A trade measure cannot go from IN_FORCE to PROPOSED. Allowed from IN_FORCE: LIFTED,"
            + " SUSPENDED.",
        refused.getMessage());
    assertEquals(
        "Une mesure commerciale ne peut pas passer de l'\u00e9tat \u00ab en vigueur \u00bb"
            + " \u00e0 l'\u00e9tat \u00ab propos\u00e9e \u00bb. \u00c9tats permis depuis"
            + " \u00ab en vigueur \u00bb : lev\u00e9e, suspendue.",
        refused.message(FRENCH));
  }

  @Test
  void aRateAndItsDayReadInFrench() {
    RuleViolationException refused =
        new RuleViolationException(
            "effectiveFrom",
            "ca.gc.engagement.trademeasure.rate.taken",
            new Figure(new java.math.BigDecimal("25.50")),
            java.time.LocalDate.of(2026, 3, 14));

    assertEquals(
        "A rate of 25.5 % is already recorded from 2026-03-14. To correct it, revise the measure.",
        refused.getMessage());
    assertEquals(
        "Un taux de 25,5 % est d\u00e9j\u00e0 consign\u00e9 \u00e0 compter du 2026-03-14. Pour le"
            + " corriger, r\u00e9visez la mesure.",
        refused.message(FRENCH));
  }

  @Test
  void aClearanceRefusalNamesClassificationsInFrench() {
    var refused =
        new ca.gc.engagement.security.entity.AboveClearanceException(
            ca.gc.engagement.security.entity.Classification.SECRET,
            ca.gc.engagement.security.entity.Classification.PROTECTED_B);

    assertEquals(
        "You cannot record information classified SECRET: your clearance is PROTECTED_B.",
        refused.getMessage());
    assertEquals(
        "Vous ne pouvez pas consigner d'information de niveau \u00ab Secret \u00bb : votre"
            + " cote de s\u00e9curit\u00e9 est \u00ab Prot\u00e9g\u00e9 B \u00bb.",
        refused.message(FRENCH));
  }

  private static Properties bundle(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = RefusalKeysTest.class.getResourceAsStream(name)) {
      properties.load(in);
    }
    return properties;
  }

  private static List<String> literalKeys() throws IOException {
    List<String> keys = new ArrayList<>();
    for (Path source : sources()) {
      Matcher matcher = LITERAL_KEY.matcher(Files.readString(source));
      while (matcher.find()) {
        keys.add(matcher.group(1));
      }
    }
    for (String suffix : List.of("unnamed", "one", "many")) {
      keys.add("ca.gc.engagement.agreement.exemption.required." + suffix);
      keys.add("ca.gc.engagement.carveout.violation." + suffix);
    }
    keys.add("ca.gc.engagement.sector.unknown.one");
    keys.add("ca.gc.engagement.sector.unknown.many");
    keys.removeIf(key -> key.endsWith("."));
    return keys;
  }

  private static List<String> kinds() throws IOException {
    List<String> kinds = new ArrayList<>(List.of("record"));
    for (Path source : sources()) {
      Matcher matcher = KIND.matcher(Files.readString(source));
      while (matcher.find()) {
        kinds.add(matcher.group(1));
      }
    }
    assertTrue(kinds.contains("trade measure"), "the scan found the kinds " + kinds);
    return kinds;
  }

  /** Every *Status enum of the core, and the classifications. */
  @SuppressWarnings("unchecked")
  private static List<Class<? extends Enum<?>>> namedEnums() throws Exception {
    List<Class<? extends Enum<?>>> types = new ArrayList<>();
    types.add(ca.gc.engagement.security.entity.Classification.class);
    for (Path source : sources()) {
      String file = source.getFileName().toString();
      if (file.endsWith("Status.java")) {
        String name =
            "ca.gc.engagement."
                + MAIN.relativize(source).toString().replace('/', '.').replace(".java", "");
        Class<?> type = Class.forName(name);
        if (type.isEnum()) {
          types.add((Class<? extends Enum<?>>) type);
        }
      }
    }
    assertTrue(types.size() >= 9, "the scan found the enums " + types);
    return types;
  }

  private static List<Path> sources() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files.filter(file -> file.toString().endsWith(".java")).toList();
    }
  }
}
