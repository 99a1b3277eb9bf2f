package ca.gc.engagement.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import org.hibernate.annotations.FilterDef;
import org.hibernate.annotations.ParamDef;
import org.hibernate.envers.Audited;

/**
 * What every record of the department shares: its classification and the version that guards it
 * against a concurrent edit. Each record entity also declares {@code @Filter(name =
 * Classified.CLEARANCE_FILTER)}, which the services switch on with the caller's clearance, so that
 * no query returns a record above it (docs/decisions/0006-clearance-in-every-query.md).
 */
@MappedSuperclass
@Audited
@FilterDef(
    name = Classified.CLEARANCE_FILTER,
    parameters = @ParamDef(name = Classified.CLEARANCE_PARAMETER, type = Integer.class),
    defaultCondition = "classification <= :" + Classified.CLEARANCE_PARAMETER)
public abstract class Classified implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String CLEARANCE_FILTER = "clearance";
  public static final String CLEARANCE_PARAMETER = "clearance";

  @NotNull(message = "{ca.gc.engagement.classification.required}")
  @Column(name = "classification", nullable = false)
  private Classification classification = Classification.UNCLASSIFIED;

  @Version private long version;

  public Classification getClassification() {
    return classification;
  }

  protected void classify(Classification classification) {
    this.classification = classification;
  }

  public long getVersion() {
    return version;
  }

  /** A stable entity tag for this state: record id and version. */
  public abstract Long getId();
}
