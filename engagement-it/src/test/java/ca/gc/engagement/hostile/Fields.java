package ca.gc.engagement.hostile;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JSON body's fields by dotted path ({@code participants.0.side}): read, replaced, removed, and
 * listed down to the texts, numbers, lists and objects the corpus varies.
 */
final class Fields {

  private Fields() {}

  static JsonValue get(JsonValue root, String path) {
    JsonValue value = root;
    for (String step : path.split("\\.")) {
      value =
          value instanceof JsonArray list
              ? list.get(Integer.parseInt(step))
              : value.asJsonObject().get(step);
    }
    return value;
  }

  static JsonValue set(JsonValue root, String path, JsonValue value) {
    return changed(root, path.split("\\."), 0, value);
  }

  static JsonValue remove(JsonValue root, String path) {
    return changed(root, path.split("\\."), 0, null);
  }

  /** Every field worth varying: each value, and inside lists and objects their first entry's. */
  static Map<String, JsonValue> leaves(JsonObject body) {
    Map<String, JsonValue> leaves = new LinkedHashMap<>();
    body.forEach((name, value) -> collect(name, value, leaves));
    return leaves;
  }

  private static void collect(String path, JsonValue value, Map<String, JsonValue> leaves) {
    leaves.put(path, value);
    if (value instanceof JsonObject object) {
      object.forEach((name, inner) -> collect(path + "." + name, inner, leaves));
    } else if (value instanceof JsonArray list && !list.isEmpty()) {
      collect(path + ".0", list.get(0), leaves);
    }
  }

  private static JsonValue changed(JsonValue at, String[] path, int i, JsonValue value) {
    String step = path[i];
    boolean last = i == path.length - 1;
    if (at instanceof JsonArray list) {
      var copy = Json.createArrayBuilder(list);
      int index = Integer.parseInt(step);
      if (last && value == null) {
        copy.remove(index);
      } else {
        copy.set(index, last ? value : changed(list.get(index), path, i + 1, value));
      }
      return copy.build();
    }
    JsonObject object = at.asJsonObject();
    var copy = Json.createObjectBuilder(object);
    if (last && value == null) {
      copy.remove(step);
    } else {
      copy.add(step, last ? value : changed(object.get(step), path, i + 1, value));
    }
    return copy.build();
  }
}
