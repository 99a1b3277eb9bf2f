package ca.gc.engagement.sector.api;

import ca.gc.engagement.api.EntityTags;
import ca.gc.engagement.api.RecordResponses;
import ca.gc.engagement.api.RequestBodies;
import ca.gc.engagement.api.SentBackFields;
import ca.gc.engagement.api.export.Exports;
import ca.gc.engagement.audit.api.RevisionRepresentation;
import ca.gc.engagement.records.entity.RecordNotFoundException;
import ca.gc.engagement.sector.boundary.SectorService;
import ca.gc.engagement.sector.entity.Sector;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/sectors}: the sector tree records are tagged with, keyed by code. Everyone reads
 * it; administrators add ({@code POST}), rename or move ({@code PUT /{code}}) and retire ({@code
 * POST /{code}/retirement}) sectors, never delete them. The list is the whole tree, retired sectors
 * included, as one flat page by code with each sector's parent: it is short, so it takes none of
 * the list parameters ({@code q, country, page, size, sort, ...} are ignored).
 */
@Path("sectors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "sectors",
    description =
        "The tree of sector codes records are tagged with (AGRI_FOOD, CRITICAL_MINERALS), maintained by administrators.")
public class SectorsResource {

  @EJB SectorService sectors;

  @Context UriInfo uriInfo;

  @GET
  @Produces({MediaType.APPLICATION_JSON, Exports.TEXT_CSV})
  @Operation(
      summary = "List the sector tree",
      description =
          "The whole tree of sectors records are tagged with, retired sectors included, as one flat page by code with each sector's parent. It takes no list parameters.")
  public SectorListRepresentation list() {
    return SectorListRepresentation.of(
        sectors.all().stream().map(SectorRepresentation::of).toList());
  }

  @GET
  @Path("{code}")
  @Operation(
      summary = "Read a sector",
      description = "The sector with its ETag, to send back as If-Match to change it.")
  public Response read(@PathParam("code") String code) {
    return current(
        sectors.find(code).orElseThrow(() -> new RecordNotFoundException(Sector.KIND, code)));
  }

  /** Adds a sector (administrators); its code is its address for good. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Add a sector",
      description =
          "Adds a sector to the tree, under its parent (administrators); its code is its address for good. Answers 201 with the sector, its Location and its ETag.")
  public Response add(SectorRequest request) {
    Sector sector = sectors.add(RequestBodies.required(request).toDraft());
    return RecordResponses.created(
        uriInfo, sector.getCode(), tag(sector), SectorRepresentation.of(sector));
  }

  /**
   * Renames or moves the sector (administrators); {@code If-Match} names the version the change was
   * made on. The body's code must be the address's.
   */
  @PUT
  @Path("{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Rename or move a sector",
      description =
          "Renames the sector or moves it under another parent (administrators); the body's code must be the address's. If-Match names the version the change was made on (without it 428; 412 when someone changed it since).")
  public Response revise(
      @PathParam("code") String code,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      SectorRequest request) {
    long version = EntityTags.versionFrom(ifMatch, code);
    SentBackFields.judge(
        version,
        () -> {
          Sector sector =
              sectors.find(code).orElseThrow(() -> new RecordNotFoundException(Sector.KIND, code));
          return new SentBackFields.Shown(sector.getVersion(), SectorRepresentation.of(sector));
        });
    return current(sectors.revise(code, version, RequestBodies.required(request).toDraft()));
  }

  /** No longer offered for new records (administrators); it stays in the tree. No body. */
  @POST
  @Path("{code}/retirement")
  @Operation(
      summary = "Retire a sector",
      description =
          "No longer offered for new records (administrators); it stays in the tree and on the records that name it. No body.")
  public Response retire(
      @PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return current(sectors.retire(code, EntityTags.versionFrom(ifMatch, code)));
  }

  /** Who changed the sector, what, and when. */
  @GET
  @Path("{code}/history")
  @Operation(
      summary = "Read a sector's history",
      description =
          "Every revision of the sector: its number, when, by whom, the change and the fields it touched.")
  public List<RevisionRepresentation> history(@PathParam("code") String code) {
    return RevisionRepresentation.of(sectors.history(code));
  }

  private static Response current(Sector sector) {
    return RecordResponses.current(tag(sector), SectorRepresentation.of(sector));
  }

  private static jakarta.ws.rs.core.EntityTag tag(Sector sector) {
    return EntityTags.of(sector.getCode(), sector.getVersion());
  }
}
