package ca.gc.engagement.refusal.entity;

import java.util.List;
import java.util.Locale;

/**
 * A word or phrase of a refusal kept in the ValidationMessages bundles by key, with its own
 * arguments: "signé" for an agreement's SIGNED, "cet accord" for "this agreement". Java constants
 * never reach a French reader.
 */
public record Term(String key, List<Object> arguments) implements Localized {

  private static final long serialVersionUID = 1L;

  public Term {
    arguments = List.copyOf(arguments);
  }

  public static Term of(String key, Object... arguments) {
    return new Term(key, List.of(arguments));
  }

  /** A lifecycle status or a classification: key {@code ca.gc.engagement.enum.<Type>.<NAME>}. */
  public static Term of(Enum<?> value) {
    return of(enumKey(value));
  }

  public static String enumKey(Enum<?> value) {
    return "ca.gc.engagement.enum."
        + value.getDeclaringClass().getSimpleName()
        + "."
        + value.name();
  }

  /**
   * A record kind ("trade measure") in one of its forms: {@link Form#NOUN} "mission", {@link
   * Form#THE} "la mission", {@link Form#A} "une mission", {@link Form#THIS} "cette mission".
   */
  public static Term kind(String kind, Form form) {
    return of(kindKey(kind, form));
  }

  public static String kindKey(String kind, Form form) {
    return "ca.gc.engagement.kind." + kind.replaceAll("[^a-z]", "") + form.suffix;
  }

  @Override
  public String in(Locale locale) {
    return RefusalText.render(key, arguments, locale);
  }

  /**
   * How a kind is named in a sentence; French needs the article and the demonstrative by gender.
   */
  public enum Form {
    NOUN(""),
    THE(".the"),
    A(".a"),
    THIS(".this");

    private final String suffix;

    Form(String suffix) {
      this.suffix = suffix;
    }
  }
}
