package ca.gc.engagement.records.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The characters no text may hold (decision 0021), and those that stay allowed. */
class HostileTextTest {

  @Test
  void controlCharactersButTabAndLineBreaksAreRefused() {
    for (int c = 0; c < 0x20; c++) {
      assertEquals(c != '\t' && c != '\n' && c != '\r', HostileText.refused(c), "U+" + c);
    }
    assertTrue(HostileText.refused(0x7F), "DEL");
    assertTrue(HostileText.refused(0x80), "C1");
    assertTrue(HostileText.refused(0x9F), "C1");
    assertFalse(HostileText.refused(0xA0), "no-break space");
  }

  @Test
  void bidirectionalOverridesAndIsolatesAreRefused() {
    for (int c = 0x202A; c <= 0x202E; c++) {
      assertTrue(HostileText.refused(c), HostileText.name(c));
    }
    for (int c = 0x2066; c <= 0x2069; c++) {
      assertTrue(HostileText.refused(c), HostileText.name(c));
    }
    assertFalse(HostileText.refused(0x2029), "paragraph separator");
    assertFalse(HostileText.refused(0x206A), "deprecated format character");
    assertFalse(HostileText.refused(0x200D), "zero-width joiner: scripts need it");
    assertFalse(HostileText.refused(0x200F), "right-to-left mark");
  }

  @Test
  void loneSurrogatesAndNoncharactersAreRefusedPairedSurrogatesAreNot() {
    assertEquals(OptionalInt.of(0xD800), HostileText.firstRefused("a\uD800b"));
    assertEquals(OptionalInt.of(0xDC00), HostileText.firstRefused("\uDC00"));
    assertEquals(OptionalInt.empty(), HostileText.firstRefused("\uD83C\uDF41 maple"));
    assertEquals(OptionalInt.of(0xFFFE), HostileText.firstRefused("\uFFFE"));
    assertEquals(OptionalInt.of(0xFFFF), HostileText.firstRefused("\uFFFF"));
    assertEquals(
        OptionalInt.of(0x1FFFF), HostileText.firstRefused(new String(Character.toChars(0x1FFFF))));
    assertEquals(
        OptionalInt.of(0x10FFFE),
        HostileText.firstRefused(new String(Character.toChars(0x10FFFE))));
  }

  @Test
  void theFirstRefusedCharacterIsNamed() {
    assertEquals(OptionalInt.empty(), HostileText.firstRefused("Canola\tand\r\npeas, 中国, Québec"));
    assertEquals(OptionalInt.empty(), HostileText.firstRefused(null));
    assertEquals(OptionalInt.of(0x202E), HostileText.firstRefused("txt.\u202Eexe\u0000"));
    assertEquals("U+202E", HostileText.name(0x202E));
    assertEquals("U+0000", HostileText.name(0));
  }
}
