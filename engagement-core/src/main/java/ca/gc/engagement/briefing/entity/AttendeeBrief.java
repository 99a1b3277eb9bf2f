package ca.gc.engagement.briefing.entity;

import ca.gc.engagement.meeting.entity.Side;
import ca.gc.engagement.security.entity.Classification;
import java.io.Serializable;

/**
 * A participant of a meeting: the stakeholder on file (name, title, organisation), the side and
 * role at the table; marked at the stakeholder record's level.
 */
public record AttendeeBrief(
    String name, String title, String organisation, Side side, String role, Classification marking)
    implements Serializable, Marked {}
