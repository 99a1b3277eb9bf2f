package ca.gc.engagement.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Both official languages say everything: the English and French bundles hold the same keys, none
 * empty, and every key a page names literally ({@code msg['…']}) is in them.
 */
class MessageBundlesTest {

  private static final Pattern LITERAL_KEY = Pattern.compile("msg\\['([^']+)'\\](?!\\s*\\.concat)");

  @Test
  void englishAndFrenchHoldTheSameKeys() {
    Properties english = bundle("messages.properties");
    Properties french = bundle("messages_fr.properties");
    Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
    onlyEnglish.removeAll(french.stringPropertyNames());
    Set<String> onlyFrench = new TreeSet<>(french.stringPropertyNames());
    onlyFrench.removeAll(english.stringPropertyNames());
    assertEquals(Set.of(), onlyEnglish, "keys with no French text");
    assertEquals(Set.of(), onlyFrench, "keys with no English text");
  }

  @Test
  void noTextIsEmpty() {
    for (String name : new String[] {"messages.properties", "messages_fr.properties"}) {
      Properties texts = bundle(name);
      Set<String> empty = new TreeSet<>();
      for (String key : texts.stringPropertyNames()) {
        // "role." is the label of no role at all (a signed-out header), empty on purpose
        if (texts.getProperty(key).isBlank() && !key.equals("role.")) {
          empty.add(key);
        }
      }
      assertEquals(Set.of(), empty, name + ": keys without text");
    }
  }

  @Test
  void everyKeyThePagesNameExists() throws IOException {
    Properties english = bundle("messages.properties");
    Set<String> missing = new TreeSet<>();
    int named = 0;
    try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        Matcher key = LITERAL_KEY.matcher(Files.readString(page));
        while (key.find()) {
          named++;
          if (!english.containsKey(key.group(1))) {
            missing.add(key.group(1) + " (" + page.getFileName() + ")");
          }
        }
      }
    }
    assertTrue(named > 50, "the pages name their texts through msg['…']: found only " + named);
    assertEquals(Set.of(), missing, "keys the pages name but the bundle lacks");
  }

  private static Properties bundle(String name) {
    Properties texts = new Properties();
    try (InputStream in =
        MessageBundlesTest.class.getResourceAsStream("/ca/gc/engagement/ui/" + name)) {
      texts.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return texts;
  }
}
