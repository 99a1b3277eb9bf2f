package ca.gc.engagement.meeting.api;

import ca.gc.engagement.api.ListParameters;
import ca.gc.engagement.api.export.Exports;
import ca.gc.engagement.meeting.boundary.MeetingService;
import ca.gc.engagement.meeting.entity.Meeting;
import ca.gc.engagement.mission.boundary.MissionService;
import ca.gc.engagement.mission.entity.Mission;
import ca.gc.engagement.records.entity.RecordNotFoundException;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/v1/missions/{id}/meetings}: a mission's timeline, every meeting of it the caller may
 * see in the order they happen, as JSON, CSV or iCalendar ({@code ?format=ics}) — the calendar a
 * delegation subscribes to. One page holds the whole timeline: a mission has a few dozen meetings
 * at most. A mission the caller may not see is a 404, as everywhere.
 */
@Path("missions/{id}/meetings")
public class MissionMeetingsResource {

  @EJB MissionService missions;

  @EJB MeetingService meetings;

  @GET
  @Produces({MediaType.APPLICATION_JSON, Exports.TEXT_CSV, Exports.TEXT_CALENDAR})
  @Operation(
      summary = "Read a mission's timeline",
      description =
          "Every meeting of the mission the caller may see, in the order they happen, as JSON, CSV or iCalendar (Accept: text/calendar or ?format=ics): the calendar a delegation subscribes to.")
  public MeetingPageRepresentation timeline(@PathParam("id") long missionId) {
    missions
        .find(missionId)
        .orElseThrow(() -> new RecordNotFoundException(Mission.KIND, missionId));
    List<Meeting> found = meetings.forMission(missionId);
    List<MeetingRepresentation> items =
        ListParameters.paired(found, meetings.carveOutFlags(found), MeetingRepresentation::of);
    return new MeetingPageRepresentation(items, 0, Math.max(1, items.size()), items.size());
  }
}
