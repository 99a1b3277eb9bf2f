package ca.gc.engagement.query.boundary;

import static ca.gc.engagement.security.entity.Role.ADMIN;
import static ca.gc.engagement.security.entity.Role.APPROVER;
import static ca.gc.engagement.security.entity.Role.OFFICER;
import static ca.gc.engagement.security.entity.Role.VIEWER;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;

/**
 * A long read made of many list pages inside one transaction (a CSV export of thousands of rows):
 * {@link #read} opens it, read-only, and runs the whole read in it, so that the services' pages,
 * each read with the caller's clearance as always, share one snapshot and one persistence context;
 * between chunks the reader forgets what it has written ({@link #forgetChunk}), so that a chunk at
 * a time is in memory. The transaction is the container's: it commits when the read returns
 * (nothing was written: a read-only session) and rolls back when it fails or a refusal marked it
 * so.
 */
@Stateless
@RolesAllowed({VIEWER, OFFICER, APPROVER, ADMIN})
public class ChunkedReading {

  /** A read that may fail as its caller does (writing to a file or a response). */
  @FunctionalInterface
  public interface Read {
    void run() throws Exception;
  }

  /**
   * What a read threw, carried out unwrapped: a checked exception is the caller's to judge, so the
   * container neither logs it nor wraps it (the transaction is rolled back all the same).
   */
  public static final class ReadFailed extends Exception {
    private static final long serialVersionUID = 1L;

    ReadFailed(Exception cause) {
      super(cause);
    }
  }

  @PersistenceContext private EntityManager em;

  @Resource private SessionContext context;

  /** Runs {@code read} in one read-only transaction of its own. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void read(Read read) throws ReadFailed {
    em.unwrap(Session.class).setDefaultReadOnly(true);
    try {
      read.run();
    } catch (Exception e) {
      context.setRollbackOnly();
      throw new ReadFailed(e);
    }
  }

  /** Forgets the records read so far in this transaction: the next chunk starts empty. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void forgetChunk() {
    em.clear();
  }
}
