package ca.gc.engagement.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request body held against the request type it is read as, before JSON-B reads it, so that every
 * field it cannot take is named: one the type does not have ({@code colour}), a value of the wrong
 * JSON type ({@code "startDate": 5}), a name that is no constant of its enum ({@code
 * "classification": "TOP"}), a date outside the recorded years; each with its path ({@code
 * participants[0].side}). JSON-B alone says only that the body did not fit.
 *
 * <p>Fields of the body's top level that the type does not have may be set aside instead of refused
 * ({@link #setAside}): a {@code PUT} sends back the record as it was read, whose fields the server
 * keeps (id, version, status...) are judged against the record itself (RecordEndpoint).
 */
final class BodyShape {

  private final List<Problem.FieldError> errors = new ArrayList<>();
  private final Map<String, JsonValue> setAside = new LinkedHashMap<>();

  private BodyShape() {}

  /** What {@code body} holds that {@code type} cannot take, every such field named. */
  static BodyShape of(JsonValue body, Type type, boolean setAsideTopLevel) {
    BodyShape shape = new BodyShape();
    if (setAsideTopLevel && body instanceof JsonObject object && type instanceof Class<?> record) {
      shape.object(object, record, "", true);
    } else {
      shape.value(body, type, "");
    }
    return shape;
  }

  List<Problem.FieldError> errors() {
    return errors;
  }

  /** The top-level fields the type does not have, set aside (in the body's order). */
  Map<String, JsonValue> setAside() {
    return setAside;
  }

  private void value(JsonValue value, Type type, String path) {
    Class<?> raw = raw(type);
    if (raw == null || value == null) {
      return;
    }
    if (value == JsonValue.NULL) {
      if (raw.isPrimitive()) {
        refuse(path, "Give a value; it cannot be null.");
      }
      return;
    }
    if (raw == String.class) {
      expect(value instanceof JsonString, path, "Give a text, in quotes.");
    } else if (raw == Long.class || raw == long.class || raw == Integer.class || raw == int.class) {
      expect(
          value instanceof JsonNumber number && number.isIntegral(),
          path,
          "Give a whole number, without quotes.");
    } else if (raw == BigDecimal.class || raw == Double.class || raw == double.class) {
      // JSON-B reads a number written as text too ("0.25"); it stays readable so.
      expect(
          value instanceof JsonNumber || value instanceof JsonString text && decimal(text),
          path,
          "Give a number, without quotes.");
    } else if (raw == Boolean.class || raw == boolean.class) {
      expect(value == JsonValue.TRUE || value == JsonValue.FALSE, path, "Give true or false.");
    } else if (raw == LocalDate.class || raw == Instant.class) {
      date(value, raw, path);
    } else if (raw.isEnum()) {
      constant(value, raw, path);
    } else if (Collection.class.isAssignableFrom(raw)) {
      if (!(value instanceof JsonArray array)) {
        refuse(path, "Give a list, in square brackets.");
        return;
      }
      Type element = element(type);
      for (int i = 0; i < array.size(); i++) {
        value(array.get(i), element, path + "[" + i + "]");
      }
    } else if (raw.isRecord()) {
      if (!(value instanceof JsonObject object)) {
        refuse(path, "Give an object, in braces.");
        return;
      }
      object(object, raw, path, false);
    }
  }

  private void object(JsonObject object, Class<?> record, String path, boolean setAsideUnknown) {
    if (!record.isRecord()) {
      return;
    }
    Map<String, RecordComponent> components = new LinkedHashMap<>();
    for (RecordComponent component : record.getRecordComponents()) {
      components.put(component.getName(), component);
    }
    object.forEach(
        (name, member) -> {
          RecordComponent component = components.get(name);
          String field = path.isEmpty() ? name : path + "." + name;
          if (component != null) {
            value(member, component.getGenericType(), field);
          } else if (setAsideUnknown) {
            setAside.put(name, member);
          } else {
            refuse(field, unknown(name, components.keySet()));
          }
        });
  }

  /** The message for a field the body's type does not have. */
  static String unknown(String name, Collection<String> fields) {
    return "There is no field " + name + " here; the fields are " + String.join(", ", fields) + ".";
  }

  private void date(JsonValue value, Class<?> type, String path) {
    if (!(value instanceof JsonString text)) {
      refuse(
          path,
          type == LocalDate.class
              ? "Give the date as text, YYYY-MM-DD, for example \"2026-01-13\"."
              : "Give the instant as text, for example \"2026-01-16T02:00:00Z\".");
      return;
    }
    try {
      if (type == LocalDate.class) {
        RecordDates.day(text.getString());
      } else {
        RecordDates.instant(text.getString());
      }
    } catch (RecordDates.OutOfRange outOfRange) {
      refuse(path, outOfRange.getMessage());
    }
  }

  private void constant(JsonValue value, Class<?> type, String path) {
    List<String> names =
        Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
    if (!(value instanceof JsonString text) || !names.contains(text.getString())) {
      refuse(path, "Give one of " + String.join(", ", names) + ".");
    }
  }

  private static boolean decimal(JsonString text) {
    try {
      new BigDecimal(text.getString().strip());
      return true;
    } catch (NumberFormatException notANumber) {
      return false;
    }
  }

  private void expect(boolean fits, String path, String message) {
    if (!fits) {
      refuse(path, message);
    }
  }

  private void refuse(String path, String message) {
    errors.add(new Problem.FieldError(path, message));
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    return null;
  }

  private static Type element(Type collection) {
    return collection instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : null;
  }
}
