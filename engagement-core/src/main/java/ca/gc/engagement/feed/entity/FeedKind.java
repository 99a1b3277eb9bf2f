package ca.gc.engagement.feed.entity;

import ca.gc.engagement.agreement.entity.Agreement;
import ca.gc.engagement.audit.entity.RecordChange;
import ca.gc.engagement.carveout.entity.CarveOut;
import ca.gc.engagement.followup.entity.FollowUp;
import ca.gc.engagement.meeting.entity.Meeting;
import ca.gc.engagement.mission.entity.Mission;
import ca.gc.engagement.security.entity.Classified;
import ca.gc.engagement.stakeholder.entity.Stakeholder;
import ca.gc.engagement.statement.entity.Statement;
import ca.gc.engagement.trademeasure.entity.TradeMeasure;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of record the change feed follows, each named as API v1 names its collection. Sectors
 * are reference data, not records: they carry no classification and are not in the feed.
 */
public enum FeedKind {
  MISSIONS("missions", Mission.class),
  MEETINGS("meetings", Meeting.class),
  AGREEMENTS("agreements", Agreement.class),
  STAKEHOLDERS("stakeholders", Stakeholder.class),
  STATEMENTS("statements", Statement.class),
  TRADE_MEASURES("trade-measures", TradeMeasure.class),
  FOLLOW_UPS("follow-ups", FollowUp.class),
  CARVE_OUTS("carve-outs", CarveOut.class);

  private final String collection;
  private final String table;

  FeedKind(String collection, Class<? extends Classified> records) {
    this.collection = collection;
    this.table = RecordChange.tableOf(records);
  }

  /** The collection's name in API v1 ({@code trade-measures}). */
  public String collection() {
    return collection;
  }

  /** The table its records live in, as {@code record_change} names it. */
  public String table() {
    return table;
  }

  public static Optional<FeedKind> ofCollection(String collection) {
    return Arrays.stream(values()).filter(k -> k.collection.equals(collection)).findFirst();
  }

  public static Optional<FeedKind> ofTable(String table) {
    return Arrays.stream(values()).filter(k -> k.table.equals(table)).findFirst();
  }
}
