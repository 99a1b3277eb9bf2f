package ca.gc.engagement.followup.ui;

import ca.gc.engagement.agreement.boundary.AgreementService;
import ca.gc.engagement.agreement.entity.Agreement;
import ca.gc.engagement.followup.entity.OriginKind;
import ca.gc.engagement.meeting.boundary.MeetingService;
import ca.gc.engagement.meeting.entity.Meeting;
import ca.gc.engagement.mission.boundary.MissionService;
import ca.gc.engagement.mission.entity.Mission;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.ui.Views;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The records follow-ups come from (missions, meetings, agreements): where each one's page is, its
 * title as the user may see it, and the choices the form offers. Each is asked through its own
 * service, so the user's clearance applies.
 */
@Named
@RequestScoped
public class Origins {

  @EJB private MissionService missions;

  @EJB private MeetingService meetings;

  @EJB private AgreementService agreements;

  /** The page of a record of that kind. */
  public String outcome(OriginKind kind) {
    return switch (kind) {
      case MISSION -> "/missions/mission";
      case MEETING -> "/meetings/meeting";
      case AGREEMENT -> "/agreements/agreement";
    };
  }

  /** The origin's title; empty when it is not there or the user may not see it. */
  public Optional<String> title(OriginKind kind, long id) {
    return switch (kind) {
      case MISSION -> missions.find(id).map(Mission::getTitle);
      case MEETING -> meetings.find(id).map(Meeting::getTitle);
      case AGREEMENT -> agreements.find(id).map(Agreement::getTitle);
    };
  }

  /**
   * The picker's choices, by kind, newest first; {@code chosen} is among them even when older than
   * those a list shows (if the user may see it).
   */
  List<SelectItem> options(OriginChoice chosen) {
    PageRequest newest = PageRequest.first(PageRequest.MAX_SIZE);
    return List.of(
        group(
            OriginKind.MISSION,
            missions.list(newest).items(),
            Mission::getId,
            Mission::getTitle,
            chosen),
        group(
            OriginKind.MEETING,
            meetings.list(newest).items(),
            Meeting::getId,
            Meeting::getTitle,
            chosen),
        group(
            OriginKind.AGREEMENT,
            agreements.list(newest).items(),
            Agreement::getId,
            Agreement::getTitle,
            chosen));
  }

  /** One kind's records, and the chosen one if it is of that kind and not among them. */
  private <R> SelectItem group(
      OriginKind kind,
      List<R> listed,
      Function<R, Long> idOf,
      Function<R, String> titleOf,
      OriginChoice chosen) {
    List<SelectItem> items =
        new ArrayList<>(
            listed.stream().map(r -> choice(kind, idOf.apply(r), titleOf.apply(r))).toList());
    if (chosen != null
        && chosen.kind() == kind
        && items.stream().noneMatch(item -> item.getValue().equals(chosen.value()))) {
      title(kind, chosen.id()).ifPresent(title -> items.add(choice(kind, chosen.id(), title)));
    }
    return new SelectItemGroup(
        Views.text("followUp.origins." + kind.name()),
        null,
        false,
        items.toArray(SelectItem[]::new));
  }

  private static SelectItem choice(OriginKind kind, long id, String title) {
    return new SelectItem(OriginChoice.value(kind, id), title);
  }
}
