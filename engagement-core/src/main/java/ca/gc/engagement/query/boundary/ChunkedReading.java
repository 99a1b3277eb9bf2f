package ca.gc.engagement.query.boundary;

import static ca.gc.engagement.security.entity.Role.ADMIN;
import static ca.gc.engagement.security.entity.Role.APPROVER;
import static ca.gc.engagement.security.entity.Role.OFFICER;
import static ca.gc.engagement.security.entity.Role.VIEWER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;

/**
 * A long read made of many list pages inside one transaction the caller opened (a CSV export of
 * thousands of rows): the services' pages all share that transaction's persistence context, which
 * would otherwise keep every record read until the end. Here the caller makes it read-only (no
 * snapshots kept for dirty checking, nothing flushed) and forgets each chunk once it is written.
 */
@Stateless
@RolesAllowed({VIEWER, OFFICER, APPROVER, ADMIN})
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ChunkedReading {

  @PersistenceContext private EntityManager em;

  /** Records read from now on in this transaction are read-only. */
  public void readOnly() {
    em.unwrap(Session.class).setDefaultReadOnly(true);
  }

  /** Forgets the records read so far in this transaction: the next chunk starts empty. */
  public void forgetChunk() {
    em.clear();
  }
}
