package ca.gc.engagement.meeting.api;

/** The body of {@code POST /meetings/{id}/readout}: what came of the meeting. */
public record ReadoutRequest(String readout) {}
