package ca.gc.engagement.query.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A page whose offset would overflow is refused on {@code page}, in both languages. */
class PageRequestTest {

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

  @AfterEach
  void english() {
    Locale.setDefault(Locale.ENGLISH);
  }

  private static Map<String, String> messages(PageRequest request) {
    Map<String, String> messages = new TreeMap<>();
    for (ConstraintViolation<PageRequest> v : validator.validate(request)) {
      messages.put(v.getPropertyPath().toString(), v.getMessage());
    }
    return messages;
  }

  @Test
  void thePageOfTheIssueIsRefusedOnPage() {
    // 10 737 419 × 200 = 2 147 483 800: one page past what an int offset holds (was a 500).
    Map<String, String> refused = messages(new PageRequest(10_737_419, 200));
    assertEquals(1, refused.size(), refused.toString());
    assertTrue(
        refused.get("page").startsWith("No list holds that many records"), refused.toString());
  }

  @Test
  void theLastReachablePageIsTaken() {
    // Its last row is Integer.MAX_VALUE exactly: (MAX_VALUE + 1) / 200 pages of 200 would pass it.
    int last = (int) ((Integer.MAX_VALUE + 1L) / 200) - 1;
    assertEquals(Map.of(), messages(new PageRequest(last, 200)));
    assertEquals(
        Map.of("page", messages(new PageRequest(10_737_419, 200)).get("page")),
        messages(new PageRequest(last + 1, 200)));
    assertEquals(Map.of(), messages(new PageRequest(Integer.MAX_VALUE - 1, 1)));
    assertEquals(1, messages(new PageRequest(Integer.MAX_VALUE, 2)).size());
    assertEquals(Map.of(), messages(new PageRequest(0, 200)));
  }

  @Test
  void aNegativePageIsStillToldItsOwnRule() {
    assertEquals(Map.of("page", "Pages are numbered from 0."), messages(new PageRequest(-1, 20)));
  }

  @Test
  void inFrench() {
    Locale.setDefault(Locale.CANADA_FRENCH);
    try (ValidatorFactory french = Validation.buildDefaultValidatorFactory()) {
      var violations = french.getValidator().validate(new PageRequest(Integer.MAX_VALUE, 200));
      assertEquals(1, violations.size());
      var violation = violations.iterator().next();
      assertEquals("page", violation.getPropertyPath().toString());
      assertTrue(violation.getMessage().startsWith("Aucune liste ne contient autant"));
    }
  }

  @Test
  void theOffsetNeverOverflowsSilently() {
    assertEquals(2_147_483_600, new PageRequest(10_737_418, 200).offset());
    assertThrows(ArithmeticException.class, () -> new PageRequest(10_737_419, 200).offset());
  }
}
