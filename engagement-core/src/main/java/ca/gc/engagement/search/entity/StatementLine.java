package ca.gc.engagement.search.entity;

import ca.gc.engagement.security.entity.Classified;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Synchronize;

/**
 * A statement as the search reads it, from its kind's own view {@code searchable_statement}
 * (migration V12): a list of statements alone reads no other table. Read-only, under the clearance
 * filter.
 */
@Entity
@Immutable
@Synchronize({"statement", "stakeholder"})
@Table(name = "searchable_statement")
@IdClass(RecordKey.class)
@Filter(name = Classified.CLEARANCE_FILTER)
public class StatementLine extends SearchLine {

  protected StatementLine() {}
}
