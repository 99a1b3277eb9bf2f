package ca.gc.engagement.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One committed change set on the audit trail: when, and who made it. */
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
}
