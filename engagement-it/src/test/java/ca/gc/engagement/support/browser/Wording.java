package ca.gc.engagement.support.browser;

import ca.gc.engagement.support.Deployments;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The intranet's words in one language, read from the bundles inside the built EAR: a browser test
 * that runs in English and in French asserts what a reader of that language sees, and a label
 * reworded in a bundle changes the expectation with it. Arguments are put in as the pages do
 * ({@link MessageFormat} in the page's locale); country names are the JDK's, as the pages' lists
 * show them.
 */
public final class Wording {

  private static final String BUNDLE = "WEB-INF/classes/ca/gc/engagement/ui/messages%s.properties";

  private final Locale locale;
  private final Properties words;

  private Wording(Locale locale, Properties words) {
    this.locale = locale;
    this.words = words;
  }

  /** The words of the pages in {@code language} ("en" or "fr"). */
  public static Wording in(String language) {
    WebArchive web = Deployments.builtEar().getAsType(WebArchive.class, "engagement-web.war");
    Properties words = load(web, "");
    if (!"en".equals(language)) {
      words.putAll(load(web, "_" + language));
    }
    return new Wording(Locale.forLanguageTag(language), words);
  }

  /** The language these words are in, as the pages declare it on their html element. */
  public String language() {
    return locale.getLanguage();
  }

  /** The other official language, the one the header's toggle switches to. */
  public Wording other() {
    return in("fr".equals(language()) ? "en" : "fr");
  }

  /** A message of the bundle, its arguments put in as the page would. */
  public String text(String key, Object... arguments) {
    String pattern = words.getProperty(key);
    if (pattern == null) {
      throw new AssertionError("The pages' bundle has no key " + key);
    }
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }

  /** A country's name as the pages' lists show it ("China", "Chine"). */
  public String country(String code) {
    return new Locale("", code).getDisplayCountry(locale);
  }

  /**
   * Text as read in the browser, for comparing with a bundle's: non-breaking spaces (French
   * typography puts them inside « ») read as spaces.
   */
  public static String plain(String text) {
    return text.replace('\u00a0', ' ').replace('\u202f', ' ');
  }

  private static Properties load(WebArchive web, String suffix) {
    Node node = web.get(BUNDLE.formatted(suffix));
    if (node == null) {
      throw new AssertionError("The built WAR has no " + BUNDLE.formatted(suffix));
    }
    Properties properties = new Properties();
    try (InputStream in = node.getAsset().openStream()) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
