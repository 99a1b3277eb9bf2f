package ca.gc.engagement.agreement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;

/**
 * An approver's decision that an agreement caught by a REVIEW carve-out may still be signed: who,
 * when, and why. It answers the agreement as it then stood; revising the agreement's content ends
 * it.
 */
@Embeddable
public class Exemption implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "exempted_by", length = 120)
  private String by;

  @Column(name = "exempted_at")
  private Instant at;

  @Column(name = "exemption_justification", length = 2000)
  private String justification;

  protected Exemption() {}

  Exemption(String by, Instant at, String justification) {
    this.by = by;
    this.at = at;
    this.justification = justification;
  }

  public String getBy() {
    return by;
  }

  public Instant getAt() {
    return at;
  }

  public String getJustification() {
    return justification;
  }
}
