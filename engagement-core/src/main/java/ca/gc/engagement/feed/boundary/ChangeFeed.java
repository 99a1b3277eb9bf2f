package ca.gc.engagement.feed.boundary;

import static ca.gc.engagement.security.entity.Role.ADMIN;
import static ca.gc.engagement.security.entity.Role.APPROVER;
import static ca.gc.engagement.security.entity.Role.OFFICER;
import static ca.gc.engagement.security.entity.Role.VIEWER;

import ca.gc.engagement.feed.control.ChangeLog;
import ca.gc.engagement.feed.entity.FeedKind;
import ca.gc.engagement.feed.entity.FeedPage;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.security.control.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;

/**
 * The change feed as a signed-in caller reads it: the entries after a position, of some kinds, of
 * the records the caller may see now (decision 0036). Every role reads it.
 */
@Stateless
@RolesAllowed({VIEWER, OFFICER, APPROVER, ADMIN})
public class ChangeFeed {

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @EJB private ChangeSequencer sequencer;

  /**
   * At most {@code size} (1 to {@value PageRequest#MAX_SIZE}) entries after {@code position} (0:
   * from the beginning), of {@code kinds} (all when empty). What was committed before the call and
   * not yet numbered is numbered first, so a reader sees its own writes.
   */
  public FeedPage after(long position, Set<FeedKind> kinds, int size) {
    if (ChangeLog.unnumbered(em)) {
      sequencer.number();
    }
    return ChangeLog.after(em, position, kinds, caller.clearance(), size);
  }
}
