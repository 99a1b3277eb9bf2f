package ca.gc.engagement.carveout.api;

import ca.gc.engagement.carveout.entity.Proposal;
import java.time.LocalDate;
import java.util.Set;

/** The body of {@code POST /screenings}; the service judges it (see {@link Proposal}). */
public record ScreeningRequest(
    Set<String> parties, Set<String> sectors, Set<String> regions, String text, LocalDate date) {

  Proposal toDraft() {
    return new Proposal(parties, sectors, regions, text, date);
  }
}
