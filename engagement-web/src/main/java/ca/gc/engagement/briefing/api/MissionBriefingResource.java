package ca.gc.engagement.briefing.api;

import ca.gc.engagement.api.Problem;
import ca.gc.engagement.briefing.boundary.BriefingService;
import ca.gc.engagement.briefing.entity.Briefing;
import ca.gc.engagement.mission.entity.Mission;
import ca.gc.engagement.records.entity.RecordNotFoundException;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code GET /api/v1/missions/{id}/briefing}: the mission's briefing book as a PDF, as the caller
 * may see it. A root resource of its own so that the missions resource stays about the record. Only
 * {@code application/pdf}: another {@code Accept} is a 406; a mission unknown or above the caller's
 * clearance a 404, like any record.
 */
@Path("missions/{id}/briefing")
@Produces(BriefingDocument.MEDIA_TYPE)
public class MissionBriefingResource {

  @EJB BriefingService briefings;

  @GET
  @Operation(
      summary = "The mission's briefing book (PDF)",
      description =
          "The mission, its meetings with participants and readouts, its agreements with their"
              + " screening, the trade measures in force between Canada and the counterpart"
              + " during the mission, related statements and open follow-ups; each section and"
              + " record marked, every page marked at the book's highest level. Only what the"
              + " caller may see.")
  @APIResponse(
      responseCode = "200",
      description = "The briefing book, shown inline",
      content =
          @Content(
              mediaType = BriefingDocument.MEDIA_TYPE,
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(
      responseCode = "404",
      description = "No such mission, or one above the caller's clearance",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "406",
      description = "Accept excludes application/pdf",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Response briefing(@PathParam("id") long id) {
    Briefing book =
        briefings.forMission(id).orElseThrow(() -> new RecordNotFoundException(Mission.KIND, id));
    return Response.ok(book)
        .header(
            HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"briefing-mission-" + id + ".pdf\"")
        .build();
  }
}
