package ca.gc.engagement.ui;

import ca.gc.engagement.agreement.entity.AgreementHeldException;
import ca.gc.engagement.agreement.entity.ExemptionRequiredException;
import ca.gc.engagement.carveout.entity.CarveOutChangeException;
import ca.gc.engagement.carveout.entity.CarveOutViolationException;
import ca.gc.engagement.records.entity.IllegalTransitionException;
import ca.gc.engagement.records.entity.RuleViolationException;
import ca.gc.engagement.records.entity.StaleRecordException;
import ca.gc.engagement.refusal.entity.Refusal;
import ca.gc.engagement.sector.entity.SectorChangeException;
import ca.gc.engagement.sector.entity.UnknownSectorException;
import ca.gc.engagement.security.entity.AboveClearanceException;
import ca.gc.engagement.stakeholder.entity.StakeholderArchivedException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.NamingContainer;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the services' validation messages next to the fields they are about. The pages name their
 * inputs after the fields of the service parameters (title, startDate, ...), so a violation's path
 * finds the input; a list's rows are a repeating component named after the list, with inputs named
 * after the row's fields (participants[0].role: form:participants:0:role). A violation that names
 * no input goes to the form's global messages.
 *
 * <p>It is also the one place that says where a core {@link Refusal} belongs on a page: next to the
 * input it concerns ({@link #fieldOf}, {@link #criterionOf}) or, for a record page's buttons, as a
 * warning at the top ({@link #warningOf}); the API says the same refusals as problems.
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
    UIComponent form = formOf(context, formId);
    for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
      FacesMessage message =
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              inLanguage(violation, context.getViewRoot().getLocale()),
              null);
      String field = inputs.getOrDefault(path(violation), field(violation));
      context.addMessage(clientId(context, form, field), message);
    }
    context.validationFailed();
  }

  /**
   * One message for one field of a form, such as a refusal that is not a constraint violation. The
   * field may be a row's ({@code participants[0].stakeholderId}), as the services name them.
   */
  public static void show(String text, String formId, String field) {
    FacesContext context = FacesContext.getCurrentInstance();
    UIComponent form = formOf(context, formId);
    context.addMessage(
        clientId(context, form, field == null ? "" : field),
        new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    context.validationFailed();
  }

  /** A business rule's refusal next to the field it concerns, in the page's language. */
  public static void show(Refusal refusal, String formId, String field) {
    show(inLanguage(refusal), formId, field);
  }

  /**
   * The input of a form a refusal is about, as the services name the fields ({@code
   * participants[0].stakeholderId}); "" when it is about the whole form (said at its top).
   */
  public static String fieldOf(Refusal refusal) {
    if (refusal instanceof RuleViolationException rule) {
      return rule.field() == null ? "" : rule.field();
    }
    return FIELDS.getOrDefault(refusal.getClass(), "");
  }

  /** The input each refusal that names none is about, as the forms name their inputs. */
  private static final Map<Class<? extends Refusal>, String> FIELDS =
      Map.of(
          AboveClearanceException.class, "classification",
          UnknownSectorException.class, "sectors",
          StakeholderArchivedException.class, "stakeholderId",
          CarveOutChangeException.class, "code",
          SectorChangeException.class, "code");

  /**
   * The criterion of a list a refusal is about ({@code sector}), or "" for the criteria as such.
   */
  public static String criterionOf(Refusal refusal) {
    return refusal instanceof UnknownSectorException ? "sector" : "";
  }

  /**
   * What a record page warns of when a refusal stops one of its buttons (a step of the lifecycle, a
   * rate, a readout): a key of the pages' bundle, said as it is for the refusals the button
   * expects; null for any other refusal, which is said in its own words.
   */
  public static String warningOf(Refusal refusal) {
    return WARNINGS.get(refusal.getClass());
  }

  /** The pages' words for the refusals a record page's buttons expect. */
  private static final Map<Class<? extends Refusal>, String> WARNINGS =
      Map.of(
          StaleRecordException.class, "record.stale",
          IllegalTransitionException.class, "record.transition.refused",
          CarveOutViolationException.class, "agreement.step.prohibited",
          ExemptionRequiredException.class, "agreement.step.exemptionRequired",
          AgreementHeldException.class, "agreement.step.held");

  /** The arguments of the warning {@link #warningOf} names: the carve-outs that prohibit. */
  public static Object[] warningArguments(Refusal refusal) {
    if (refusal instanceof CarveOutViolationException prohibited) {
      return new Object[] {String.join(", ", prohibited.screening().carveOutCodes())};
    }
    return new Object[0];
  }

  /**
   * What a record page warns of for a refusal of one of its buttons, in a language: the page's
   * words for the refusals a button expects ({@link #warningOf}), else the refusal's own.
   */
  public static String warning(Refusal refusal, Locale locale) {
    String key = warningOf(refusal);
    return key == null
        ? refusal.message(locale)
        : Views.text(locale, key, warningArguments(refusal));
  }

  /** A refusal as a warning at the top of the page the redirect leads to. */
  public static void warn(Refusal refusal) {
    FacesContext context = FacesContext.getCurrentInstance();
    context.getExternalContext().getFlash().setKeepMessages(true);
    context.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_WARN, warning(refusal, context.getViewRoot().getLocale()), null));
  }

  /** A refusal in the page's language; its {@code getMessage()} is the English of the API. */
  public static String inLanguage(Refusal refusal) {
    return refusal.message(FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  /** The form of that id; none (its messages at the top of the page) for a button of no form. */
  private static UIComponent formOf(FacesContext context, String formId) {
    return formId == null ? null : context.getViewRoot().findComponent(formId);
  }

  /** A row's field, {@code participants[0].role}: the rows, the row's index, the field. */
  private static final Pattern ROW_FIELD = Pattern.compile("(\\w+)\\[(\\d+)\\]\\.(\\w+)");

  /**
   * The client id of the input a field path names, or null (the form's global messages). A plain
   * name is the input of that id; a row's field is the input of that id in that row of the
   * repeating component named after the list ({@code form:participants:0:role}).
   */
  private static String clientId(FacesContext context, UIComponent form, String field) {
    if (form == null || field.isEmpty()) {
      return null;
    }
    Matcher row = ROW_FIELD.matcher(field);
    if (row.matches()) {
      UIComponent rows = form.findComponent(row.group(1));
      if (!(rows instanceof NamingContainer)) {
        return rows == null ? null : rows.getClientId(context);
      }
      char separator = UINamingContainer.getSeparatorChar(context);
      return rows.getClientId(context) + separator + row.group(2) + separator + row.group(3);
    }
    UIComponent input = form.findComponent(field);
    return input == null ? null : input.getClientId(context);
  }

  /**
   * The violation's message in the page's language. The services validate in the server's language;
   * the template the message came from is interpolated again for the page's locale.
   */
  static String inLanguage(ConstraintViolation<?> violation, Locale locale) {
    try {
      return Interpolator.INSTANCE.interpolate(
          violation.getMessageTemplate(), new ViolationContext(violation), locale);
    } catch (ValidationException notInterpolable) {
      return violation.getMessage();
    }
  }

  /** Read when first needed, so that the refusal mapping needs no validation provider. */
  private static final class Interpolator {
    static final MessageInterpolator INSTANCE =
        Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();
  }

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
      if (node.getKind() == ElementKind.PROPERTY) {
        path.append(path.length() == 0 ? "" : ".").append(node.getName());
      }
    }
    return path.toString();
  }

  /**
   * The field a violation belongs to: the first property below the service parameter ({@code
   * title}), with the row when it is in a list ({@code participants[0].role}); for a parameter that
   * is not an object ({@code readout}), the parameter's name.
   */
  private static String field(ConstraintViolation<?> violation) {
    String property = null;
    Integer index = null;
    String parameter = "";
    for (Path.Node node : violation.getPropertyPath()) {
      if (property == null && node.getKind() == ElementKind.PARAMETER) {
        parameter = node.getName();
      } else if (property == null && node.getKind() == ElementKind.PROPERTY) {
        property = node.getName();
      } else if (property != null) {
        index = node.getIndex() != null ? node.getIndex() : index;
        if (node.getKind() == ElementKind.PROPERTY) {
          return index == null ? property : property + "[" + index + "]." + node.getName();
        }
      }
    }
    return property != null ? property : parameter;
  }
}
