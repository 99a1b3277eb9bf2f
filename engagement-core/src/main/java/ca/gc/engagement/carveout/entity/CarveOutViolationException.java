package ca.gc.engagement.carveout.entity;

import ca.gc.engagement.refusal.entity.Refusal;
import java.util.List;

/**
 * A proposal touches a carve-out that prohibits it: nothing is stored. The screening result goes
 * with it, so that the officer sees every match and its reason.
 */
public class CarveOutViolationException extends Refusal {

  private static final long serialVersionUID = 1L;

  private final transient ScreeningResult screening;

  public CarveOutViolationException(ScreeningResult screening) {
    this(screening, prohibiting(screening));
  }

  private CarveOutViolationException(ScreeningResult screening, List<String> named) {
    super(
        "ca.gc.engagement.carveout.violation."
            + (named.isEmpty() ? "unnamed" : named.size() == 1 ? "one" : "many"),
        String.join(", ", named));
    this.screening = screening;
  }

  private static List<String> prohibiting(ScreeningResult screening) {
    return screening.matches().stream()
        .filter(m -> m.mode() == CarveOutMode.PROHIBIT)
        .map(Match::carveOutCode)
        .distinct()
        .sorted()
        .toList();
  }

  public ScreeningResult screening() {
    return screening;
  }
}
