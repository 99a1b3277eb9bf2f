package ca.gc.engagement.carveout.entity;

import jakarta.ejb.ApplicationException;
import java.util.stream.Collectors;

/**
 * A proposal touches a carve-out that prohibits it: nothing is stored. The screening result goes
 * with it, so that the officer sees every match and its reason.
 */
@ApplicationException(rollback = true)
public class CarveOutViolationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient ScreeningResult screening;

  public CarveOutViolationException(ScreeningResult screening) {
    super(message(screening));
    this.screening = screening;
  }

  private static String message(ScreeningResult screening) {
    String named =
        screening.matches().stream()
            .filter(m -> m.mode() == CarveOutMode.PROHIBIT)
            .map(Match::carveOutCode)
            .distinct()
            .sorted()
            .collect(Collectors.joining(", "));
    return named.isEmpty()
        ? "This touches a sector carve-out that prohibits it; it cannot go ahead."
        : "This touches the carve-out"
            + (named.contains(",") ? "s " : " ")
            + named
            + ", which prohibit"
            + (named.contains(",") ? "" : "s")
            + " it; it cannot go ahead.";
  }

  public ScreeningResult screening() {
    return screening;
  }
}
