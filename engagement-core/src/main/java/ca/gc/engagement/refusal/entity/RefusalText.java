package ca.gc.engagement.refusal.entity;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Renders a refusal's key and arguments from the ValidationMessages bundles, where the Bean
 * Validation messages live too. Arguments are turned into text first ({@link Localized} in the
 * reader's locale, anything else as it prints), so MessageFormat never regroups an id or reformats
 * a date. No fallback to the server's default locale: English is the base bundle.
 */
public final class RefusalText {

  private static final String BUNDLE = "ValidationMessages";

  private RefusalText() {}

  /** A whole sentence: it starts with a capital even when it starts with a term ("la mission"). */
  public static String sentence(String key, List<?> arguments, Locale locale) {
    String text = render(key, arguments, locale);
    return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
  }

  /** A phrase, as the bundle writes it. */
  public static String render(String key, List<?> arguments, Locale locale) {
    Object[] words = arguments.stream().map(argument -> word(argument, locale)).toArray();
    return new MessageFormat(bundle(locale).getString(key), locale).format(words);
  }

  private static String word(Object argument, Locale locale) {
    return argument instanceof Localized localized
        ? localized.in(locale)
        : String.valueOf(argument);
  }

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        BUNDLE,
        locale,
        RefusalText.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
