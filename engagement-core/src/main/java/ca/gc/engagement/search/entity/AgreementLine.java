package ca.gc.engagement.search.entity;

import ca.gc.engagement.security.entity.Classified;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Synchronize;

/**
 * A agreement as the search reads it, from its kind's own view {@code searchable_agreement}
 * (migration V12): a list of agreements alone reads no other table. Read-only, under the clearance
 * filter.
 */
@Entity
@Immutable
@Synchronize({"agreement"})
@Table(name = "searchable_agreement")
@IdClass(RecordKey.class)
@Filter(name = Classified.CLEARANCE_FILTER)
public class AgreementLine extends SearchLine {

  protected AgreementLine() {}
}
