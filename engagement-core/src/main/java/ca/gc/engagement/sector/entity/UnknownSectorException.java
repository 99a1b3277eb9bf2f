package ca.gc.engagement.sector.entity;

import jakarta.ejb.ApplicationException;
import java.util.Collection;
import java.util.List;

/**
 * A record named sectors the catalogue does not have. Nothing is stored; the message names every
 * unknown code, so the desk officer can correct them all at once.
 */
@ApplicationException(rollback = true)
public class UnknownSectorException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> codes;

  public UnknownSectorException(Collection<String> codes) {
    super(message(codes.stream().sorted().toList()));
    this.codes = codes.stream().sorted().toList();
  }

  private static String message(List<String> codes) {
    return codes.size() == 1
        ? "There is no sector "
            + codes.get(0)
            + ". Choose a sector from the list, for example AGRI_FOOD."
        : "There are no sectors "
            + String.join(", ", codes)
            + ". Choose sectors from the list, for example AGRI_FOOD.";
  }

  /** The unknown codes, in alphabetical order. */
  public List<String> codes() {
    return codes;
  }
}
