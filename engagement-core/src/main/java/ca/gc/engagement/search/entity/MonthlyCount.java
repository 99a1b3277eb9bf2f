package ca.gc.engagement.search.entity;

import java.time.YearMonth;

/** How many records of a kind fall in a month (by their date), as a chart counts them. */
public record MonthlyCount(RecordKind kind, YearMonth month, long count) {}
