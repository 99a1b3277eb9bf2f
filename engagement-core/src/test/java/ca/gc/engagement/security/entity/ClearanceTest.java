package ca.gc.engagement.security.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClearanceTest {

  @ParameterizedTest
  @CsvSource({
    "UNCLASSIFIED, clearance-unclassified",
    "PROTECTED_A, clearance-protected-a",
    "PROTECTED_B, clearance-protected-b",
    "CONFIDENTIAL, clearance-confidential",
    "SECRET, clearance-secret"
  })
  void eachLevelIsGrantedByARoleOfItsName(Clearance level, String role) {
    assertEquals(role, level.roleName());
  }

  @ParameterizedTest
  @CsvSource({
    "viewer;clearance-protected-a, PROTECTED_A",
    "officer;clearance-protected-b, PROTECTED_B",
    "approver;clearance-secret, SECRET",
    "admin;clearance-protected-a;clearance-secret, SECRET",
    "viewer, UNCLASSIFIED"
  })
  void aCallerHoldsTheHighestClearanceAmongTheirRoles(String roles, Clearance expected) {
    Set<String> granted = Set.of(roles.split(";"));
    assertEquals(expected, Clearance.of(granted::contains));
  }

  @Test
  void aClearanceCoversItsOwnLevelAndThoseBelow() {
    assertTrue(Clearance.PROTECTED_B.covers(Clearance.PROTECTED_A));
    assertTrue(Clearance.PROTECTED_B.covers(Clearance.PROTECTED_B));
    assertFalse(Clearance.PROTECTED_B.covers(Clearance.CONFIDENTIAL));
    assertFalse(Clearance.PROTECTED_A.covers(Clearance.SECRET));
  }
}
