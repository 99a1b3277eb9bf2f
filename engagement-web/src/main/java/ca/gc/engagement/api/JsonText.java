package ca.gc.engagement.api;

import ca.gc.engagement.records.entity.HostileText;
import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.OptionalInt;

/**
 * A request body checked before JSON-B binds it, so that what no record may hold is refused with
 * the field named instead of being stored: bytes that are not UTF-8 (RFC 8259), nesting deeper than
 * any request of the API, and in any name or text the control characters that no form can type and
 * that hide or reorder text (NUL and the other C0 controls but tab and line breaks, DEL, the C1
 * controls, the bidirectional overrides and isolates, lone surrogates, noncharacters: the core's
 * {@link HostileText}, which the services' drafts check too, so the pages refuse the same). Checked
 * here as well so that a body is refused before JSON-B binds it, with every field named, names of
 * fields included. Why these: docs/decisions/0021-hostile-input-refused-when-the-body-is-read.md.
 */
final class JsonText {

  /** Deeper than any request of the API (a trade measure's is 3) by a wide margin. */
  static final int MAX_DEPTH = 32;

  private JsonText() {}

  /** The body as text, if it is JSON of UTF-8 text nested no deeper than {@link #MAX_DEPTH}. */
  static String checked(byte[] body) {
    String text = utf8(body);
    List<Problem.FieldError> refused = screen(text);
    if (!refused.isEmpty()) {
      throw new InvalidParametersException(refused);
    }
    return text;
  }

  private static String utf8(byte[] body) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      throw new UnreadableBodyException("The body is not UTF-8 text; send JSON in UTF-8.", notUtf8);
    }
  }

  /** One entry per name or text holding a refused character, each named by its path. */
  private static List<Problem.FieldError> screen(String text) {
    List<Problem.FieldError> refused = new ArrayList<>();
    Deque<Position> path = new ArrayDeque<>();
    try (JsonParser parser = Json.createParser(new StringReader(text))) {
      while (parser.hasNext()) {
        JsonParser.Event event = parser.next();
        switch (event) {
          case START_OBJECT, START_ARRAY -> {
            if (path.size() >= MAX_DEPTH) {
              throw new UnreadableBodyException(
                  "The body is nested deeper than "
                      + MAX_DEPTH
                      + " levels; no request of this API is.");
            }
            path.push(new Position(event == JsonParser.Event.START_ARRAY));
          }
          case END_OBJECT, END_ARRAY -> {
            path.pop();
            advance(path);
          }
          case KEY_NAME -> {
            path.peek().key = parser.getString();
            refuse(parser.getString(), path, refused);
          }
          case VALUE_STRING -> {
            refuse(parser.getString(), path, refused);
            advance(path);
          }
          default -> advance(path);
        }
      }
    } catch (JsonParsingException malformed) {
      throw new UnreadableBodyException(
          "The body is not well-formed JSON (line "
              + malformed.getLocation().getLineNumber()
              + ", column "
              + malformed.getLocation().getColumnNumber()
              + ").",
          malformed);
    }
    return refused;
  }

  private static void refuse(String value, Deque<Position> path, List<Problem.FieldError> refused) {
    OptionalInt refusedCharacter = HostileText.firstRefused(value);
    if (refusedCharacter.isPresent()) {
      refused.add(
          new Problem.FieldError(
              field(path),
              "Remove the character "
                  + HostileText.name(refusedCharacter.getAsInt())
                  + " (a control character or one that hides or reorders text); text may hold"
                  + " letters, signs, tabs and line breaks."));
    }
  }

  private static void advance(Deque<Position> path) {
    if (!path.isEmpty() && path.peek().array) {
      path.peek().index++;
    }
  }

  /** The field as the API names it: {@code participants[0].name}; the body itself is "body". */
  private static String field(Deque<Position> path) {
    StringBuilder field = new StringBuilder();
    var outermostFirst = path.descendingIterator();
    while (outermostFirst.hasNext()) {
      Position position = outermostFirst.next();
      if (position.array) {
        field.append('[').append(position.index).append(']');
      } else if (position.key != null) {
        field.append(field.length() == 0 ? "" : ".").append(position.key);
      }
    }
    return field.length() == 0 ? "body" : field.toString();
  }

  /** Where the parser is inside one object (its current key) or array (its current index). */
  private static final class Position {
    final boolean array;
    String key;
    int index;

    Position(boolean array) {
      this.array = array;
    }
  }
}
