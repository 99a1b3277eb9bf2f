package ca.gc.engagement.api;

import ca.gc.engagement.carveout.entity.CarveOutViolationException;
import ca.gc.engagement.carveout.entity.Match;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A proposal a carve-out prohibits: 422, problem type {@code carve-out-violation}, naming every
 * matched carve-out with the reason; nothing was stored.
 */
@Provider
public class CarveOutViolationMapper implements ExceptionMapper<CarveOutViolationException> {

  @Context UriInfo uriInfo;

  /** The problem body with the screening's matches. */
  @JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "matches"})
  @Schema(
      name = "CarveOutViolation",
      description =
          "A problem of type carve-out-violation: the proposal touches carve-outs that prohibit"
              + " it, every match listed; nothing was stored.")
  public record Violation(
      URI type, String title, int status, String detail, URI instance, List<MatchView> matches) {}

  /** One match: which carve-out, on what kind of evidence, which value, and why. */
  @Schema(
      name = "CarveOutMatch",
      description = "One way a proposal touches a carve-out: which, on what evidence, and why.")
  public record MatchView(String carveOut, String kind, String value, String reason) {
    public static MatchView of(Match match) {
      return new MatchView(
          match.carveOutCode(), match.kind().name(), match.value(), match.reason());
    }
  }

  @Override
  public Response toResponse(CarveOutViolationException exception) {
    var body =
        new Violation(
            Problem.type("carve-out-violation"),
            "Prohibited by a sector carve-out",
            422,
            exception.getMessage(),
            uriInfo.getRequestUri(),
            exception.screening().matches().stream().map(MatchView::of).toList());
    return Response.status(422).type(Problem.MEDIA).entity(body).build();
  }
}
