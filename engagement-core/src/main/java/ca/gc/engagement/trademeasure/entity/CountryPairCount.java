package ca.gc.engagement.trademeasure.entity;

import ca.gc.engagement.country.entity.CountryCode;

/** How many measures one country applies to another's goods: a line of the dashboard. */
public record CountryPairCount(CountryCode imposing, CountryCode target, long count) {}
