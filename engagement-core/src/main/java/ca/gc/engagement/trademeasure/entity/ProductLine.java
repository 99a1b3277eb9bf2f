package ca.gc.engagement.trademeasure.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** A product a measure applies to: its everyday name and its HS code (or range of codes). */
@Embeddable
public class ProductLine implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "description", length = 200, nullable = false)
  private String description;

  @Column(name = "hs_code", length = 30, nullable = false)
  private HsCode hsCode;

  protected ProductLine() {}

  public ProductLine(String description, HsCode hsCode) {
    this.description = description;
    this.hsCode = hsCode;
  }

  static ProductLine of(ProductLineDraft draft) {
    return new ProductLine(draft.description().strip(), HsCode.of(draft.hsCode()));
  }

  public String getDescription() {
    return description;
  }

  public HsCode getHsCode() {
    return hsCode;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ProductLine line
        && Objects.equals(description, line.description)
        && Objects.equals(hsCode, line.hsCode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(description, hsCode);
  }

  @Override
  public String toString() {
    return description + " (" + hsCode + ")";
  }
}
