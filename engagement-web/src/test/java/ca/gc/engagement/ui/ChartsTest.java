package ca.gc.engagement.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Chart.js configurations p:chart takes: valid JSON, whatever the labels say. */
class ChartsTest {

  private static JsonObject parse(String config) {
    return Json.createReader(new StringReader(config)).readObject();
  }

  @Test
  void barsCarryEachSeriesWithItsLabelAndFigures() {
    JsonObject config =
        parse(
            Charts.bars(
                List.of("Jan 2026", "Feb 2026"),
                List.of(
                    new Charts.Series("Missions", List.of(2L, 0L)),
                    new Charts.Series("Meetings \"held\" </script>", List.of(4L, 1L))),
                "Engagements"));

    assertEquals("bar", config.getString("type"));
    var data = config.getJsonObject("data");
    assertEquals(
        List.of("Jan 2026", "Feb 2026"),
        data.getJsonArray("labels").getValuesAs((jakarta.json.JsonString s) -> s.getString()));
    var meetings = data.getJsonArray("datasets").getJsonObject(1);
    assertEquals("Meetings \"held\" </script>", meetings.getString("label"));
    assertEquals("[4,1]", meetings.getJsonArray("data").toString());
  }

  @Test
  void aRateHoldsUntilTheNextChange() {
    JsonObject config =
        parse(
            Charts.steps(
                List.of("Aug 14, 2025", "Mar 1, 2026"),
                new Charts.Series(
                    "Rate (%)", List.of(new BigDecimal("75.8"), new BigDecimal("15"))),
                "Rate (%)"));

    assertEquals("line", config.getString("type"));
    var rate = config.getJsonObject("data").getJsonArray("datasets").getJsonObject(0);
    assertEquals("before", rate.getString("stepped"));
    assertEquals("[75.8,15]", rate.getJsonArray("data").toString());
  }
}
