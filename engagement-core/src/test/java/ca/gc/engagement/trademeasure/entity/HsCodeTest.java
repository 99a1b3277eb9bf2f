package ca.gc.engagement.trademeasure.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The HS notations of the scenario's notices, and the mistakes a desk officer is told about. */
class HsCodeTest {

  @ParameterizedTest(name = "{0} is a {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "03                 | 03            | CHAPTER",
        "02.03              | 02.03         | HEADING",
        "1514.11            | 1514.11       | SUBHEADING",
        "8703.80            | 8703.80       | SUBHEADING",
        "1514.11.10         | 1514.11.10    | TARIFF_ITEM",
        "72.06-72.29        | 72.06-72.29   | HEADING",
        "87.02–87.04        | 87.02-87.04   | HEADING",
        "8703.40–8703.70    | 8703.40-8703.70 | SUBHEADING",
        "' 73.01 - 73.06 '  | 73.01-73.06   | HEADING",
        "01-97              | 01-97         | CHAPTER"
      })
  void acceptsTheNotationsOfTariffNotices(String written, String canonical, HsCode.Level level) {
    HsCode code = HsCode.of(written);
    assertEquals(canonical, code.value());
    assertEquals(level, code.level());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "3           | Not an HS code: 3. Write a chapter (03), a heading (02.03), a subheading"
            + " (1514.11), a tariff item (1514.11.10) or a range such as 72.06-72.29.",
        "0203        | Not an HS code: 0203. Write a chapter (03), a heading (02.03), a subheading"
            + " (1514.11), a tariff item (1514.11.10) or a range such as 72.06-72.29.",
        "1514.1      | Not an HS code: 1514.1. Write a chapter (03), a heading (02.03), a subheading"
            + " (1514.11), a tariff item (1514.11.10) or a range such as 72.06-72.29.",
        "00          | Not an HS code: 00. Write a chapter (03), a heading (02.03), a subheading"
            + " (1514.11), a tariff item (1514.11.10) or a range such as 72.06-72.29.",
        "ch. 03      | Not an HS code: ch. 03. Write a chapter (03), a heading (02.03), a subheading"
            + " (1514.11), a tariff item (1514.11.10) or a range such as 72.06-72.29.",
        "8703.40–.70 | Not an HS code: 8703.40–.70. Write a chapter (03), a heading (02.03), a"
            + " subheading (1514.11), a tariff item (1514.11.10) or a range such as 72.06-72.29.",
        "72.06-7229.10 | Both ends of an HS range are written alike: 72.06-7229.10 mixes two kinds"
            + " of code.",
        "72.29-72.06 | An HS range runs from the lower code to the higher: 72.29-72.06 does not.",
        "72.06-72.06 | An HS range runs from the lower code to the higher: 72.06-72.06 does not."
      })
  void refusesOtherNotationsSayingWhy(String written, String message) {
    var refusal = assertThrows(IllegalArgumentException.class, () -> HsCode.of(written));
    assertEquals(message, refusal.getMessage());
  }

  @ParameterizedTest(name = "{0} covers {1}: {2}")
  @CsvSource({
    "03, 0306.12, true",
    "03, 03, true",
    "03, 16.05, false",
    "72.06-72.29, 72.10, true",
    "72.06-72.29, 7210.41.10, true",
    "72.06-72.29, 72.06-72.10, true",
    "72.06-72.29, 72, false",
    "72.06-72.29, 72.30, false",
    "8703.40-8703.70, 8703.80, false",
    "87.02-87.04, 8703.80, true",
    "0306.12, 03, false",
    "2306.41, 2306.41, true",
    "1514.11, 1514.19, false"
  })
  void tellsWhetherOneCodeTakesInAnother(String code, String other, boolean covers) {
    assertEquals(covers, HsCode.of(code).covers(HsCode.of(other)));
  }
}
