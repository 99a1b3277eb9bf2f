package ca.gc.engagement.country.entity;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class RegionValidator implements ConstraintValidator<Region, String> {

  private boolean jurisdictionOnly;

  @Override
  public void initialize(Region annotation) {
    jurisdictionOnly = annotation.jurisdictionOnly();
  }

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null || value.isBlank()) {
      return true; // left to @NotBlank, so a missing value gets one message, not two
    }
    return jurisdictionOnly ? RegionCode.isJurisdiction(value) : RegionCode.isRegion(value);
  }
}
