package ca.gc.engagement.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.mission.api.MissionRequest;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the API's body reader refuses before anything reaches a service, and what it reads. */
class JsonBodyReaderTest {

  private static final String MISSION =
      """
      {"title": "%s", "counterpartCountry": "JP", "hostCity": "Tokyo",
       "startDate": "%s", "endDate": "2026-04-22", "lead": "Minister",
       "objectives": "Agri-food\\tmarket access\\nand more", "classification": "PROTECTED_A"%s}
      """;

  @Test
  void aWellFormedBodyIsReadWithItsTabsAndLineBreaks() throws IOException {
    MissionRequest read = read(mission("Trade mission", "2026-04-20", ""));

    assertEquals(LocalDate.of(2026, 4, 20), read.startDate());
    assertEquals("Agri-food\tmarket access\nand more", read.objectives());
  }

  @Test
  void noBodyReadsAsNone() throws IOException {
    assertNull(read(new byte[0]));
  }

  @Test
  void aNulInATextIsRefusedWithTheFieldNamed() {
    var refused =
        assertThrows(
            InvalidParametersException.class,
            () -> read(mission("Trade\\u0000mission", "2026-04-20", "")));

    assertEquals(List.of("title"), refused.errors().stream().map(e -> e.field()).toList());
    assertTrue(refused.getMessage().contains("U+0000"), refused.getMessage());
  }

  @Test
  void bidiOverridesAndBellAreRefusedToo() {
    for (String hidden : List.of("\\u202E", "\\u0007", "\\u2066", "\\u009B", "\\uFFFF")) {
      assertThrows(
          InvalidParametersException.class,
          () -> read(mission("Trade " + hidden + " mission", "2026-04-20", "")),
          hidden);
    }
  }

  @Test
  void theFieldOfANestedTextIsNamedWithItsPosition() {
    byte[] body =
        "{\"productLines\": [{\"hsCode\": \"1205\"}, {\"description\": \"x\\u0000\"}]}"
            .getBytes(StandardCharsets.UTF_8);

    var refused = assertThrows(InvalidParametersException.class, () -> read(body));

    assertEquals("productLines[1].description", refused.errors().get(0).field());
  }

  @Test
  void bytesThatAreNotUtf8AreUnreadable() {
    byte[] body = mission("Trade \uFFFD mission", "2026-04-20", "");
    byte[] invalid = new String(body, StandardCharsets.UTF_8).replace("\uFFFD", "@").getBytes();
    invalid[new String(invalid, StandardCharsets.UTF_8).indexOf('@')] = (byte) 0xFF;

    var refused = assertThrows(UnreadableBodyException.class, () -> read(invalid));

    assertTrue(refused.getMessage().contains("UTF-8"), refused.getMessage());
  }

  @Test
  void nestingBeyondAnyRequestIsUnreadableWithoutExhaustingTheStack() {
    byte[] deep = ("[".repeat(10_000) + "]".repeat(10_000)).getBytes(StandardCharsets.UTF_8);

    assertThrows(UnreadableBodyException.class, () -> read(deep));
  }

  @Test
  void aFieldTheRequestDoesNotHaveIsRefusedAndNamed() {
    var refused =
        assertThrows(
            UnreadableBodyException.class,
            () -> read(mission("Trade mission", "2026-04-20", ", \"colour\": \"red\"")));

    assertEquals(List.of("colour"), fields(refused));
    assertTrue(refused.errors().get(0).message().contains("title"), refused.getMessage());
  }

  @Test
  void everyFieldOfTheWrongTypeOrAnUnknownConstantIsNamed() {
    byte[] body =
        new String(mission("Trade mission", "2026-04-20", ""), StandardCharsets.UTF_8)
            .replace("\"2026-04-20\"", "5")
            .replace("\"PROTECTED_A\"", "\"TOP\"")
            .replace("\"Tokyo\"", "42")
            .getBytes(StandardCharsets.UTF_8);

    var refused = assertThrows(UnreadableBodyException.class, () -> read(body));

    assertEquals(List.of("hostCity", "startDate", "classification"), fields(refused));
    assertTrue(refused.errors().get(2).message().contains("PROTECTED_B"), refused.getMessage());
  }

  @Test
  void aNestedFieldIsNamedWithItsPosition() {
    var refused =
        assertThrows(
            UnreadableBodyException.class,
            () ->
                readAgreement(
                    "{\"title\": \"t\", \"parties\": [\"CA\", 7], \"missionId\": \"7\"}"));

    assertEquals(List.of("parties[1]", "missionId"), fields(refused));
  }

  @Test
  void aBodyThatIsNoObjectNamesNoField() {
    var refused =
        assertThrows(
            UnreadableBodyException.class, () -> read("[1, 2]".getBytes(StandardCharsets.UTF_8)));

    assertEquals(List.of(), refused.errors());
  }

  private static List<String> fields(UnreadableBodyException refused) {
    return refused.errors().stream().map(Problem.FieldError::field).toList();
  }

  @Test
  void datesOutsideTheRecordedYearsAreRefusedSayingWhy() {
    for (String date : List.of("0000-01-01", "+99999-01-01", "1899-12-31", "+10000-01-01")) {
      var refused =
          assertThrows(
              UnreadableBodyException.class, () -> read(mission("Trade mission", date, "")), date);
      assertTrue(refused.getMessage().contains("1900-01-01"), refused.getMessage());
    }
  }

  @Test
  void aDayThatDoesNotExistIsRefused() {
    assertThrows(
        UnreadableBodyException.class, () -> read(mission("Trade mission", "2026-02-30", "")));
  }

  @Test
  void aNumberWhereTextBelongsIsRefused() {
    byte[] body =
        new String(mission("Trade mission", "2026-04-20", ""), StandardCharsets.UTF_8)
            .replace("\"Tokyo\"", "42")
            .getBytes(StandardCharsets.UTF_8);

    assertThrows(UnreadableBodyException.class, () -> read(body));
  }

  @Test
  void aLoneSurrogateIsRefused() {
    assertThrows(
        InvalidParametersException.class,
        () -> read(mission("Trade mission \\uD800", "2026-04-20", "")));
  }

  @Test
  void anIdMustBeAWholeNumber() throws IOException {
    for (String id : List.of("1.5", "\"7\"", "99999999999999999999")) {
      assertThrows(
          UnreadableBodyException.class,
          () -> readAgreement("{\"title\": \"t\", \"missionId\": " + id + "}"),
          id);
    }
    assertEquals(
        7L, readAgreement("{\"title\": \"t\", \"missionId\": 7, \"meetingId\": null}").missionId());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static ca.gc.engagement.agreement.api.AgreementRequest readAgreement(String json)
      throws IOException {
    return (ca.gc.engagement.agreement.api.AgreementRequest)
        new JsonBodyReader()
            .readFrom(
                (Class) ca.gc.engagement.agreement.api.AgreementRequest.class,
                ca.gc.engagement.agreement.api.AgreementRequest.class,
                new Annotation[0],
                MediaType.APPLICATION_JSON_TYPE,
                null,
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  private static byte[] mission(String title, String start, String extra) {
    return MISSION.formatted(title, start, extra).getBytes(StandardCharsets.UTF_8);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static MissionRequest read(byte[] body) throws IOException {
    return (MissionRequest)
        new JsonBodyReader()
            .readFrom(
                (Class) MissionRequest.class,
                MissionRequest.class,
                new Annotation[0],
                MediaType.APPLICATION_JSON_TYPE,
                null,
                new ByteArrayInputStream(body));
  }
}
