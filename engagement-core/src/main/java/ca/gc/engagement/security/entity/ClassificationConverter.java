package ca.gc.engagement.security.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a classification as its level (0–4), so that the clearance filter compares numbers. */
@Converter(autoApply = true)
public class ClassificationConverter implements AttributeConverter<Classification, Integer> {

  @Override
  public Integer convertToDatabaseColumn(Classification classification) {
    return classification == null ? null : classification.level();
  }

  @Override
  public Classification convertToEntityAttribute(Integer level) {
    return level == null ? null : Classification.ofLevel(level);
  }
}
