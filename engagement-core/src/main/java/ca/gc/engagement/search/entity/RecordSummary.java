package ca.gc.engagement.search.entity;

import ca.gc.engagement.security.entity.Classified;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Synchronize;

/**
 * One line of the search: a mission, meeting, agreement or statement reduced to what lists show and
 * filter on, read from the database view {@code searchable_record} (migration V9). Read-only; the
 * clearance filter applies to it as to the records themselves.
 */
@Entity
@Immutable
@Synchronize({"mission", "meeting", "agreement", "statement", "stakeholder"})
@Table(name = "searchable_record")
@IdClass(RecordKey.class)
@Filter(name = Classified.CLEARANCE_FILTER)
public class RecordSummary extends SearchLine {

  protected RecordSummary() {}
}
