package ca.gc.engagement.records.entity;

import java.util.OptionalInt;

/**
 * The characters no text of any record may hold, whichever client sent it (the API's body reader
 * and the pages alike): the control characters that no form can type and that hide or reorder text.
 * Refused: NUL and the other C0 controls except tab, line feed and carriage return; DEL and the C1
 * controls; the bidirectional overrides and isolates U+202A–U+202E and U+2066–U+2069 ("Trojan
 * Source": a title that reads other than it is stored); a surrogate without its pair; the
 * noncharacters U+xxFFFE and U+xxFFFF. Zero-width joiners and other format characters stay allowed:
 * scripts need them. Why these: docs/decisions/0021-hostile-input-refused-when-the-body-is-read.md.
 * The one place the rule is written.
 */
public final class HostileText {

  private HostileText() {}

  /** Whether a code point (a lone surrogate counts as one) is refused in any text. */
  public static boolean refused(int c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
        || (c >= 0xD800 && c <= 0xDFFF)
        || (c >= 0x7F && c <= 0x9F)
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069)
        || (c & 0xFFFE) == 0xFFFE;
  }

  /** The first refused code point of the text, if any (none in null). */
  public static OptionalInt firstRefused(CharSequence text) {
    return text == null
        ? OptionalInt.empty()
        : text.codePoints().filter(HostileText::refused).findFirst();
  }

  /** How a message names a code point: {@code U+202E}. */
  public static String name(int codePoint) {
    return "U+" + String.format("%04X", codePoint);
  }
}
