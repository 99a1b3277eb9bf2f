package ca.gc.engagement.carveout.api;

import ca.gc.engagement.carveout.boundary.CarveOutService;
import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/screenings}: screens a proposal (parties, sectors, regions, text, date) against
 * the carve-outs in force on its date, before anything is put on file. A question, not a record: it
 * answers 200 with the verdict and its matches, PROHIBITED included, and keeps nothing.
 */
@Path("screenings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "screenings",
    description =
        "Questions about a proposal before it is put on file, answered from the carve-outs the caller may see; nothing is kept.")
public class ScreeningsResource {

  @EJB CarveOutService carveOuts;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Screen a proposal",
      description =
          "Screens a proposal (parties, sectors, regions, text, date) against the carve-outs in force on its date that the caller may see, before anything is put on file: the verdict and its matches, PROHIBITED included. A question, not a record: nothing is kept but the audit of who asked, when, and the verdict. At most 60 a minute per account (429).")
  public ScreeningRepresentation screen(ScreeningRequest request) {
    if (request == null) {
      throw new BadRequestException("The request needs a JSON body.");
    }
    return ScreeningRepresentation.of(carveOuts.screen(request.toDraft()));
  }
}
