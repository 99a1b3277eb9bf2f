package ca.gc.engagement.search.entity;

import ca.gc.engagement.security.entity.Classified;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Synchronize;

/**
 * A meeting as the search reads it, from its kind's own view {@code searchable_meeting} (migration
 * V12): a list of meetings alone reads no other table. Read-only, under the clearance filter.
 */
@Entity
@Immutable
@Synchronize({"meeting"})
@Table(name = "searchable_meeting")
@IdClass(RecordKey.class)
@Filter(name = Classified.CLEARANCE_FILTER)
public class MeetingLine extends SearchLine {

  protected MeetingLine() {}
}
