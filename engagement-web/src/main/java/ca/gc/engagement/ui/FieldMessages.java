package ca.gc.engagement.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Locale;

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
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              inLanguage(violation, context.getViewRoot().getLocale()),
              null);
      context.addMessage(input == null ? null : input.getClientId(context), message);
    }
    context.validationFailed();
  }

  /** One message for one field of a form, such as a refusal that is not a constraint violation. */
  public static void show(String text, String formId, String field) {
    FacesContext context = FacesContext.getCurrentInstance();
    UIComponent form = context.getViewRoot().findComponent(formId);
    UIComponent input =
        form == null || field == null || field.isEmpty() ? null : form.findComponent(field);
    context.addMessage(
        input == null ? null : input.getClientId(context),
        new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    context.validationFailed();
  }

  /**
   * The violation's message in the page's language. The services validate in the server's language;
   * the template the message came from is interpolated again for the page's locale.
   */
  static String inLanguage(ConstraintViolation<?> violation, Locale locale) {
    try {
      return INTERPOLATOR.interpolate(
          violation.getMessageTemplate(), new ViolationContext(violation), locale);
    } catch (ValidationException notInterpolable) {
      return violation.getMessage();
    }
  }

  private static final MessageInterpolator INTERPOLATOR =
      Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();

  /** What an interpolator needs to know of a violation already found. */
  private record ViolationContext(ConstraintViolation<?> violation)
      implements MessageInterpolator.Context {
    @Override
    public ConstraintDescriptor<?> getConstraintDescriptor() {
      return violation.getConstraintDescriptor();
    }

    @Override
    public Object getValidatedValue() {
      return violation.getInvalidValue();
    }

    @Override
    public <T> T unwrap(Class<T> type) {
      if (type.isInstance(this)) {
        return type.cast(this);
      }
      throw new ValidationException("No " + type.getName() + " behind a violation already found");
    }
  }

  /**
   * The input id a violation belongs to: the first property below the service parameter, or the
   * parameter itself when it is the field (a step's {@code on}, an exemption's {@code
   * justification}), as the API names it.
   */
  private static String field(ConstraintViolation<?> violation) {
    String parameter = "";
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
        return node.getName();
      }
      if (node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
        parameter = node.getName();
      }
    }
    return parameter;
  }
}
