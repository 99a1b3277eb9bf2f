package ca.gc.engagement.query.entity;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Arrays;
import java.util.List;

public class OneOfValidator implements ConstraintValidator<OneOf, String> {

  private List<String> names;

  @Override
  public void initialize(OneOf annotation) {
    names = Arrays.stream(annotation.value().getEnumConstants()).map(Enum::name).toList();
  }

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null || value.isBlank() || names.contains(value.strip())) {
      return true;
    }
    return ListedChoices.report(context, names);
  }
}
