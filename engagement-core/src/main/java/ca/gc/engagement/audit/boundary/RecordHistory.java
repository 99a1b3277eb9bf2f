package ca.gc.engagement.audit.boundary;

import static ca.gc.engagement.security.entity.Role.ADMIN;
import static ca.gc.engagement.security.entity.Role.APPROVER;
import static ca.gc.engagement.security.entity.Role.OFFICER;
import static ca.gc.engagement.security.entity.Role.VIEWER;

import ca.gc.engagement.audit.control.Snapshots;
import ca.gc.engagement.audit.entity.Revision;
import ca.gc.engagement.audit.entity.RevisionEntry;
import ca.gc.engagement.audit.entity.RevisionEntry.Change;
import ca.gc.engagement.records.entity.RecordNotFoundException;
import ca.gc.engagement.security.control.Caller;
import ca.gc.engagement.security.entity.Classified;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

/**
 * The audit trail of any record: who changed what, and when. A record the caller may not see has no
 * history for them; nor has any past state of it that was classified above their clearance.
 */
@Stateless
@RolesAllowed({VIEWER, OFFICER, APPROVER, ADMIN})
public class RecordHistory {

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  public List<RevisionEntry> of(Class<? extends Classified> type, String kind, long id) {
    caller.visible(em.find(type, id)).orElseThrow(() -> new RecordNotFoundException(kind, id));
    return revisions(type, id);
  }

  /** The trail of reference data that carries no classification (sectors, keyed by their code). */
  public List<RevisionEntry> ofReference(Class<?> type, String kind, String id) {
    if (em.find(type, id) == null) {
      throw new RecordNotFoundException(kind, id);
    }
    return revisions(type, id);
  }

  private List<RevisionEntry> revisions(Class<?> type, Object id) {
    EntityType<?> metamodel = em.getMetamodel().entity(type);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        AuditReaderFactory.get(em)
            .createQuery()
            .forRevisionsOfEntity(type, false, true)
            .add(AuditEntity.id().eq(id))
            .addOrder(AuditEntity.revisionNumber().asc())
            .getResultList();
    List<RevisionEntry> entries = new ArrayList<>();
    Object previous = null;
    for (Object[] row : rows) {
      Object snapshot = row[0];
      Revision revision = (Revision) row[1];
      RevisionType change = (RevisionType) row[2];
      boolean shown =
          !(snapshot instanceof Classified classified)
              || caller.clearance().covers(classified.getClassification());
      if (shown) {
        entries.add(
            switch (change) {
              case ADD ->
                  new RevisionEntry(
                      revision.getId(),
                      revision.getMadeAt(),
                      revision.getMadeBy(),
                      Change.CREATED,
                      Snapshots.presentFields(metamodel, snapshot));
              case MOD ->
                  new RevisionEntry(
                      revision.getId(),
                      revision.getMadeAt(),
                      revision.getMadeBy(),
                      Change.CHANGED,
                      previous == null
                          ? List.of()
                          : Snapshots.changedFields(metamodel, previous, snapshot));
              case DEL ->
                  new RevisionEntry(
                      revision.getId(),
                      revision.getMadeAt(),
                      revision.getMadeBy(),
                      Change.DELETED,
                      List.of());
            });
      }
      // A change is told against the state before it only if the reader may see that state:
      // the fields a declassifying change touched would tell what the hidden version said.
      previous = shown ? snapshot : null;
    }
    return entries;
  }
}
