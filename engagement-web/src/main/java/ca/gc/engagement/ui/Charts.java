package ca.gc.engagement.ui;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;

/**
 * The Chart.js configurations that PrimeFaces' {@code p:chart} draws (PrimeFaces 15 has no chart
 * model classes: it takes Chart.js's own JSON, and serves Chart.js from the WAR). Built with
 * JSON-P, so a label with a quote or a bracket cannot break the script. A chart is never the only
 * way to read its figures: every page that draws one shows them in a table too.
 */
public final class Charts {

  /** Dark enough against white for WCAG's 3:1 for graphics, and told apart by their legend. */
  private static final List<String> COLOURS = List.of("#26374a", "#a33e00", "#1a6b2f");

  private Charts() {}

  /** One series of figures, named as its legend reads. */
  public record Series(String label, List<? extends Number> values) {}

  /** Bars side by side, one colour a series, over the labels (months, statuses, ...). */
  public static String bars(List<String> labels, List<Series> series, String valueAxis) {
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (int i = 0; i < series.size(); i++) {
      String colour = COLOURS.get(i % COLOURS.size());
      datasets.add(
          dataset(series.get(i)).add("backgroundColor", colour).add("borderColor", colour));
    }
    return config("bar", labels, datasets, valueAxis, true);
  }

  /**
   * A rate that holds from each day given until the next: a stepped line, a point at each change.
   */
  public static String steps(List<String> days, Series rate, String valueAxis) {
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(
                dataset(rate)
                    .add("stepped", "before")
                    .add("borderColor", COLOURS.get(0))
                    .add("backgroundColor", COLOURS.get(0))
                    .add("pointRadius", 4)
                    .add("fill", false));
    return config("line", days, datasets, valueAxis, false);
  }

  private static JsonObjectBuilder dataset(Series series) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    for (Number value : series.values()) {
      if (value == null) {
        data.addNull();
      } else if (value instanceof BigDecimal decimal) {
        data.add(decimal);
      } else {
        data.add(value.longValue());
      }
    }
    return Json.createObjectBuilder().add("label", series.label()).add("data", data);
  }

  private static String config(
      String type,
      List<String> labels,
      JsonArrayBuilder datasets,
      String valueAxis,
      boolean wholeNumbers) {
    JsonObjectBuilder ticks = Json.createObjectBuilder();
    if (wholeNumbers) {
      ticks.add("precision", 0);
    }
    JsonObjectBuilder y =
        Json.createObjectBuilder()
            .add("beginAtZero", true)
            .add("ticks", ticks)
            .add("title", Json.createObjectBuilder().add("display", true).add("text", valueAxis));
    return Json.createObjectBuilder()
        .add("type", type)
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", Json.createArrayBuilder(labels))
                .add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("scales", Json.createObjectBuilder().add("y", y)))
        .build()
        .toString();
  }
}
