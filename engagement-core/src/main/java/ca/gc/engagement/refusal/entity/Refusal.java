package ca.gc.engagement.refusal.entity;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.Locale;

/**
 * A business rule refused what the caller asked. It carries a bundle key and arguments so that a
 * page can say it in the reader's language ({@link #message(Locale)}); {@link #getMessage()} stays
 * the English text, which the API's problem bodies and the logs show.
 *
 * <p>Every refusal reaches the caller as it is, not wrapped in an EJBException, and undoes the
 * call's transaction: marked once here, inherited by every kind of refusal.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class Refusal extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String key;
  private final List<Object> arguments;

  protected Refusal(String key, Object... arguments) {
    this(key, List.of(arguments));
  }

  protected Refusal(String key, List<Object> arguments) {
    super(RefusalText.sentence(key, arguments, Locale.ENGLISH));
    this.key = key;
    this.arguments = List.copyOf(arguments);
  }

  /** The refusal in the reader's language. */
  public String message(Locale locale) {
    return RefusalText.sentence(key, arguments, locale);
  }

  public String key() {
    return key;
  }
}
