package ca.gc.engagement.briefing.entity;

import ca.gc.engagement.mission.entity.MissionStatus;
import ca.gc.engagement.security.entity.Classification;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The mission a briefing book is about, as the book shows it.
 *
 * @param counterpartCountry ISO 3166-1 code ("CN")
 */
public record MissionBrief(
    long id,
    String title,
    String counterpartCountry,
    String hostCity,
    LocalDate startDate,
    LocalDate endDate,
    String lead,
    String objectives,
    MissionStatus status,
    Classification marking)
    implements Serializable, Marked {}
