package ca.gc.engagement.ui;

import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.security.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;

/** Who is signed in, as the header shows it, and signing out. */
@Named
@RequestScoped
public class CurrentUser {

  private static final List<String> ROLES_HIGHEST_FIRST =
      List.of(Role.ADMIN, Role.APPROVER, Role.OFFICER, Role.VIEWER);

  private ExternalContext external() {
    return FacesContext.getCurrentInstance().getExternalContext();
  }

  public boolean isSignedIn() {
    return external().getUserPrincipal() != null;
  }

  public String getName() {
    return isSignedIn() ? external().getUserPrincipal().getName() : "";
  }

  /** The user's highest role (admin, approver, officer, viewer), or empty. */
  public String getRole() {
    return ROLES_HIGHEST_FIRST.stream().filter(external()::isUserInRole).findFirst().orElse("");
  }

  public Classification getClearance() {
    return Classification.clearanceOf(external()::isUserInRole);
  }

  /** Officers and above create and edit records. */
  public boolean isMayEdit() {
    return external().isUserInRole(Role.OFFICER)
        || external().isUserInRole(Role.APPROVER)
        || external().isUserInRole(Role.ADMIN);
  }

  /** Approvers (and administrators) sign agreements off and record exemptions. */
  public boolean isMaySignOff() {
    return external().isUserInRole(Role.APPROVER) || external().isUserInRole(Role.ADMIN);
  }

  /** Administrators manage the reference data: sectors and carve-outs. */
  public boolean isAdmin() {
    return external().isUserInRole(Role.ADMIN);
  }

  public void signOut() throws IOException {
    ExternalContext external = external();
    try {
      ((HttpServletRequest) external.getRequest()).logout();
    } catch (ServletException e) {
      // the session is invalidated below whatever the mechanism says
    }
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/");
  }
}
