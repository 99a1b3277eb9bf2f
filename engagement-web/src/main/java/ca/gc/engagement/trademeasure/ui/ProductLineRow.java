package ca.gc.engagement.trademeasure.ui;

import ca.gc.engagement.trademeasure.entity.ProductLine;
import ca.gc.engagement.trademeasure.entity.ProductLineDraft;
import java.io.Serializable;

/** One editable product line of the form: what the officer typed, kept across the form's posts. */
public class ProductLineRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private String description;
  private String hsCode;

  public static ProductLineRow of(ProductLine line) {
    ProductLineRow row = new ProductLineRow();
    row.description = line.getDescription();
    row.hsCode = line.getHsCode().value();
    return row;
  }

  boolean isBlank() {
    return (description == null || description.isBlank()) && (hsCode == null || hsCode.isBlank());
  }

  ProductLineDraft toDraft() {
    return new ProductLineDraft(description, hsCode);
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getHsCode() {
    return hsCode;
  }

  public void setHsCode(String hsCode) {
    this.hsCode = hsCode;
  }
}
