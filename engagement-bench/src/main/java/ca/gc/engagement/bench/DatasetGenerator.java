package ca.gc.engagement.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fills the stopped server's H2 file with a dataset of a given number of meetings and, in
 * proportion, missions, stakeholders, statements, agreements, trade measures and follow-ups, by
 * batched JDBC inserts into the schema the shipped migrations made (the server ran them on its
 * first start). Every record is on the audit trail as created by one revision of the generator, as
 * the history pages and endpoints expect. Fixed seed: the same size gives the same dataset.
 */
final class DatasetGenerator {

  /** Above any id the demo dataset took, so generated rows never collide with it. */
  static final long FIRST_ID = 1_000_000;

  private static final String[] COUNTRIES = {
    "CN", "US", "MX", "JP", "KR", "IN", "GB", "FR", "DE", "BR"
  };
  private static final String[] SECTORS = {
    "CANOLA",
    "PORK",
    "PULSES",
    "SEAFOOD",
    "ELECTRIC_VEHICLES",
    "STEEL",
    "ALUMINIUM",
    "CRUDE_OIL",
    "LIQUEFIED_NATURAL_GAS",
    "CLEAN_ENERGY",
    "ENVIRONMENT",
    "EDUCATION",
    "FINANCIAL_SERVICES",
    "TOURISM"
  };
  private static final String[] WORDS = {
    "canola",
    "tariffs",
    "seafood",
    "clean energy",
    "students",
    "tourism",
    "steel",
    "pork",
    "pulses",
    "investment",
    "climate",
    "aviation",
    "insurance",
    "ports",
    "wheat",
    "forestry"
  };
  private static final String[] KINDS = {
    "BILATERAL", "MULTILATERAL", "BANQUET", "BRIEFING", "CALL"
  };
  private static final String[] ZONES = {
    "Asia/Shanghai", "America/Toronto", "Europe/Paris", "Asia/Tokyo"
  };

  private final Random random = new Random(20260113L);
  private final int meetings;

  DatasetGenerator(int meetings) {
    this.meetings = meetings;
  }

  /** What the load needs to know of the data it made. */
  /**
   * What the operations address: meetings a viewer sees, the demo mission, the feed's last
   * position.
   */
  record Dataset(List<Long> visibleMeetingIds, long scenarioMissionId, long lastFeedPosition) {}

  Dataset fill(String jdbcUrl) throws SQLException {
    int missions = Math.max(10, meetings / 8);
    int stakeholders = Math.max(50, meetings / 20);
    int statements = meetings / 2;
    int agreements = Math.max(5, meetings / 10);
    int measures = Math.max(5, meetings / 20);
    int followUps = meetings / 5;
    try (Connection c = DriverManager.getConnection(jdbcUrl, "sa", "sa")) {
      c.setAutoCommit(false);
      long rev = revision(c);
      missions(c, missions);
      stakeholders(c, stakeholders);
      List<Long> visible = meetings(c, missions, stakeholders);
      statements(c, statements, stakeholders, missions);
      agreements(c, agreements, missions);
      measures(c, measures);
      followUps(c, followUps, missions);
      audit(c, rev);
      long lastFeedPosition = feed(c, rev);
      sequences(c);
      c.commit();
      try (Statement s = c.createStatement()) {
        s.execute("analyze");
      }
      long scenario;
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("select min(id) from mission where id < " + FIRST_ID)) {
        rs.next();
        scenario = rs.getLong(1);
      }
      return new Dataset(visible, scenario, lastFeedPosition);
    }
  }

  private int classification() {
    int p = random.nextInt(100);
    return p < 47 ? 0 : p < 82 ? 1 : p < 97 ? 2 : 4;
  }

  private String words(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    return b.toString();
  }

  private static String pick(Random r, String[] values) {
    return values[r.nextInt(values.length)];
  }

  private long revision(Connection c) throws SQLException {
    long id;
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select nextval('revision_seq')")) {
      rs.next();
      id = rs.getLong(1);
    }
    try (PreparedStatement ps =
        c.prepareStatement("insert into revision (id, made_at, made_by) values (?, ?, ?)")) {
      ps.setLong(1, id);
      ps.setLong(2, System.currentTimeMillis());
      ps.setString(3, "benchmark generator");
      ps.executeUpdate();
    }
    return id;
  }

  private void missions(Connection c, int n) throws SQLException {
    String sql =
        "insert into mission (id, version, title, counterpart_country, host_city, start_date, end_date,"
            + " mission_lead, objectives, status, classification) values (?,0,?,?,?,?,?,?,?,?,?)";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < n; i++) {
        LocalDate start = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(365 * 27));
        ps.setLong(1, FIRST_ID + i);
        ps.setString(2, "Trade mission " + i + ": " + words(2));
        ps.setString(3, pick(random, COUNTRIES));
        ps.setString(4, "City " + random.nextInt(200));
        ps.setObject(5, start);
        ps.setObject(6, start.plusDays(1 + random.nextInt(6)));
        ps.setString(7, "Minister " + random.nextInt(40));
        ps.setString(8, "Advance " + words(4));
        ps.setString(9, start.getYear() < 2026 ? "COMPLETED" : "PLANNED");
        ps.setInt(10, classification());
        batch(c, ps, i);
      }
      ps.executeBatch();
    }
  }

  private void stakeholders(Connection c, int n) throws SQLException {
    String sql =
        "insert into stakeholder (id, version, classification, name, title, organisation, kind,"
            + " jurisdiction, status) values (?,0,?,?,?,?,?,?,'ACTIVE')";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < n; i++) {
        ps.setLong(1, FIRST_ID + i);
        ps.setInt(2, random.nextInt(10) == 0 ? 1 : 0);
        ps.setString(3, "Stakeholder " + i);
        ps.setString(4, "Minister of " + words(1));
        ps.setString(5, "Organisation " + random.nextInt(500));
        ps.setString(6, random.nextBoolean() ? "FOREIGN_GOVERNMENT" : "BUSINESS");
        ps.setString(7, pick(random, COUNTRIES));
        batch(c, ps, i);
      }
      ps.executeBatch();
    }
  }

  private List<Long> meetings(Connection c, int missions, int stakeholders) throws SQLException {
    String sql =
        "insert into meeting (id, version, classification, mission_id, title, kind, starts_at, ends_at,"
            + " time_zone, location, country, agenda, readout, status) values (?,0,?,?,?,?,?,?,?,?,?,?,?,?)";
    List<Long> visible = new ArrayList<>();
    Instant origin = Instant.parse("2000-01-01T00:00:00Z");
    try (PreparedStatement ps = c.prepareStatement(sql);
        PreparedStatement participant =
            c.prepareStatement(
                "insert into meeting_participant (meeting_id, position, stakeholder_id, side,"
                    + " meeting_role) values (?,?,?,?,?)");
        PreparedStatement topic =
            c.prepareStatement(
                "insert into meeting_topic (meeting_id, sector_code) values (?,?)")) {
      for (int i = 0; i < meetings; i++) {
        long id = FIRST_ID + i;
        int level = classification();
        Instant starts = origin.plusSeconds(60L * random.nextInt(60 * 24 * 365 * 27));
        boolean past = starts.isBefore(Instant.parse("2026-11-01T00:00:00Z"));
        ps.setLong(1, id);
        ps.setInt(2, level);
        ps.setLong(3, FIRST_ID + random.nextInt(missions));
        ps.setString(4, "Meeting " + i + " on " + words(2));
        ps.setString(5, pick(random, KINDS));
        ps.setTimestamp(6, Timestamp.from(starts));
        ps.setTimestamp(7, Timestamp.from(starts.plusSeconds(3600)));
        ps.setString(8, pick(random, ZONES));
        ps.setString(9, "Room " + random.nextInt(100));
        ps.setString(10, pick(random, COUNTRIES));
        ps.setString(11, "Discuss " + words(6));
        ps.setString(12, past ? "Agreed to follow up on " + words(3) : null);
        ps.setString(13, past ? "HELD" : "SCHEDULED");
        if (level <= 1 && visible.size() < 1000) {
          visible.add(id);
        }
        batch(c, ps, i);
        for (int p = 0; p < 3; p++) {
          participant.setLong(1, id);
          participant.setInt(2, p);
          participant.setLong(3, FIRST_ID + random.nextInt(stakeholders));
          participant.setString(4, p == 0 ? "OURS" : "COUNTERPART");
          participant.setString(5, p == 0 ? "Lead" : null);
          participant.addBatch();
        }
        String first = pick(random, SECTORS);
        String second = pick(random, SECTORS);
        topic.setLong(1, id);
        topic.setString(2, first);
        topic.addBatch();
        if (!second.equals(first)) {
          topic.setLong(1, id);
          topic.setString(2, second);
          topic.addBatch();
        }
        if (i % 1000 == 999) {
          participant.executeBatch();
          topic.executeBatch();
        }
      }
      ps.executeBatch();
      participant.executeBatch();
      topic.executeBatch();
    }
    return visible;
  }

  private void statements(Connection c, int n, int stakeholders, int missions) throws SQLException {
    String sql =
        "insert into statement (id, version, classification, stakeholder_id, made_on, stance, text,"
            + " source_publication, mission_id, status) values (?,0,?,?,?,?,?,?,?,'RECORDED')";
    String[] stances = {"SUPPORTS", "OPPOSES", "CONCERNED", "NEUTRAL"};
    try (PreparedStatement ps = c.prepareStatement(sql);
        PreparedStatement sector =
            c.prepareStatement(
                "insert into statement_sector (statement_id, sector_code) values (?,?)")) {
      for (int i = 0; i < n; i++) {
        ps.setLong(1, FIRST_ID + i);
        ps.setInt(2, classification());
        ps.setLong(3, FIRST_ID + random.nextInt(stakeholders));
        ps.setObject(4, LocalDate.of(2000, 1, 1).plusDays(random.nextInt(365 * 27)));
        ps.setString(5, pick(random, stances));
        ps.setString(6, "On " + words(5));
        ps.setString(7, "Press release " + random.nextInt(10_000));
        if (random.nextBoolean()) {
          ps.setLong(8, FIRST_ID + random.nextInt(missions));
        } else {
          ps.setNull(8, java.sql.Types.BIGINT);
        }
        sector.setLong(1, FIRST_ID + i);
        sector.setString(2, pick(random, SECTORS));
        sector.addBatch();
        batch(c, ps, i);
        if (i % 1000 == 999) {
          sector.executeBatch();
        }
      }
      ps.executeBatch();
      sector.executeBatch();
    }
  }

  private void agreements(Connection c, int n, int missions) throws SQLException {
    String sql =
        "insert into agreement (id, version, classification, title, mission_id, summary, proposed_on,"
            + " status) values (?,0,?,?,?,?,?,'PROPOSED')";
    try (PreparedStatement ps = c.prepareStatement(sql);
        PreparedStatement party =
            c.prepareStatement("insert into agreement_party (agreement_id, country) values (?,?)");
        PreparedStatement sector =
            c.prepareStatement(
                "insert into agreement_sector (agreement_id, sector_code) values (?,?)")) {
      for (int i = 0; i < n; i++) {
        ps.setLong(1, FIRST_ID + i);
        ps.setInt(2, classification());
        ps.setString(3, "Arrangement " + i + " on " + words(2));
        ps.setLong(4, FIRST_ID + random.nextInt(missions));
        ps.setString(5, "Co-operation on " + words(5));
        ps.setObject(6, LocalDate.of(2000, 1, 1).plusDays(random.nextInt(365 * 27)));
        party.setLong(1, FIRST_ID + i);
        party.setString(2, "CA");
        party.addBatch();
        party.setLong(1, FIRST_ID + i);
        party.setString(2, COUNTRIES[1 + random.nextInt(COUNTRIES.length - 1)]);
        party.addBatch();
        sector.setLong(1, FIRST_ID + i);
        sector.setString(2, pick(random, SECTORS));
        sector.addBatch();
        batch(c, ps, i);
        if (i % 1000 == 999) {
          party.executeBatch();
          sector.executeBatch();
        }
      }
      ps.executeBatch();
      party.executeBatch();
      sector.executeBatch();
    }
  }

  private void measures(Connection c, int n) throws SQLException {
    String sql =
        "insert into trade_measure (id, version, classification, title, imposing_country, target_country,"
            + " measure_type, source_publication, in_force_from, status, took_effect)"
            + " values (?,0,?,?,?,?,'TARIFF',?,?,'IN_FORCE',true)";
    try (PreparedStatement ps = c.prepareStatement(sql);
        PreparedStatement rate =
            c.prepareStatement(
                "insert into trade_measure_rate (trade_measure_id, effective_from, rate) values (?,?,?)");
        PreparedStatement sector =
            c.prepareStatement(
                "insert into trade_measure_sector (trade_measure_id, sector_code) values (?,?)");
        PreparedStatement line =
            c.prepareStatement(
                "insert into trade_measure_product_line (trade_measure_id, line_no, description,"
                    + " hs_code) values (?,0,?,?)")) {
      for (int i = 0; i < n; i++) {
        long id = FIRST_ID + i;
        LocalDate from = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(365 * 27));
        boolean ours = random.nextBoolean();
        String other = COUNTRIES[random.nextInt(COUNTRIES.length)];
        ps.setLong(1, id);
        ps.setInt(2, random.nextInt(10) == 0 ? 1 : 0);
        ps.setString(3, "Tariff " + i + " on " + words(1));
        ps.setString(4, ours ? "CA" : other);
        ps.setString(5, ours ? other : "CA");
        ps.setString(6, "Gazette " + random.nextInt(10_000));
        ps.setObject(7, from);
        rate.setLong(1, id);
        rate.setObject(2, from);
        rate.setBigDecimal(3, java.math.BigDecimal.valueOf(5 + random.nextInt(100)));
        rate.addBatch();
        sector.setLong(1, id);
        sector.setString(2, pick(random, SECTORS));
        sector.addBatch();
        line.setLong(1, id);
        line.setString(2, "Goods " + words(1));
        line.setString(3, "1205." + (10 + random.nextInt(80)));
        line.addBatch();
        batch(c, ps, i);
        if (i % 1000 == 999) {
          rate.executeBatch();
          sector.executeBatch();
          line.executeBatch();
        }
      }
      ps.executeBatch();
      rate.executeBatch();
      sector.executeBatch();
      line.executeBatch();
    }
  }

  private void followUps(Connection c, int n, int missions) throws SQLException {
    String sql =
        "insert into follow_up (id, version, classification, description, origin_kind, origin_id,"
            + " owner_name, due_date, status) values (?,0,?,?,'MISSION',?,?,?,?)";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < n; i++) {
        ps.setLong(1, FIRST_ID + i);
        ps.setInt(2, classification());
        ps.setString(3, "Send a note on " + words(2));
        ps.setLong(4, FIRST_ID + random.nextInt(missions));
        ps.setString(5, "Officer " + random.nextInt(50));
        ps.setObject(6, LocalDate.of(2000, 1, 1).plusDays(random.nextInt(365 * 28)));
        ps.setString(7, random.nextInt(4) == 0 ? "OPEN" : "DONE");
        batch(c, ps, i);
      }
      ps.executeBatch();
    }
  }

  /** One creation entry per generated record, under the generator's revision. */
  private static void audit(Connection c, long rev) throws SQLException {
    String[][] tables = {
      {
        "mission",
        "classification, title, counterpart_country, host_city, start_date, end_date,"
            + " mission_lead, objectives, status"
      },
      {"stakeholder", "classification, name, title, organisation, kind, jurisdiction, status"},
      {
        "meeting",
        "classification, mission_id, title, kind, starts_at, ends_at, time_zone, location,"
            + " country, agenda, readout, status"
      },
      {
        "statement",
        "classification, stakeholder_id, made_on, stance, text, source_publication,"
            + " source_url, mission_id, status"
      },
      {"agreement", "classification, title, mission_id, meeting_id, summary, proposed_on, status"},
      {
        "trade_measure",
        "classification, title, imposing_country, target_country, measure_type,"
            + " source_publication, in_force_from, status, took_effect"
      },
      {
        "follow_up",
        "classification, description, origin_kind, origin_id, owner_name, due_date, status"
      }
    };
    try (Statement s = c.createStatement()) {
      for (String[] t : tables) {
        s.executeUpdate(
            "insert into "
                + t[0]
                + "_aud (id, rev, revtype, "
                + t[1]
                + ") select id, "
                + rev
                + ", 0, "
                + t[1]
                + " from "
                + t[0]
                + " where id >= "
                + FIRST_ID);
        c.commit();
      }
    }
  }

  /**
   * The change feed's entry of each generated record (CREATED, by the generator's revision),
   * numbered after what the demo dataset left, as the V16 backfill numbers the records on file;
   * returns the last position.
   */
  private static long feed(Connection c, long rev) throws SQLException {
    String[] tables = {
      "mission", "stakeholder", "meeting", "statement", "agreement", "trade_measure", "follow_up"
    };
    try (Statement s = c.createStatement()) {
      long last;
      try (ResultSet rs =
          s.executeQuery("select last_position from change_position where id = 1 for update")) {
        rs.next();
        last = rs.getLong(1);
      }
      for (String t : tables) {
        int added =
            s.executeUpdate(
                "insert into record_change (revision_id, record_table, record_id, change, position)"
                    + " select "
                    + rev
                    + ", '"
                    + t
                    + "', id, 'CREATED', "
                    + last
                    + " + row_number() over (order by id) from "
                    + t
                    + " where id >= "
                    + FIRST_ID);
        last += added;
      }
      s.executeUpdate("update change_position set last_position = " + last + " where id = 1");
      c.commit();
      return last;
    }
  }

  /** Hibernate's pooled sequences must hand out ids above the generated ones. */
  private static void sequences(Connection c) throws SQLException {
    String[] tables = {
      "mission", "stakeholder", "meeting", "statement", "agreement", "trade_measure", "follow_up"
    };
    try (Statement s = c.createStatement()) {
      for (String t : tables) {
        long max;
        try (ResultSet rs = s.executeQuery("select coalesce(max(id), 0) from " + t)) {
          rs.next();
          max = rs.getLong(1);
        }
        s.execute("alter sequence " + t + "_seq restart with " + (max + 1000));
      }
    }
  }

  private static void batch(Connection c, PreparedStatement ps, int i) throws SQLException {
    ps.addBatch();
    if (i % 1000 == 999) {
      ps.executeBatch();
      c.commit();
    }
  }
}
