package ca.gc.engagement.api.export;

import jakarta.ws.rs.core.MediaType;

/** The export formats of API v1's lists, besides JSON. */
public final class Exports {

  public static final String TEXT_CSV = "text/csv";
  public static final String TEXT_CALENDAR = "text/calendar";
  public static final MediaType TEXT_CSV_TYPE = new MediaType("text", "csv");
  public static final MediaType TEXT_CALENDAR_TYPE = new MediaType("text", "calendar");

  private Exports() {}
}
