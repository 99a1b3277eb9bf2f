package ca.gc.engagement.sector.control;

import static ca.gc.engagement.sector.control.SectorTree.Node.top;
import static ca.gc.engagement.sector.control.SectorTree.Node.under;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which sector is within which: the rule every carve-out's sector coverage rests on. */
class SectorTreeTest {

  static final SectorTree TREE =
      SectorTree.of(
          top("NATIONAL_SECURITY"),
          under("NATIONAL_SECURITY", "DEFENCE"),
          under("NATIONAL_SECURITY", "CRITICAL_MINERALS"),
          under("DEFENCE", "SHIPBUILDING"),
          top("AGRI_FOOD"),
          under("AGRI_FOOD", "CANOLA"),
          under("AGRI_FOOD", "PORK"),
          top("ARCTIC"));

  @ParameterizedTest(name = "{0} within {1}: {2}")
  @CsvSource({
    "DEFENCE, DEFENCE, true", // within itself
    "DEFENCE, NATIONAL_SECURITY, true", // within its parent
    "SHIPBUILDING, NATIONAL_SECURITY, true", // within its grandparent
    "SHIPBUILDING, DEFENCE, true",
    "NATIONAL_SECURITY, DEFENCE, false", // a parent is not within its child
    "CRITICAL_MINERALS, DEFENCE, false", // nor a sector within its sibling
    "SHIPBUILDING, CRITICAL_MINERALS, false", // nor within its parent's sibling
    "CANOLA, NATIONAL_SECURITY, false", // another branch
    "ARCTIC, AGRI_FOOD, false",
    "UNHEARD_OF, UNHEARD_OF, true", // an unknown code is still itself
    "UNHEARD_OF, NATIONAL_SECURITY, false",
    "DEFENCE, UNHEARD_OF, false"
  })
  void knowsWhichSectorIsWithinWhich(String code, String ancestor, boolean within) {
    assertEquals(within, TREE.isWithin(code, ancestor));
  }

  @ParameterizedTest(name = "below {0}: {1}")
  @CsvSource({
    "NATIONAL_SECURITY, NATIONAL_SECURITY CRITICAL_MINERALS DEFENCE SHIPBUILDING",
    "DEFENCE, DEFENCE SHIPBUILDING",
    "CANOLA, CANOLA",
    "ARCTIC, ARCTIC",
    "UNHEARD_OF, UNHEARD_OF"
  })
  void listsASectorAndEverythingBelowIt(String code, String expected) {
    assertEquals(Set.of(expected.split(" ")), TREE.descendantsAndSelf(code));
  }

  @Test
  void walksFromASectorUpToTheTop() {
    assertEquals(
        List.of("SHIPBUILDING", "DEFENCE", "NATIONAL_SECURITY"),
        TREE.ancestorsAndSelf("SHIPBUILDING"));
    assertEquals(List.of("ARCTIC"), TREE.ancestorsAndSelf("ARCTIC"));
  }

  @ParameterizedTest(name = "unknown among {0}: {1}")
  @CsvSource({
    "CANOLA PORK, ''",
    "CANOLA LUMBER, LUMBER",
    "SPACE LUMBER DEFENCE, LUMBER SPACE",
    "canola, canola" // codes are capitals: a lower-case one is not the same sector
  })
  void namesTheCodesItDoesNotHave(String codes, String unknown) {
    assertEquals(
        unknown.isEmpty() ? Set.of() : Set.of(unknown.split(" ")),
        TREE.unknown(Arrays.asList(codes.split(" "))));
  }

  @Test
  void unknownCodesAreListedInAlphabeticalOrder() {
    assertEquals(
        List.of("LUMBER", "SPACE"), List.copyOf(TREE.unknown(List.of("SPACE", "LUMBER", "PORK"))));
    assertEquals(Set.of(), TREE.unknown(null));
  }

  @Test
  void showsItsShape() {
    assertEquals(List.of("AGRI_FOOD", "ARCTIC", "NATIONAL_SECURITY"), TREE.roots());
    assertEquals(List.of("CRITICAL_MINERALS", "DEFENCE"), TREE.childrenOf("NATIONAL_SECURITY"));
    assertEquals(List.of(), TREE.childrenOf("CANOLA"));
    assertEquals(java.util.Optional.of("AGRI_FOOD"), TREE.parentOf("PORK"));
    assertEquals(java.util.Optional.empty(), TREE.parentOf("ARCTIC"));
  }

  @ParameterizedTest(name = "{0} under {1}: {2}")
  @CsvSource({
    "SHIPBUILDING, CRITICAL_MINERALS, true", // a move across the branch
    "DEFENCE, AGRI_FOOD, true", // a move to another branch, children along
    "DEFENCE, , true", // to the top
    "DEFENCE, DEFENCE, false", // within itself
    "NATIONAL_SECURITY, SHIPBUILDING, false", // under its own grandchild
    "DEFENCE, SHIPBUILDING, false" // under its own child
  })
  void refusesAMoveThatWouldMakeACycle(String code, String parent, boolean allowed) {
    assertEquals(allowed, TREE.canPlace(code, parent));
  }

  @Test
  void refusesPairsThatAreNoTree() {
    assertEquals(
        "Sector PORK is under LIVESTOCK, which is not in the tree",
        assertThrows(
                IllegalArgumentException.class,
                () -> SectorTree.of(top("AGRI_FOOD"), under("LIVESTOCK", "PORK")))
            .getMessage());
    assertEquals(
        "Sector PORK appears twice",
        assertThrows(
                IllegalArgumentException.class,
                () -> SectorTree.of(top("PORK"), under("PORK", "PORK2"), top("PORK")))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> SectorTree.of(under("B", "A"), under("A", "B")),
        "a cycle");
  }
}
