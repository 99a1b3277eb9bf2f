package ca.gc.engagement.audit.entity;

import ca.gc.engagement.audit.entity.RevisionEntry.Change;
import ca.gc.engagement.security.entity.Classified;
import jakarta.ejb.EJBContext;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.hibernate.envers.EntityTrackingRevisionListener;
import org.hibernate.envers.RevisionType;

/**
 * Stamps each revision with the caller who made it, and notes every record it creates or changes
 * (the change feed's rows). Envers creates this listener itself, so it asks the container for the
 * EJB context of the service invocation in progress (every change goes through one); outside the
 * server (unit tests) the author is "system".
 */
public class RevisionAuthor implements EntityTrackingRevisionListener {

  static final String OUTSIDE_THE_SERVER = "system";

  @Override
  public void newRevision(Object revision) {
    ((Revision) revision).setMadeBy(currentCaller());
  }

  /**
   * Called by Envers for each audited entity the revision wrote, and for the owner of each
   * collection it wrote (a meeting's participants, a measure's rates: Envers reports the owning
   * record, as CHANGED). Only records count ({@link Classified}: what a reader may or may not see);
   * reference data (sectors) is left out, and records are never deleted (DEL is never a change).
   */
  @Override
  public void entityChanged(
      Class entityClass,
      String entityName,
      Object entityId,
      RevisionType revisionType,
      Object revision) {
    if (entityClass == null
        || !Classified.class.isAssignableFrom(entityClass)
        || !(entityId instanceof Long id)
        || revisionType == RevisionType.DEL) {
      return;
    }
    ((Revision) revision)
        .changed(
            RecordChange.tableOf(entityClass),
            id,
            revisionType == RevisionType.ADD ? Change.CREATED : Change.CHANGED);
  }

  private static String currentCaller() {
    try {
      EJBContext context = (EJBContext) new InitialContext().lookup("java:comp/EJBContext");
      return context.getCallerPrincipal().getName();
    } catch (NamingException | IllegalStateException notInAnInvocation) {
      return OUTSIDE_THE_SERVER;
    }
  }
}
