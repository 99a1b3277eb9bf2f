package ca.gc.engagement.security.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClassificationTest {

  @ParameterizedTest
  @CsvSource({
    "UNCLASSIFIED, clearance-unclassified",
    "PROTECTED_A, clearance-protected-a",
    "PROTECTED_B, clearance-protected-b",
    "CONFIDENTIAL, clearance-confidential",
    "SECRET, clearance-secret"
  })
  void eachLevelIsGrantedByARoleOfItsName(Classification level, String role) {
    assertEquals(role, level.clearanceRole());
  }

  @ParameterizedTest
  @CsvSource({
    "viewer;clearance-protected-a, PROTECTED_A",
    "officer;clearance-protected-b, PROTECTED_B",
    "approver;clearance-secret, SECRET",
    "admin;clearance-protected-a;clearance-secret, SECRET",
    "viewer, UNCLASSIFIED"
  })
  void aCallerHoldsTheHighestClearanceAmongTheirRoles(String roles, Classification expected) {
    Set<String> granted = Set.of(roles.split(";"));
    assertEquals(expected, Classification.clearanceOf(granted::contains));
  }

  @Test
  void levelsAreStoredAsNumbersFromZero() {
    for (Classification level : Classification.values()) {
      assertEquals(level, Classification.ofLevel(level.level()));
    }
    assertEquals(0, Classification.UNCLASSIFIED.level());
    assertEquals(4, Classification.SECRET.level());
  }

  @Test
  void aClearanceCoversItsOwnLevelAndThoseBelow() {
    assertTrue(Classification.PROTECTED_B.covers(Classification.PROTECTED_A));
    assertTrue(Classification.PROTECTED_B.covers(Classification.PROTECTED_B));
    assertFalse(Classification.PROTECTED_B.covers(Classification.CONFIDENTIAL));
    assertFalse(Classification.PROTECTED_A.covers(Classification.SECRET));
  }
}
