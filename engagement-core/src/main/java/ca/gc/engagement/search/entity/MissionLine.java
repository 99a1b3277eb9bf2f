package ca.gc.engagement.search.entity;

import ca.gc.engagement.security.entity.Classified;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Synchronize;

/**
 * A mission as the search reads it, from its kind's own view {@code searchable_mission} (migration
 * V12): a list of missions alone reads no other table. Read-only, under the clearance filter.
 */
@Entity
@Immutable
@Synchronize({"mission"})
@Table(name = "searchable_mission")
@IdClass(RecordKey.class)
@Filter(name = Classified.CLEARANCE_FILTER)
public class MissionLine extends SearchLine {

  protected MissionLine() {}
}
