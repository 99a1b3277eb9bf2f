package ca.gc.engagement.sector.entity;

import ca.gc.engagement.refusal.entity.Refusal;

/**
 * A change to the sector tree that would break it: a code taken twice, a code changed, a sector
 * moved within itself, or placed under a retired one. Nothing is stored; the message says what to
 * do instead.
 */
public class SectorChangeException extends Refusal {

  private static final long serialVersionUID = 1L;

  private SectorChangeException(String key, Object... arguments) {
    super(key, arguments);
  }

  public static SectorChangeException codeTaken(String code) {
    return new SectorChangeException("ca.gc.engagement.sector.change.codeTaken", code);
  }

  public static SectorChangeException codeIsFixed(String code, String requested) {
    return new SectorChangeException("ca.gc.engagement.sector.change.codeIsFixed", code, requested);
  }

  public static SectorChangeException cycle(String code, String parent) {
    return code.equals(parent)
        ? new SectorChangeException("ca.gc.engagement.sector.change.withinItself", code)
        : new SectorChangeException("ca.gc.engagement.sector.change.cycle", code, parent);
  }

  public static SectorChangeException retiredParent(String code, String parent) {
    return new SectorChangeException("ca.gc.engagement.sector.change.retiredParent", code, parent);
  }
}
