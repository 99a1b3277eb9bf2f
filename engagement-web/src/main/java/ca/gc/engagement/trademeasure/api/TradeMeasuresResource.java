package ca.gc.engagement.trademeasure.api;

import ca.gc.engagement.api.ListParameters;
import ca.gc.engagement.api.Problem;
import ca.gc.engagement.api.RecordEndpoint;
import ca.gc.engagement.api.RequestBodies;
import ca.gc.engagement.api.export.Exports;
import ca.gc.engagement.audit.api.RevisionRepresentation;
import ca.gc.engagement.department.entity.Department;
import ca.gc.engagement.trademeasure.boundary.TradeMeasureService;
import ca.gc.engagement.trademeasure.entity.TradeMeasure;
import ca.gc.engagement.trademeasure.entity.TradeMeasureQuery;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/trade-measures}: list, read, record, revise, and the history of trade measures; a
 * later rate ({@code POST /{id}/rates}), the rate on a day ({@code GET /{id}/rate?on=}). No delete:
 * a measure moves through its lifecycle with {@code POST /{id}/transitions} {@code {to}} (PROPOSED
 * → IN_FORCE ⇄ SUSPENDED → LIFTED) and stays on file.
 */
@Path("trade-measures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "trade-measures",
    description =
        "Tariffs, quotas, bans and other trade measures between two countries, with their product lines, rate history and what they retaliate against or exempt from.")
public class TradeMeasuresResource {

  /** Its day decides the rate a measure applies "today" (decision 0035). */
  @Inject Department department;

  @EJB TradeMeasureService measures;

  @Context UriInfo uriInfo;

  /**
   * Measures matching {@code q} (title), {@code country} (imposing or targeted), {@code sector}
   * (with those within it), {@code status} and {@code from}/{@code to} (first day in force), the
   * latest in force first unless sorted by inForceFrom, title or status.
   */
  @GET
  @Produces({MediaType.APPLICATION_JSON, Exports.TEXT_CSV})
  @Operation(
      summary = "List trade measures",
      description =
          "The trade measures the caller may see (nothing above their clearance) that match the query parameters, a page at a time (size at most 200), sorted by sort; also as CSV (Accept: text/csv or ?format=csv, up to 10 000 rows).")
  public TradeMeasurePageRepresentation list(@BeanParam ListParameters parameters) {
    var given = parameters.criteria("q", "country", "sector", "status", "from", "to", "sort");
    var query =
        new TradeMeasureQuery(
            given.q(),
            given.country(),
            given.sector(),
            given.status(),
            given.from(),
            given.to(),
            given.sort());
    return parameters.page(
        request -> measures.list(query, request),
        this::representation,
        TradeMeasurePageRepresentation::new);
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "Read a trade measure",
      description =
          "The trade measure with its ETag, to send back as If-Match to change it. One above the caller's clearance is a 404, as an unknown one is.")
  public Response read(@PathParam("id") long id) {
    return records().read(id);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Record a trade measure",
      description =
          "Records a new trade measure between an imposing and a target country (officers): its product lines (HS codes), sectors, source, rate history and what it retaliates against or exempts from. Answers 201 with the measure, its Location and its ETag.")
  public Response record(TradeMeasureRequest request) {
    return records().created(uriInfo, measures.record(RequestBodies.required(request).toDraft()));
  }

  /**
   * Replaces the measure's content, rate history included; {@code If-Match} names the version the
   * change was made on.
   */
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Revise a trade measure",
      description =
          "Replaces the trade measure's content with the body's, rate history included; If-Match names the version the change was made on (without it 428; 412 when someone changed it since).")
  public Response revise(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      TradeMeasureRequest request) {
    return records()
        .changed(
            id,
            ifMatch,
            version -> measures.revise(id, version, RequestBodies.required(request).toDraft()));
  }

  /** Adds a rate from its day on ({@code {effectiveFrom, rate, note}}); earlier rates stay. */
  @POST
  @Path("{id}/rates")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Add a rate to a trade measure",
      description =
          "A rate from its day on (effectiveFrom, rate, note); earlier rates stay in the measure's history.")
  public Response recordRate(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      RateRepresentation rate) {
    return records()
        .changed(
            id,
            ifMatch,
            version -> measures.recordRate(id, version, RequestBodies.required(rate).toDraft()));
  }

  /** Moves the measure to the status {@code {to}}; 409 when its lifecycle does not allow it. */
  @POST
  @Path("{id}/transitions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Move a trade measure on its lifecycle",
      description =
          "PROPOSED → IN_FORCE ⇄ SUSPENDED → LIFTED; a step the lifecycle lacks is a 409.")
  public Response moveTo(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      TransitionRequest transition) {
    return records()
        .changed(
            id,
            ifMatch,
            version -> measures.moveTo(id, version, RequestBodies.required(transition).to()));
  }

  /**
   * The rate that applied on a day ({@code on}, YYYY-MM-DD; today when not given): {@code {on,
   * rate}}, or 404 when the measure applied no rate that day (not in force, suspended, or a ban).
   */
  @GET
  @Path("{id}/rate")
  @Operation(
      summary = "Read a trade measure's rate on a day",
      description =
          "The rate that applied on a day (on, YYYY-MM-DD; today when not given), or a 404 when the measure applied no rate that day (not in force, suspended, or a ban).")
  @APIResponse(
      responseCode = "200",
      description = "The day asked (or today) and the rate that applied on it.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RateOnRepresentation.class)))
  public Response rateOn(@PathParam("id") long id, @QueryParam("on") String on) {
    LocalDate day = ListParameters.date("on", on);
    LocalDate asked = day == null ? department.today() : day;
    Optional<BigDecimal> rate = records().find(id).rateOn(asked);
    if (rate.isEmpty()) {
      return new Problem(
              Problem.type("no-rate"),
              "No rate applied that day",
              404,
              "Trade measure "
                  + id
                  + " applied no rate on "
                  + asked
                  + ": it was not in force that day, or states no rate for it.",
              uriInfo.getRequestUri(),
              List.of())
          .toResponse();
    }
    return Response.ok(new RateOnRepresentation(asked, RateRepresentation.plain(rate.get())))
        .build();
  }

  /** Who changed the measure, what, and when. */
  @GET
  @Path("{id}/history")
  @Operation(
      summary = "Read a trade measure's history",
      description =
          "Every revision of the trade measure: its number, when, by whom, the change and the fields it touched.")
  public List<RevisionRepresentation> history(@PathParam("id") long id) {
    return records().history(id);
  }

  private RecordEndpoint<TradeMeasure> records() {
    return RecordEndpoint.of(
        TradeMeasure.KIND, measures::find, measures::history, this::representation);
  }

  private TradeMeasureRepresentation representation(TradeMeasure measure) {
    return TradeMeasureRepresentation.of(measure, department.today());
  }
}
