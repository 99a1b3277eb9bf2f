package ca.gc.engagement.trademeasure.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an {@link HsCode} in its canonical notation ("1514.11", "72.06-72.29"). */
@Converter(autoApply = true)
public class HsCodeConverter implements AttributeConverter<HsCode, String> {

  @Override
  public String convertToDatabaseColumn(HsCode code) {
    return code == null ? null : code.value();
  }

  @Override
  public HsCode convertToEntityAttribute(String code) {
    return code == null ? null : HsCode.of(code);
  }
}
