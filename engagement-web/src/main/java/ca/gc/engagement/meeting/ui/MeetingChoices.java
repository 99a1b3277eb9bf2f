package ca.gc.engagement.meeting.ui;

import ca.gc.engagement.mission.boundary.MissionService;
import ca.gc.engagement.mission.entity.Mission;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.sector.boundary.SectorService;
import ca.gc.engagement.sector.entity.Sector;
import ca.gc.engagement.stakeholder.boundary.StakeholderService;
import ca.gc.engagement.stakeholder.entity.Stakeholder;
import ca.gc.engagement.stakeholder.entity.StakeholderQuery;
import ca.gc.engagement.stakeholder.entity.StakeholderStatus;
import ca.gc.engagement.ui.Views;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import java.text.Collator;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the meeting form offers to choose from, as the services let the user see it: missions
 * (newest first), active stakeholders (by name), and the sectors in use as topics (each under its
 * parent). What the meeting already names stays offered even when it would no longer be (an
 * archived stakeholder, a retired sector), so that revising a meeting never drops it unasked. The
 * lists stop at a service page (200): a department with more needs a search field instead.
 */
@RequestScoped
public class MeetingChoices {

  @EJB private MissionService missions;

  @EJB private StakeholderService stakeholders;

  @EJB private SectorService sectors;

  /** Missions the user may see, newest first, {@code current} among them when visible. */
  public List<SelectItem> missions(Long current) {
    List<Mission> found =
        new ArrayList<>(missions.list(PageRequest.first(PageRequest.MAX_SIZE)).items());
    if (current != null && found.stream().noneMatch(m -> m.getId().equals(current))) {
      missions.find(current).ifPresent(found::add);
    }
    DateTimeFormatter day =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale());
    return found.stream()
        .map(
            m ->
                new SelectItem(m.getId(), m.getTitle() + " (" + day.format(m.getStartDate()) + ")"))
        .toList();
  }

  /** Active stakeholders by name, and those already at the meeting whatever their status. */
  public List<SelectItem> stakeholders(Collection<Long> atTheMeeting) {
    Map<Long, Stakeholder> offered = new HashMap<>();
    stakeholders
        .list(
            new StakeholderQuery(null, null, StakeholderStatus.ACTIVE.name(), "name"),
            PageRequest.first(PageRequest.MAX_SIZE))
        .items()
        .forEach(s -> offered.put(s.getId(), s));
    List<SelectItem> options = new ArrayList<>();
    for (Long id : new LinkedHashSet<>(atTheMeeting)) {
      if (id != null && !offered.containsKey(id)) {
        stakeholders
            .find(id)
            .ifPresentOrElse(
                s -> offered.put(id, s),
                () -> options.add(new SelectItem(id, Views.text("meeting.participant.notShown"))));
      }
    }
    Collator collator = Collator.getInstance(locale());
    offered.values().stream()
        .sorted(Comparator.comparing(Stakeholder::getName, collator))
        .forEach(s -> options.add(new SelectItem(s.getId(), label(s))));
    return options;
  }

  /** "Mark Carney — Prime Minister of Canada": the name, and what tells namesakes apart. */
  private static String label(Stakeholder stakeholder) {
    String detail =
        stakeholder.getTitle() != null ? stakeholder.getTitle() : stakeholder.getOrganisation();
    return detail == null ? stakeholder.getName() : stakeholder.getName() + " \u2014 " + detail;
  }

  /**
   * The sectors in use, each top-level one followed by those within it ("Agriculture and agri-food:
   * Canola"), in the page's language; and the meeting's own topics even if retired since.
   */
  public List<SelectItem> topics(Collection<String> onTheMeeting) {
    Locale locale = locale();
    Set<String> wanted = Set.copyOf(onTheMeeting);
    List<Sector> all = sectors.all();
    Map<String, Sector> byCode = new HashMap<>();
    all.forEach(s -> byCode.put(s.getCode(), s));
    List<Sector> offered =
        all.stream().filter(s -> !s.isRetired() || wanted.contains(s.getCode())).toList();
    Comparator<Sector> byName =
        Comparator.comparing(s -> s.name(locale), Collator.getInstance(locale));
    List<SelectItem> options = new ArrayList<>();
    offered.stream()
        .filter(s -> s.getParent().isEmpty())
        .sorted(byName)
        .forEach(
            top -> {
              options.add(new SelectItem(top.getCode(), top.name(locale)));
              offered.stream()
                  .filter(s -> s.getParent().filter(top.getCode()::equals).isPresent())
                  .sorted(byName)
                  .forEach(
                      child ->
                          options.add(
                              new SelectItem(
                                  child.getCode(), top.name(locale) + ": " + child.name(locale))));
            });
    // deeper sectors, or any whose parent is not offered: by name, after the tree
    Set<Object> listed = new LinkedHashSet<>();
    options.forEach(o -> listed.add(o.getValue()));
    offered.stream()
        .filter(s -> !listed.contains(s.getCode()))
        .sorted(byName)
        .forEach(
            s ->
                options.add(
                    new SelectItem(
                        s.getCode(),
                        s.getParent()
                            .map(byCode::get)
                            .filter(Objects::nonNull)
                            .map(p -> p.name(locale) + ": " + s.name(locale))
                            .orElse(s.name(locale)))));
    return options;
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }
}
