package ca.gc.engagement.sector.entity;

import ca.gc.engagement.refusal.entity.Refusal;
import java.util.Collection;
import java.util.List;

/**
 * A record named sectors the catalogue does not have. Nothing is stored; the message names every
 * unknown code, so the desk officer can correct them all at once.
 */
public class UnknownSectorException extends Refusal {

  private static final long serialVersionUID = 1L;

  private final List<String> codes;

  public UnknownSectorException(Collection<String> codes) {
    this(codes.stream().sorted().toList());
  }

  private UnknownSectorException(List<String> codes) {
    super(
        "ca.gc.engagement.sector.unknown." + (codes.size() == 1 ? "one" : "many"),
        String.join(", ", codes));
    this.codes = codes;
  }

  /** The unknown codes, in alphabetical order. */
  public List<String> codes() {
    return codes;
  }
}
