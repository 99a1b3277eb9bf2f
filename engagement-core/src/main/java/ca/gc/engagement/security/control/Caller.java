package ca.gc.engagement.security.control;

import ca.gc.engagement.security.entity.AboveClearanceException;
import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.security.entity.Classified;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBContext;
import jakarta.enterprise.context.Dependent;
import java.util.Optional;

/**
 * Who is calling a service, as the EJB container knows them: their name for the record, their
 * clearance for what they may read and write. Used inside EJB invocations only.
 */
@Dependent
public class Caller {

  @Resource private EJBContext context;

  public String name() {
    return context.getCallerPrincipal().getName();
  }

  public boolean isInRole(String role) {
    return context.isCallerInRole(role);
  }

  public Classification clearance() {
    return Classification.clearanceOf(context::isCallerInRole);
  }

  /** The record, if the caller may see it: a record above their clearance is simply not there. */
  public <T extends Classified> Optional<T> visible(T record) {
    return record != null && clearance().covers(record.getClassification())
        ? Optional.of(record)
        : Optional.empty();
  }

  /** Refuses to record anything above the caller's clearance. */
  public void mayRecord(Classification classification) {
    Classification clearance = clearance();
    if (classification != null && !clearance.covers(classification)) {
      throw new AboveClearanceException(classification, clearance);
    }
  }
}
