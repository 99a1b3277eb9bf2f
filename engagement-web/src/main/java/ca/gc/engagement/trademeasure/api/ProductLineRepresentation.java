package ca.gc.engagement.trademeasure.api;

import ca.gc.engagement.trademeasure.entity.ProductLine;
import ca.gc.engagement.trademeasure.entity.ProductLineDraft;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A product a measure applies to, read and written alike: {@code {description, hsCode}}. */
@JsonbPropertyOrder({"description", "hsCode"})
public record ProductLineRepresentation(String description, String hsCode) {

  static ProductLineRepresentation of(ProductLine line) {
    return new ProductLineRepresentation(line.getDescription(), line.getHsCode().value());
  }

  ProductLineDraft toDraft() {
    return new ProductLineDraft(description, hsCode);
  }
}
