package ca.gc.engagement.trademeasure.entity;

/**
 * What kind of measure a country imposes. An {@link #EXEMPTION} relieves some products of another
 * measure of the same country, for a period of its own.
 */
public enum TradeMeasureType {
  TARIFF,
  SURTAX,
  ANTI_DUMPING,
  SAFEGUARD,
  QUOTA,
  BAN,
  EXEMPTION
}
