package ca.gc.engagement.mission.api;

import ca.gc.engagement.mission.entity.MissionStatus;

/** The body of {@code POST /missions/{id}/transitions}: the status the mission moves to. */
public record MissionTransitionRequest(MissionStatus to) {}
