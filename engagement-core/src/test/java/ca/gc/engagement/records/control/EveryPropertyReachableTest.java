package ca.gc.engagement.records.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import ca.gc.engagement.carveout.entity.Proposal;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EveryPropertyReachableTest {

  /** What a service parameter cascades into. */
  record Screening(List<@Valid Proposal> proposals) {}

  @Test
  void theModulesValidationConfigurationNamesTheResolver() {
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      assertInstanceOf(EveryPropertyReachable.class, factory.getTraversableResolver());
    }
  }

  @Test
  void aCascadeStillReachesEveryElementAndReportsItsPath() {
    var bad = new Proposal(Set.of("Canada"), Set.of(), Set.of(), "text", null);
    var good = new Proposal(Set.of("CA"), Set.of(), Set.of(), "text", LocalDate.of(2026, 6, 1));
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Set<String> paths =
          factory.getValidator().validate(new Screening(List.of(good, bad))).stream()
              .map(ConstraintViolation::getPropertyPath)
              .map(Object::toString)
              .collect(Collectors.toSet());
      assertEquals(Set.of("proposals[1].parties[].<iterable element>", "proposals[1].date"), paths);
    }
  }
}
