package ca.gc.engagement.meeting.ui;

import ca.gc.engagement.ui.Views;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The IANA time zones a meeting can be held in, for a picker: the region-based names
 * ("Asia/Shanghai") grouped by continent or ocean, the way the tz database names them. Aliases and
 * fixed offsets ("Etc/GMT+5", "SystemV/…") are left out: they ignore daylight time. A meeting on
 * file with another zone the service accepts keeps it in the list.
 */
final class TimeZones {

  /** The tz database's areas, in the order the picker shows them. */
  private static final List<String> AREAS =
      List.of(
          "America",
          "Europe",
          "Asia",
          "Africa",
          "Australia",
          "Pacific",
          "Atlantic",
          "Indian",
          "Antarctica",
          "Arctic");

  private static final Map<String, List<String>> BY_AREA = byArea();

  private TimeZones() {}

  /** The picker's groups, labelled in the page's language, with {@code current} among them. */
  static List<SelectItem> options(String current) {
    List<SelectItem> groups = new ArrayList<>();
    boolean listed = current == null || current.isBlank();
    for (String area : AREAS) {
      List<String> zones = BY_AREA.getOrDefault(area, List.of());
      listed = listed || zones.contains(current);
      SelectItemGroup group = new SelectItemGroup(Views.text("meeting.timeZone.area." + area));
      group.setSelectItems(zones.stream().map(zone -> new SelectItem(zone, zone)).toList());
      groups.add(group);
    }
    if (!listed && ZoneId.getAvailableZoneIds().contains(current)) {
      groups.add(0, new SelectItem(current, current));
    }
    return groups;
  }

  private static Map<String, List<String>> byArea() {
    Map<String, TreeSet<String>> found = new TreeMap<>();
    for (String zone : ZoneId.getAvailableZoneIds()) {
      int slash = zone.indexOf('/');
      if (slash > 0 && AREAS.contains(zone.substring(0, slash))) {
        found.computeIfAbsent(zone.substring(0, slash), area -> new TreeSet<>()).add(zone);
      }
    }
    Map<String, List<String>> lists = new TreeMap<>();
    found.forEach((area, zones) -> lists.put(area, List.copyOf(zones)));
    return lists;
  }
}
