package ca.gc.engagement.statement.entity;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which statements relate to a mission, as the database chooses them: those still standing (not
 * withdrawn) whose stakeholder the reader may see and that were either recorded for the mission,
 * whatever their date, or made from {@code from} to {@code to} (both included) by a stakeholder of
 * the {@code counterpart} country (or one of its subdivisions) or on one of {@code sectors}.
 *
 * <p>{@code sectors} is already widened by the caller to every sector that lies within a topic or
 * takes one in, so it holds at most the sector catalogue, never a list of statements or
 * stakeholders.
 *
 * @param missionId the mission the statements may be recorded for
 * @param from the first day of the window
 * @param to the last day of the window
 * @param counterpart the counterpart country (ISO 3166-1)
 * @param sectors the sectors that relate a statement in the window
 */
public record RelatedStatementsQuery(
    long missionId, LocalDate from, LocalDate to, String counterpart, Set<String> sectors) {

  public RelatedStatementsQuery {
    sectors = Set.copyOf(sectors);
  }
}
