package ca.gc.engagement.country.entity;

/**
 * Areas that carve-outs and agreements name but ISO 3166 does not: waters, passages, routes. Their
 * codes stand beside ISO 3166-2 codes in a record's regions.
 */
public enum NamedArea {
  ARCTIC_WATERS("Arctic waters", "Eaux arctiques"),
  NORTHWEST_PASSAGE("Northwest Passage", "Passage du Nord-Ouest"),
  ARCTIC_SHIPPING_ROUTES("Arctic shipping routes", "Routes maritimes de l'Arctique"),
  ARCTIC_RESEARCH_STATIONS("Arctic research stations", "Stations de recherche arctiques");

  private final String english;
  private final String french;

  NamedArea(String english, String french) {
    this.english = english;
    this.french = french;
  }

  public String english() {
    return english;
  }

  public String french() {
    return french;
  }

  public static boolean isNamedArea(String code) {
    for (NamedArea area : values()) {
      if (area.name().equals(code)) {
        return true;
      }
    }
    return false;
  }
}
