package ca.gc.engagement.audit.entity;

import ca.gc.engagement.audit.entity.RevisionEntry.Change;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One committed change set on the audit trail: when, who made it, and which records it created or
 * changed (the change feed's rows, as Envers' own DefaultTrackingModifiedEntitiesRevisionEntity
 * keeps the names of the entities a revision touched).
 */
@Entity
@Table(name = "revision")
@RevisionEntity(RevisionAuthor.class)
public class Revision {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revision_seq")
  @SequenceGenerator(name = "revision_seq", sequenceName = "revision_seq", allocationSize = 50)
  @RevisionNumber
  private long id;

  @RevisionTimestamp
  @Column(name = "made_at")
  private long madeAt;

  @Column(name = "made_by", length = 120, nullable = false)
  private String madeBy;

  // Lazy: the history reads revisions by the hundred and never needs them; only written here.
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "record_change", joinColumns = @JoinColumn(name = "revision_id"))
  private Set<RecordChange> changes = new HashSet<>();

  public long getId() {
    return id;
  }

  public Instant getMadeAt() {
    return Instant.ofEpochMilli(madeAt);
  }

  public String getMadeBy() {
    return madeBy;
  }

  public void setMadeBy(String madeBy) {
    this.madeBy = madeBy;
  }

  /**
   * Notes that this revision created or changed the record: once per record, CREATED when any part
   * of the revision created it (its collections are reported as changes of the same record).
   */
  public void changed(String recordTable, long recordId, Change change) {
    RecordChange noted =
        changes.stream().filter(c -> c.sameRecord(recordTable, recordId)).findFirst().orElse(null);
    if (noted != null) {
      if (noted.getChange() == Change.CREATED || change != Change.CREATED) {
        return;
      }
      changes.remove(noted);
    }
    changes.add(new RecordChange(recordTable, recordId, change));
  }

  public Set<RecordChange> getChanges() {
    return Set.copyOf(changes);
  }
}
