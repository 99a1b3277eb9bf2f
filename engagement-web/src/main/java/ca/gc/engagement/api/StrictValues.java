package ca.gc.engagement.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * Texts and ids read as the JSON says, not as JSON-B would coerce them: JSON-B takes {@code 42} for
 * the text "42" and {@code 1.5} for the id 1, so a client's wrong type would be stored as something
 * it did not mean. Here a text must be a JSON string and an id a whole JSON number.
 */
final class StrictValues {

  private StrictValues() {}

  static final class Texts implements JsonbDeserializer<String> {
    @Override
    public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
      JsonValue value = parser.getValue();
      if (value == JsonValue.NULL) {
        return null;
      }
      if (value instanceof JsonString text) {
        return text.getString();
      }
      throw new JsonbException("A text was expected, not " + value.getValueType() + ".");
    }
  }

  static final class Ids implements JsonbDeserializer<Long> {
    @Override
    public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
      JsonValue value = parser.getValue();
      if (value == JsonValue.NULL) {
        return null;
      }
      if (value instanceof JsonNumber number && number.isIntegral()) {
        try {
          return number.bigIntegerValue().longValueExact();
        } catch (ArithmeticException tooLarge) {
          throw new JsonbException("A whole number within 64 bits was expected.", tooLarge);
        }
      }
      throw new JsonbException("A whole number was expected, not " + value + ".");
    }
  }
}
