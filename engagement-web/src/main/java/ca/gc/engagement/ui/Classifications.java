package ca.gc.engagement.ui;

import ca.gc.engagement.security.entity.Classification;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;

/** The classifications a user may give a record: those up to their own clearance. */
@Named
@RequestScoped
public class Classifications {

  @Inject private CurrentUser user;

  public List<Classification> getAssignable() {
    Classification clearance = user.getClearance();
    return Arrays.stream(Classification.values()).filter(clearance::covers).toList();
  }
}
