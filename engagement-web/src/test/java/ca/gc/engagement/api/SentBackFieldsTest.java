package ca.gc.engagement.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** What counts as a field sent back as the record shows it. */
class SentBackFieldsTest {

  @Test
  void numbersAreEqualByValueAndEverythingElseAsWritten() {
    assertTrue(SentBackFields.same(json("2.50"), json("2.5")));
    assertTrue(SentBackFields.same(json("{\"a\": [1, \"x\"]}"), json("{\"a\": [1.0, \"x\"]}")));
    assertFalse(SentBackFields.same(json("\"PLANNED\""), json("\"UNDERWAY\"")));
    assertFalse(SentBackFields.same(json("[1, 2]"), json("[2, 1]")));
    assertFalse(SentBackFields.same(json("{\"a\": 1}"), json("{\"a\": 1, \"b\": 2}")));
    assertFalse(SentBackFields.same(json("3"), json("\"3\"")));
  }

  private static JsonValue json(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readValue();
    }
  }
}
