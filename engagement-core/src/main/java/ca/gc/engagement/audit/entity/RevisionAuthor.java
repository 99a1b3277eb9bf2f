package ca.gc.engagement.audit.entity;

import jakarta.ejb.EJBContext;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.hibernate.envers.RevisionListener;

/**
 * Stamps each revision with the caller who made it. Envers creates this listener itself, so it asks
 * the container for the EJB context of the service invocation in progress (every change goes
 * through one); outside the server (unit tests) the author is "system".
 */
public class RevisionAuthor implements RevisionListener {

  static final String OUTSIDE_THE_SERVER = "system";

  @Override
  public void newRevision(Object revision) {
    ((Revision) revision).setMadeBy(currentCaller());
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
