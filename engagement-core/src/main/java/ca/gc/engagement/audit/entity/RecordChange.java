package ca.gc.engagement.audit.entity;

import ca.gc.engagement.audit.entity.RevisionEntry.Change;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * One record a revision created or changed, named by its table and id: the row of {@code
 * record_change} that the change feed reads. Written with the revision, in the same transaction,
 * with no position: positions are numbered after commit (feed's ChangeSequencer), so that their
 * order is the order in which the changes became visible, which revision ids are not.
 */
@Embeddable
public class RecordChange {

  @Column(name = "record_table", length = 40, nullable = false)
  private String recordTable;

  @Column(name = "record_id", nullable = false)
  private long recordId;

  @Enumerated(EnumType.STRING)
  @Column(name = "change", length = 10, nullable = false)
  private Change change;

  protected RecordChange() {}

  RecordChange(String recordTable, long recordId, Change change) {
    this.recordTable = recordTable;
    this.recordId = recordId;
    this.change = change;
  }

  /**
   * The table an entity class is mapped to: how the feed names a kind of record in the database,
   * stable across renames of the class (a table is renamed only by a migration).
   */
  public static String tableOf(Class<?> entityClass) {
    for (Class<?> type = entityClass; type != null; type = type.getSuperclass()) {
      Table table = type.getAnnotation(Table.class);
      if (table != null && !table.name().isEmpty()) {
        return table.name();
      }
    }
    throw new IllegalArgumentException(entityClass + " is mapped to no named table");
  }

  public String getRecordTable() {
    return recordTable;
  }

  public long getRecordId() {
    return recordId;
  }

  public Change getChange() {
    return change;
  }

  boolean sameRecord(String table, long id) {
    return recordTable.equals(table) && recordId == id;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RecordChange that
        && recordId == that.recordId
        && recordTable.equals(that.recordTable)
        && change == that.change;
  }

  @Override
  public int hashCode() {
    return Objects.hash(recordTable, recordId, change);
  }
}
