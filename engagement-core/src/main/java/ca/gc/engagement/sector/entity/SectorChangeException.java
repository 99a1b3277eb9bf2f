package ca.gc.engagement.sector.entity;

import jakarta.ejb.ApplicationException;

/**
 * A change to the sector tree that would break it: a code taken twice, a code changed, a sector
 * moved within itself, or placed under a retired one. Nothing is stored; the message says what to
 * do instead.
 */
@ApplicationException(rollback = true)
public class SectorChangeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private SectorChangeException(String message) {
    super(message);
  }

  public static SectorChangeException codeTaken(String code) {
    return new SectorChangeException(
        "There is already a sector " + code + ". Choose another code, or change that sector.");
  }

  public static SectorChangeException codeIsFixed(String code, String requested) {
    return new SectorChangeException(
        "The code of sector "
            + code
            + " cannot become "
            + requested
            + ": codes are part of the published list. Add "
            + requested
            + " as a new sector and retire "
            + code
            + " instead.");
  }

  public static SectorChangeException cycle(String code, String parent) {
    return code.equals(parent)
        ? new SectorChangeException("Sector " + code + " cannot be placed within itself.")
        : new SectorChangeException(
            "Sector "
                + code
                + " cannot be placed under "
                + parent
                + ": "
                + parent
                + " is itself within "
                + code
                + ".");
  }

  public static SectorChangeException retiredParent(String code, String parent) {
    return new SectorChangeException(
        "Sector "
            + code
            + " cannot be placed under "
            + parent
            + ": "
            + parent
            + " is retired. Choose a sector in use.");
  }
}
