package ca.gc.engagement.briefing.entity;

import ca.gc.engagement.followup.entity.OriginKind;
import ca.gc.engagement.security.entity.Classification;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * An open follow-up of the mission, one of its meetings or one of its agreements.
 *
 * @param origin the title of the record it comes from
 */
public record FollowUpBrief(
    long id,
    String description,
    OriginKind originKind,
    String origin,
    String owner,
    LocalDate dueDate,
    Classification marking)
    implements Serializable, Marked {}
