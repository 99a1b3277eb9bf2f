package ca.gc.engagement.sector.ui;

import ca.gc.engagement.sector.entity.Sector;

/** A sector at its place in the tree: how deep it sits (0 at the top). */
public record SectorRow(Sector sector, int depth) {}
