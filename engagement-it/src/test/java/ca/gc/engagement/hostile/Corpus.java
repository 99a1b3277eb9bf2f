package ca.gc.engagement.hostile;

import ca.gc.engagement.hostile.BadRequest.IfMatch;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The corpus of bad requests: the cases written in {@code hostile/corpus.json}, and those derived
 * from each operation's accepted body by the shape of its fields, and those every body, address and
 * If-Match gets. Nothing here knows a resource by name; the data does.
 */
final class Corpus {

  static final int MIB = 1024 * 1024;

  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*Z");
  private static final Set<Integer> BAD_REQUEST = Set.of(400);
  private static final Set<Integer> ANY = Set.of();

  /** One operation as the data describes it. */
  record Operation(
      String key,
      String target,
      JsonObject seed,
      JsonObject body,
      List<String> required,
      List<String> enums,
      JsonArray cases) {}

  private final Map<String, Operation> operations = new LinkedHashMap<>();

  private Corpus(JsonObject data) {
    data.getJsonObject("operations")
        .forEach(
            (key, value) -> {
              JsonObject op = value.asJsonObject();
              operations.put(
                  key,
                  new Operation(
                      key,
                      op.getString("target", null),
                      op.containsKey("seed") ? op.getJsonObject("seed") : null,
                      op.containsKey("body") ? op.getJsonObject("body") : null,
                      strings(op.getJsonArray("required")),
                      strings(op.getJsonArray("enums")),
                      op.containsKey("cases")
                          ? op.getJsonArray("cases")
                          : JsonValue.EMPTY_JSON_ARRAY));
            });
  }

  static Corpus read() {
    try (InputStream in = Corpus.class.getResourceAsStream("/hostile/corpus.json");
        var reader = Json.createReader(in)) {
      return new Corpus(reader.readObject());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Map<String, Operation> operations() {
    return operations;
  }

  /**
   * Every bad request for the operation; {@code ifMatch}: whether it takes If-Match; {@code
   * target}: what the body's placeholders stand for ("{code}": the target's key, "{target.name}":
   * its field).
   */
  List<BadRequest> badRequests(Operation op, boolean ifMatch, Map<String, String> target) {
    List<BadRequest> all = new ArrayList<>();
    JsonObject body = op.body() == null ? null : substituted(op.body(), target);
    if (op.target() != null) {
      addresses(op, body, all);
    }
    if (ifMatch) {
      preconditions(op, body, all);
    }
    if (body != null) {
      written(op, body, all, target);
      shaped(op, body, all);
      bodies(op, body, all);
    }
    return all;
  }

  // ---- what the data says -------------------------------------------------------------------

  private void written(
      Operation op, JsonObject body, List<BadRequest> all, Map<String, String> target) {
    for (JsonValue value : op.cases()) {
      JsonObject c = value.asJsonObject();
      JsonValue mutated = body;
      if (c.containsKey("raw")) {
        all.add(json(op, c.getString("name"), c.getString("raw"), expected(c)));
        continue;
      }
      if (c.containsKey("set")) {
        for (var set : c.getJsonObject("set").entrySet()) {
          mutated = Fields.set(mutated, set.getKey(), substituted(expand(set.getValue()), target));
        }
      }
      if (c.containsKey("remove")) {
        for (String path : strings(c.getJsonArray("remove"))) {
          mutated = Fields.remove(mutated, path);
        }
      }
      all.add(json(op, c.getString("name"), mutated.toString(), expected(c)));
    }
  }

  private static Set<Integer> expected(JsonObject c) {
    return c.containsKey("status") ? Set.of(c.getInt("status")) : ANY;
  }

  /** "@N": a text of N letters. */
  private static JsonValue expand(JsonValue value) {
    if (value instanceof JsonString s && s.getString().matches("@\\d+")) {
      return Json.createValue("x".repeat(Integer.parseInt(s.getString().substring(1))));
    }
    return value;
  }

  // ---- what each field's shape calls for -----------------------------------------------------

  private void shaped(Operation op, JsonObject body, List<BadRequest> all) {
    for (String field : op.required()) {
      add(all, op, body, "missing " + field, Fields.remove(body, field), ANY);
      add(all, op, body, field + " null", Fields.set(body, field, JsonValue.NULL), ANY);
    }
    boolean bigTextSent = false;
    for (var leaf : Fields.leaves(body).entrySet()) {
      String path = leaf.getKey();
      JsonValue value = leaf.getValue();
      if (op.enums().contains(path)) {
        enumCases(op, body, path, all);
      } else if (value instanceof JsonString text) {
        bigTextSent |= textCases(op, body, path, text.getString(), !bigTextSent, all);
      } else if (value instanceof JsonNumber) {
        set(all, op, body, path, "number as text", Json.createValue("twelve"), BAD_REQUEST);
        set(all, op, body, path, "number as true", JsonValue.TRUE, BAD_REQUEST);
        set(all, op, body, path, "number as an object", JsonValue.EMPTY_JSON_OBJECT, BAD_REQUEST);
        if (path.endsWith("Id")) {
          set(all, op, body, path, "unknown id", Json.createValue(987654321L), ANY);
          set(all, op, body, path, "negative id", Json.createValue(-1L), ANY);
          set(all, op, body, path, "fractional id", Json.createValue(1.5), ANY);
        }
      } else if (value.getValueType() == JsonValue.ValueType.ARRAY) {
        set(all, op, body, path, "list as text", Json.createValue("CANOLA"), BAD_REQUEST);
        set(all, op, body, path, "list as an object", JsonValue.EMPTY_JSON_OBJECT, BAD_REQUEST);
        set(
            all,
            op,
            body,
            path,
            "list of lists",
            Json.createArrayBuilder().add(JsonValue.EMPTY_JSON_ARRAY).build(),
            BAD_REQUEST);
      } else if (value.getValueType() == JsonValue.ValueType.OBJECT) {
        set(all, op, body, path, "object as text", Json.createValue("x"), BAD_REQUEST);
        set(all, op, body, path, "object as a list", JsonValue.EMPTY_JSON_ARRAY, BAD_REQUEST);
      }
    }
  }

  private void enumCases(Operation op, JsonObject body, String path, List<BadRequest> all) {
    String valid = ((JsonString) Fields.get(body, path)).getString();
    set(all, op, body, path, "unknown value", Json.createValue("NOT_A_VALUE"), BAD_REQUEST);
    set(all, op, body, path, "lower case", Json.createValue(valid.toLowerCase()), BAD_REQUEST);
    set(all, op, body, path, "blank", Json.createValue(""), BAD_REQUEST);
    set(all, op, body, path, "ordinal", Json.createValue(0), BAD_REQUEST);
    set(all, op, body, path, "with a NUL", Json.createValue(valid + "\u0000"), BAD_REQUEST);
  }

  /** The cases of a text field; the 1 MB text only once per body. Whether it was sent. */
  private boolean textCases(
      Operation op, JsonObject body, String path, String valid, boolean big, List<BadRequest> all) {
    set(all, op, body, path, "text as a number", Json.createValue(42), BAD_REQUEST);
    set(all, op, body, path, "text as an object", JsonValue.EMPTY_JSON_OBJECT, BAD_REQUEST);
    set(
        all,
        op,
        body,
        path,
        "text as a list",
        Json.createArrayBuilder().add(valid).build(),
        BAD_REQUEST);
    set(all, op, body, path, "NUL", Json.createValue(valid + "\u0000"), BAD_REQUEST);
    set(all, op, body, path, "BEL", Json.createValue("\u0007" + valid), BAD_REQUEST);
    set(
        all,
        op,
        body,
        path,
        "right-to-left override",
        Json.createValue("\u202E" + valid),
        BAD_REQUEST);
    set(
        all,
        op,
        body,
        path,
        "escape sequence",
        Json.createValue("\u001B[31m" + valid),
        BAD_REQUEST);
    set(all, op, body, path, "lone surrogate", Json.createValue(valid + "\uD800"), BAD_REQUEST);
    if (INSTANT.matcher(valid).matches()) {
      for (String instant :
          List.of(
              "0000-01-01T00:00:00Z",
              "+99999-01-01T00:00:00Z",
              "2026-02-30T01:00:00Z",
              "2026-05-04 01:00",
              "1767225600")) {
        set(all, op, body, path, "instant " + instant, Json.createValue(instant), BAD_REQUEST);
      }
      return false;
    }
    if (DAY.matcher(valid).matches()) {
      for (String day :
          List.of(
              "0000-01-01",
              "+99999-01-01",
              "2026-02-30",
              "2026-13-01",
              "13/01/2026",
              "yesterday",
              "")) {
        set(all, op, body, path, "date " + day, Json.createValue(day), BAD_REQUEST);
      }
      set(all, op, body, path, "date as a number", Json.createValue(20260113), BAD_REQUEST);
      return false;
    }
    if (big) {
      // A body just under the limit, its size all in one field: the field is refused, not the body.
      set(
          all,
          op,
          body,
          path,
          "1 MB text",
          Json.createValue("x".repeat(1_000_000)),
          Set.of(400, 422));
      return true;
    }
    return false;
  }

  // ---- what every body gets ------------------------------------------------------------------

  private void bodies(Operation op, JsonObject body, List<BadRequest> all) {
    String valid = body.toString();
    all.add(json(op, "cut off", valid.substring(0, valid.length() / 2), BAD_REQUEST));
    all.add(json(op, "two bodies", valid + valid, BAD_REQUEST));
    all.add(json(op, "single quotes", valid.replace('"', '\''), BAD_REQUEST));
    all.add(json(op, "trailing comma", valid.substring(0, valid.length() - 1) + ",}", BAD_REQUEST));
    all.add(json(op, "comment", "/* hostile */" + valid, BAD_REQUEST));
    for (String notAnObject : List.of("[]", "\"text\"", "42", "true", "null", "{}", " ")) {
      if (notAnObject.equals("{}") && op.required().isEmpty()) {
        continue; // nothing required (a readout): an empty object is a request like any other
      }
      all.add(json(op, "body " + notAnObject, notAnObject, ANY));
    }
    all.add(
        json(
            op,
            "extra field",
            Fields.set(body, "unexpected", Json.createValue(1)).toString(),
            BAD_REQUEST));
    all.add(
        json(
            op,
            "extra nested object",
            Fields.set(body, "extra", Json.createObjectBuilder().add("a", 1).build()).toString(),
            BAD_REQUEST));
    all.add(json(op, "10 000 nested lists", "[".repeat(10_000) + "]".repeat(10_000), BAD_REQUEST));
    all.add(
        json(
            op,
            "10 000 nested objects",
            "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000),
            BAD_REQUEST));
    all.add(
        json(
            op,
            "10 000 nested in a field",
            Fields.set(body, Fields.leaves(body).keySet().iterator().next(), JsonValue.NULL)
                .toString()
                .replace("null", "[".repeat(10_000) + "]".repeat(10_000)),
            BAD_REQUEST));
    all.add(
        bytes(
            op,
            "invalid UTF-8",
            withBytes(valid, new byte[] {(byte) 0xFF, (byte) 0xFE}),
            BAD_REQUEST));
    all.add(
        bytes(
            op,
            "overlong UTF-8",
            withBytes(valid, new byte[] {(byte) 0xC0, (byte) 0xAF}),
            BAD_REQUEST));
    all.add(bytes(op, "UTF-16", valid.getBytes(StandardCharsets.UTF_16), BAD_REQUEST));
    all.add(bytes(op, "over the limit", padded(valid, MIB + 1024), Set.of(413)));
    all.add(
        new BadRequest(
            op.key(),
            "over the limit in chunks",
            null,
            IfMatch.CURRENT,
            "application/json; chunked",
            padded(valid, 2 * MIB),
            Set.of(413)));
    for (String type :
        List.of(
            "text/plain",
            "application/xml",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x")) {
      all.add(
          new BadRequest(
              op.key(),
              "as " + type,
              null,
              IfMatch.CURRENT,
              type,
              valid.getBytes(StandardCharsets.UTF_8),
              Set.of(415)));
    }
    all.add(
        new BadRequest(
            op.key(),
            "no media type",
            null,
            IfMatch.CURRENT,
            null,
            valid.getBytes(StandardCharsets.UTF_8),
            Set.of(400, 415)));
  }

  // ---- what every address and If-Match gets --------------------------------------------------

  private void addresses(Operation op, JsonObject valid, List<BadRequest> all) {
    boolean code = op.key().contains("{code}");
    List<String> unknown =
        code
            ? List.of("NO_SUCH_SECTOR", "canola", "%00", "%E2%80%AE", "x".repeat(500))
            : List.of("987654321", "0", "-1", "abc", "99999999999999999999", "1.5", "%00");
    byte[] body = valid == null ? null : valid.toString().getBytes(StandardCharsets.UTF_8);
    for (String address : unknown) {
      all.add(
          new BadRequest(
              op.key(),
              "unknown address " + address,
              address,
              IfMatch.CURRENT,
              body == null ? null : "application/json",
              body,
              Set.of(404, 412)));
    }
  }

  private void preconditions(Operation op, JsonObject valid, List<BadRequest> all) {
    byte[] body = valid == null ? null : valid.toString().getBytes(StandardCharsets.UTF_8);
    String type = body == null ? null : "application/json";
    all.add(new BadRequest(op.key(), "no If-Match", null, IfMatch.NONE, type, body, Set.of(428)));
    all.add(
        new BadRequest(op.key(), "stale If-Match", null, IfMatch.STALE, type, body, Set.of(412)));
    all.add(
        new BadRequest(
            op.key(), "malformed If-Match", null, IfMatch.MALFORMED, type, body, Set.of(412)));
    all.add(new BadRequest(op.key(), "If-Match *", null, IfMatch.ANY, type, body, Set.of(412)));
    all.add(
        new BadRequest(
            op.key(),
            "another record's If-Match",
            null,
            IfMatch.OTHER_RECORD,
            type,
            body,
            Set.of(412)));
  }

  // ---- building ------------------------------------------------------------------------------

  private static void set(
      List<BadRequest> all,
      Operation op,
      JsonObject body,
      String path,
      String what,
      JsonValue value,
      Set<Integer> expected) {
    add(all, op, body, path + ": " + what, Fields.set(body, path, value), expected);
  }

  private static void add(
      List<BadRequest> all,
      Operation op,
      JsonObject body,
      String name,
      JsonValue mutated,
      Set<Integer> expected) {
    all.add(json(op, name, mutated.toString(), expected));
  }

  private static BadRequest json(Operation op, String name, String text, Set<Integer> expected) {
    return bytes(op, name, escapedSurrogates(text).getBytes(StandardCharsets.UTF_8), expected);
  }

  /** A surrogate without its pair cannot be UTF-8: it goes as the JSON escape a client can send. */
  private static String escapedSurrogates(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (c >= 0xD800 && c <= 0xDFFF) {
                escaped.append(String.format("\\u%04X", c));
              } else {
                escaped.appendCodePoint(c);
              }
            });
    return escaped.toString();
  }

  private static BadRequest bytes(Operation op, String name, byte[] body, Set<Integer> expected) {
    return new BadRequest(
        op.key(), name, null, IfMatch.CURRENT, "application/json", body, expected);
  }

  /** The body with its first text's first character replaced by {@code bytes}. */
  private static byte[] withBytes(String valid, byte[] bytes) {
    byte[] utf8 = valid.getBytes(StandardCharsets.UTF_8);
    int at = valid.indexOf(":\"") + 2;
    byte[] result = new byte[utf8.length + bytes.length - 1];
    System.arraycopy(utf8, 0, result, 0, at);
    System.arraycopy(bytes, 0, result, at, bytes.length);
    System.arraycopy(utf8, at + 1, result, at + bytes.length, utf8.length - at - 1);
    return result;
  }

  /** The valid body padded with whitespace to {@code size} bytes, so only its size is wrong. */
  private static byte[] padded(String valid, int size) {
    String open = valid.substring(0, valid.length() - 1);
    return (open + " ".repeat(Math.max(0, size - valid.length())) + "}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static JsonObject substituted(JsonObject body, Map<String, String> target) {
    return (JsonObject) substituted((JsonValue) body, target);
  }

  private static JsonValue substituted(JsonValue value, Map<String, String> target) {
    String text = value.toString();
    for (var placeholder : target.entrySet()) {
      text = text.replace(placeholder.getKey(), placeholder.getValue());
    }
    try (var reader = Json.createReader(new java.io.StringReader(text))) {
      return reader.readValue();
    }
  }

  private static List<String> strings(JsonArray array) {
    return array == null
        ? List.of()
        : array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }
}
