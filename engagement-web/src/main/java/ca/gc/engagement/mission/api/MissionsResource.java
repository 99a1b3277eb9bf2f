package ca.gc.engagement.mission.api;

import ca.gc.engagement.mission.boundary.MissionService;
import ca.gc.engagement.mission.entity.Mission;
import ca.gc.engagement.query.entity.PageRequest;
import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** {@code /api/v1/missions}: list, read and plan missions. */
@Path("missions")
@Produces(MediaType.APPLICATION_JSON)
public class MissionsResource {

  @EJB MissionService missions;

  @Context UriInfo uriInfo;

  @GET
  public MissionPageRepresentation list(
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("" + PageRequest.DEFAULT_SIZE) int size) {
    var result = missions.list(new PageRequest(page, size)).map(MissionRepresentation::of);
    return new MissionPageRepresentation(
        result.items(), result.page(), result.size(), result.total());
  }

  @GET
  @Path("{id}")
  public Response read(@PathParam("id") long id) {
    Mission mission = missions.find(id).orElseThrow(NotFoundException::new);
    return Response.ok(MissionRepresentation.of(mission)).tag(etag(mission)).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response plan(MissionRequest request) {
    if (request == null) {
      throw new BadRequestException();
    }
    Mission mission = missions.plan(request.toDraft());
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(String.valueOf(mission.getId())).build())
        .tag(etag(mission))
        .entity(MissionRepresentation.of(mission))
        .build();
  }

  static EntityTag etag(Mission mission) {
    return new EntityTag(mission.getId() + "-" + mission.getVersion());
  }
}
