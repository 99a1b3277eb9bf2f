package ca.gc.engagement.carveout.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One screening someone asked for, before anything was put on file (the API's {@code POST
 * /screenings}, the agreement form's live verdict): who, when, and the verdict they were shown.
 * Kept so that a run of questions shaped to map the carve-outs can be seen afterwards, and counted
 * to hold back a caller who asks too many at once. What was screened is not kept: it may be a
 * proposal nobody meant to put on file.
 */
@Entity
@Table(name = "screening_audit")
public class ScreeningAuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "screening_audit_seq")
  @SequenceGenerator(
      name = "screening_audit_seq",
      sequenceName = "screening_audit_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "asked_at", nullable = false)
  private Instant askedAt;

  @Column(name = "account", nullable = false, length = 255)
  private String account;

  @Enumerated(EnumType.STRING)
  @Column(name = "verdict", nullable = false, length = 20)
  private Verdict verdict;

  protected ScreeningAuditEntry() {}

  public ScreeningAuditEntry(String account, Instant askedAt, Verdict verdict) {
    this.account = account;
    this.askedAt = askedAt;
    this.verdict = verdict;
  }

  public Long getId() {
    return id;
  }

  public Instant getAskedAt() {
    return askedAt;
  }

  public String getAccount() {
    return account;
  }

  public Verdict getVerdict() {
    return verdict;
  }
}
