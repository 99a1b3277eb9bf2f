package ca.gc.engagement.agreement.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The refusal names the REVIEW carve-outs the approver may see, and reads well for none or many.
 */
class ExemptionRequiredExceptionTest {

  @ParameterizedTest(name = "[{0}]")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ''                 | This agreement touches a carve-out that requires review: an approver must record an exemption before it is signed.
          FISHERIES          | This agreement touches the carve-out FISHERIES, which requires review: an approver must record an exemption before it is signed.
          PORK FISHERIES     | This agreement touches the carve-outs FISHERIES, PORK, which require review: an approver must record an exemption before it is signed.
          """)
  void namesTheCarveOutsInAlphabeticalOrder(String codes, String message) {
    Set<String> named = codes.isBlank() ? Set.of() : Set.of(codes.split(" "));
    assertEquals(message, new ExemptionRequiredException(named).getMessage());
  }
}
