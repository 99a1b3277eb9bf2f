package ca.gc.engagement.api;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A {@code PUT} takes back what the record's {@code GET} gave: the fields the server keeps (its
 * {@code id}, {@code version} and {@code status}, and what it computes, such as a meeting's
 * carve-out flags) are not part of the request type, so the body reader sets them aside ({@link
 * BodyShape}) and they are judged here against the record as it stands, before anything is changed:
 * equal to the record's, they are ignored; different, they are a 400 naming each (a status moves
 * only through the record's lifecycle steps); a field the record does not have at all is a 400
 * naming it too. When the record's version is no longer the one {@code If-Match} names, nothing is
 * judged: the service answers 412, as for any stale change.
 */
public final class SentBackFields {

  private static final String ATTRIBUTE = SentBackFields.class.getName();

  private SentBackFields() {}

  /** The record as its caller read it: its version and its representation. */
  public record Shown(long version, Object representation) {}

  /** Keeps the fields a body's reader set aside, for this request. */
  static void keep(HttpServletRequest request, Map<String, JsonValue> fields) {
    request.setAttribute(ATTRIBUTE, Map.copyOf(fields));
  }

  /**
   * Judges the fields this request's body sent back, if it set any aside, against the record as
   * {@code current} shows it now; a 400 naming each that differs (or that the record lacks).
   *
   * @param version the version {@code If-Match} names
   */
  public static void judge(long version, Supplier<Shown> current) {
    Map<String, JsonValue> given = given();
    if (given.isEmpty()) {
      return;
    }
    Shown shown = current.get();
    if (shown.version() != version) {
      return; // stale: the change is refused with 412, whatever the body says
    }
    JsonObject record = json(shown.representation());
    List<Problem.FieldError> unknown = new ArrayList<>();
    List<Problem.FieldError> changed = new ArrayList<>();
    given.forEach(
        (name, value) -> {
          if (!record.containsKey(name)) {
            unknown.add(new Problem.FieldError(name, BodyShape.unknown(name, record.keySet())));
          } else if (!same(value, record.get(name))) {
            changed.add(new Problem.FieldError(name, readOnly(name, record.get(name))));
          }
        });
    if (!unknown.isEmpty()) {
      unknown.addAll(changed);
      throw new UnreadableBodyException(unknown);
    }
    if (!changed.isEmpty()) {
      throw new InvalidParametersException(changed);
    }
  }

  private static String readOnly(String name, JsonValue current) {
    return switch (name) {
      case "status" ->
          "The status is "
              + current
              + " and moves only through the record's lifecycle steps (such as POST"
              + " .../transitions), never by PUT: send it as read, or leave it out.";
      case "version" ->
          "The version is the record's, "
              + current
              + ", the one If-Match names: send it as read, or leave it out.";
      case "id" -> "The id is the record's own, " + current + ": send it as read, or leave it out.";
      default ->
          name
              + " is kept by the server, not changed by PUT: send it as the record shows it, or"
              + " leave it out.";
    };
  }

  /** Equal as JSON, numbers by value (2.50 is 2.5). */
  static boolean same(JsonValue a, JsonValue b) {
    if (a instanceof JsonNumber x && b instanceof JsonNumber y) {
      return x.bigDecimalValue().compareTo(y.bigDecimalValue()) == 0;
    }
    if (a instanceof JsonArray x && b instanceof JsonArray y) {
      if (x.size() != y.size()) {
        return false;
      }
      for (int i = 0; i < x.size(); i++) {
        if (!same(x.get(i), y.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof JsonObject x && b instanceof JsonObject y) {
      if (!x.keySet().equals(y.keySet())) {
        return false;
      }
      return x.keySet().stream().allMatch(key -> same(x.get(key), y.get(key)));
    }
    return a.equals(b);
  }

  private static JsonObject json(Object representation) {
    try (var reader =
        Json.createReader(new StringReader(ApiJsonb.shared().toJson(representation)))) {
      return reader.readObject();
    }
  }

  /** The fields this request's body set aside; none outside a request. */
  @SuppressWarnings("unchecked")
  private static Map<String, JsonValue> given() {
    try {
      HttpServletRequest request = CDI.current().select(HttpServletRequest.class).get();
      return request.getAttribute(ATTRIBUTE) instanceof Map<?, ?> fields
          ? (Map<String, JsonValue>) fields
          : Map.of();
    } catch (IllegalStateException | jakarta.enterprise.context.ContextNotActiveException none) {
      return Map.of();
    }
  }
}
