package ca.gc.engagement.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;

/**
 * Puts the services' validation messages next to the fields they are about. The pages name their
 * inputs after the fields of the service parameters (title, startDate, ...), so the last node of a
 * violation's path finds the input; a violation without one goes to the form's global messages.
 */
public final class FieldMessages {

  private FieldMessages() {}

  public static void show(ConstraintViolationException exception, String formId) {
    FacesContext context = FacesContext.getCurrentInstance();
    UIComponent form = context.getViewRoot().findComponent(formId);
    for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
      String field = field(violation);
      UIComponent input = form == null || field.isEmpty() ? null : form.findComponent(field);
      FacesMessage message =
          new FacesMessage(FacesMessage.SEVERITY_ERROR, violation.getMessage(), null);
      context.addMessage(input == null ? null : input.getClientId(context), message);
    }
    context.validationFailed();
  }

  /** One message for one field of a form, such as a refusal that is not a constraint violation. */
  public static void show(String text, String formId, String field) {
    FacesContext context = FacesContext.getCurrentInstance();
    UIComponent form = context.getViewRoot().findComponent(formId);
    UIComponent input = form == null ? null : form.findComponent(field);
    context.addMessage(
        input == null ? null : input.getClientId(context),
        new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    context.validationFailed();
  }

  /** The input id a violation belongs to: the first property below the service parameter. */
  private static String field(ConstraintViolation<?> violation) {
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
        return node.getName();
      }
    }
    return "";
  }
}
