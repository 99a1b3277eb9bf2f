package ca.gc.engagement.bench.ceiling;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The data's ceiling: the meeting list's page as the API answers it (the page of meetings a
 * Protected A reader may see, newest first, the total, each meeting's participants and topics),
 * over plain JDBC on the application's own datasource, the JSON written by hand. What the API costs
 * above this is the application's own cost.
 */
@Path("jdbc/meetings")
public class JdbcMeetingList {

  private static final String PAGE =
      "select id, version, classification, mission_id, title, kind, starts_at, ends_at, time_zone,"
          + " location, country, status from meeting where classification <= ?"
          + " order by starts_at desc, id desc offset ? rows fetch next ? rows only";
  private static final String TOTAL = "select count(*) from meeting where classification <= ?";

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public String page(@QueryParam("page") int page, @QueryParam("clearance") Integer clearance)
      throws SQLException, NamingException {
    int level = clearance == null ? 1 : clearance;
    int size = 20;
    DataSource ds = (DataSource) new InitialContext().lookup("java:jboss/datasources/EngagementDS");
    StringBuilder json = new StringBuilder(8192).append("{\"items\":[");
    try (Connection c = ds.getConnection()) {
      List<Long> ids = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(PAGE)) {
        ps.setInt(1, level);
        ps.setInt(2, page * size);
        ps.setInt(3, size);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            if (!ids.isEmpty()) {
              json.append(',');
            }
            ids.add(rs.getLong(1));
            json.append("{\"id\":").append(rs.getLong(1));
            json.append(",\"version\":").append(rs.getLong(2));
            json.append(",\"classification\":").append(rs.getInt(3));
            json.append(",\"missionId\":").append(rs.getObject(4));
            text(json, "title", rs.getString(5));
            text(json, "kind", rs.getString(6));
            text(json, "startsAt", rs.getString(7));
            text(json, "endsAt", rs.getString(8));
            text(json, "timeZone", rs.getString(9));
            text(json, "location", rs.getString(10));
            text(json, "country", rs.getString(11));
            text(json, "status", rs.getString(12));
            json.append('}');
          }
        }
      }
      json.append(']');
      if (!ids.isEmpty()) {
        String in = String.join(",", ids.stream().map(String::valueOf).toList());
        children(
            c,
            "select meeting_id, stakeholder_id from meeting_participant where meeting_id in ("
                + in
                + ")",
            json,
            "participants");
        children(
            c,
            "select meeting_id, sector_code from meeting_topic where meeting_id in (" + in + ")",
            json,
            "topics");
      }
      try (PreparedStatement ps = c.prepareStatement(TOTAL)) {
        ps.setInt(1, level);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          json.append(",\"page\":").append(page).append(",\"size\":").append(size);
          json.append(",\"total\":").append(rs.getLong(1)).append('}');
        }
      }
    }
    return json.toString();
  }

  /**
   * Reads a page's collection in one statement; its rows only count, as the API's would be mapped.
   */
  private static void children(Connection c, String sql, StringBuilder json, String name)
      throws SQLException {
    int rows = 0;
    try (PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        rs.getLong(1);
        rs.getString(2);
        rows++;
      }
    }
    json.append(",\"").append(name).append("\":").append(rows);
  }

  private static void text(StringBuilder json, String name, String value) {
    json.append(",\"").append(name).append("\":");
    if (value == null) {
      json.append("null");
    } else {
      json.append('"').append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    }
  }
}
