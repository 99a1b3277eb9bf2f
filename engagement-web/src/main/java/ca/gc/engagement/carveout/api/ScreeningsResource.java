package ca.gc.engagement.carveout.api;

import ca.gc.engagement.carveout.boundary.CarveOutService;
import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /api/v1/screenings}: screens a proposal (parties, sectors, regions, text, date) against
 * the carve-outs in force on its date, before anything is put on file. A question, not a record: it
 * answers 200 with the verdict and its matches, PROHIBITED included, and keeps nothing.
 */
@Path("screenings")
@Produces(MediaType.APPLICATION_JSON)
public class ScreeningsResource {

  @EJB CarveOutService carveOuts;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public ScreeningRepresentation screen(ScreeningRequest request) {
    if (request == null) {
      throw new BadRequestException("The request needs a JSON body.");
    }
    return ScreeningRepresentation.of(carveOuts.screen(request.toDraft()));
  }
}
