package ca.gc.engagement.sector.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What an administrator reads when a sector is stated wrong, and the refusals of the tree. */
class SectorDraftValidationTest {

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void validator() {
    Locale.setDefault(Locale.ENGLISH);
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  @Test
  void aNewChildSectorIsValid() {
    assertEquals(Map.of(), messages(new SectorDraft("LOBSTER", "SEAFOOD", "Lobster", "Homard")));
  }

  @Test
  void anEmptyDraftNamesEveryMissingField() {
    assertEquals(
        Map.of(
            "code", "Give the sector a code, for example AGRI_FOOD.",
            "englishName", "Give the sector's name in English.",
            "frenchName", "Give the sector's name in French."),
        messages(new SectorDraft(null, null, " ", null)));
  }

  @Test
  void codesAreCapitalsWithUnderscores() {
    String format = "A sector code is written in capitals with underscores, for example AGRI_FOOD.";
    assertEquals(
        Map.of("code", format, "parent", format),
        messages(new SectorDraft("agri-food", "Sea food", "Agri-food", "Agroalimentaire")));
  }

  @Test
  void aCodeCannotBeRevisedAway() {
    Sector canola = Sector.add(new SectorDraft("CANOLA", "AGRI_FOOD", "Canola", "Canola"));
    var refused =
        assertThrows(
            SectorChangeException.class,
            () -> canola.revise(new SectorDraft("RAPESEED", "AGRI_FOOD", "Rapeseed", "Colza")));
    assertEquals(
        "The code of sector CANOLA cannot become RAPESEED: codes are part of the published list."
            + " Add RAPESEED as a new sector and retire CANOLA instead.",
        refused.getMessage());
  }

  @Test
  void aSectorIsNamedInTheReadersLanguage() {
    Sector pulses = Sector.add(new SectorDraft("PULSES", "AGRI_FOOD", " Pulses ", "Légumineuses"));
    assertEquals("Pulses", pulses.name(Locale.ENGLISH));
    assertEquals("Légumineuses", pulses.name(Locale.CANADA_FRENCH));
  }

  @Test
  void unknownSectorsAreAllNamed() {
    assertEquals(
        "There is no sector LUMBER. Choose a sector from the list, for example AGRI_FOOD.",
        new UnknownSectorException(List.of("LUMBER")).getMessage());
    var several = new UnknownSectorException(List.of("SPACE", "LUMBER"));
    assertEquals(
        "There are no sectors LUMBER, SPACE. Choose sectors from the list, for example AGRI_FOOD.",
        several.getMessage());
    assertEquals(List.of("LUMBER", "SPACE"), several.codes());
  }

  @Test
  void aCycleIsExplained() {
    assertEquals(
        "Sector NATIONAL_SECURITY cannot be placed under DEFENCE: DEFENCE is itself within"
            + " NATIONAL_SECURITY.",
        SectorChangeException.cycle("NATIONAL_SECURITY", "DEFENCE").getMessage());
    assertEquals(
        "Sector DEFENCE cannot be placed within itself.",
        SectorChangeException.cycle("DEFENCE", "DEFENCE").getMessage());
  }

  private static Map<String, String> messages(SectorDraft draft) {
    var byField = new TreeMap<String, String>();
    validator
        .validate(draft)
        .forEach(
            v ->
                byField.merge(
                    v.getPropertyPath().toString(), v.getMessage(), (a, b) -> a + " | " + b));
    return byField;
  }
}
