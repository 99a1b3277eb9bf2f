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
import java.util.Map;

/**
 * Puts the services' validation messages next to the fields they are about. The pages name their
 * inputs after the fields of the service parameters (title, startDate, ...), so the last node of a
 * violation's path finds the input; a violation without one goes to the form's global messages.
 */
public final class FieldMessages {

  private FieldMessages() {}

  public static void show(ConstraintViolationException exception, String formId) {
    show(exception, formId, Map.of());
  }

  /**
   * As {@link #show(ConstraintViolationException, String)}, for a form that shows some fields
   * through an input of another name: {@code inputs} maps a violation's property path
   * ("source.url", "originKind") to the id of the input it belongs next to ("sourceUrl",
   * "originId").
   */
  public static void show(
      ConstraintViolationException exception, String formId, Map<String, String> inputs) {
    FacesContext context = FacesContext.getCurrentInstance();
    UIComponent form = context.getViewRoot().findComponent(formId);
    for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
      String field = inputs.getOrDefault(path(violation), field(violation));
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
    UIComponent input = form == null ? null : form.findComponent(field);
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

  /** The properties below the service parameter, dotted: "source.url". */
  private static String path(ConstraintViolation<?> violation) {
    StringBuilder path = new StringBuilder();
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
        path.append(path.length() == 0 ? "" : ".").append(node.getName());
      }
    }
    return path.toString();
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
