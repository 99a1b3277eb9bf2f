package ca.gc.engagement.carveout.control;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A carve-out keyword as screening looks for it: a whole word or phrase, in any case of any script
 * ("MINÉRAUX CRITIQUES" finds "minéraux critiques"), words separated by any spaces, line breaks or
 * dashes ("dual-use" finds "dual use"). Letters, marks and digits of every script count as word
 * characters, so "Arctic" is found in "the Arctic's routes" and "pan-Arctic" but not in
 * "Arcticfox".
 *
 * <p>Accents count: English "defense" does not find French "défense", which also means "defending"
 * (a canola text on "la défense des intérêts des producteurs" must stay clear); a carve-out lists
 * the French forms it means ("défense nationale").
 */
final class Phrase {

  private static final String WORD_CHARACTER = "[\\p{L}\\p{M}\\p{N}]";
  private static final String SEPARATOR = "[\\s\\p{Z}\\p{Pd}]+";
  private static final Pattern APOSTROPHES = Pattern.compile("[\\u2018\\u2019\\u02BC]");

  /**
   * Each keyword's pattern, compiled once: a page of 200 meetings is screened against every keyword
   * of every carve-out in force, and they were compiled again for each record. Keywords are an
   * administrator's short lists; the bound only guards memory.
   */
  private static final Map<String, Optional<Phrase>> COMPILED = new ConcurrentHashMap<>();

  private static final int MOST_COMPILED = 10_000;

  private final Pattern pattern;

  /** Its first word {@link #caseless}, which any text it occurs in contains; null: no shortcut. */
  private final String firstWord;

  private Phrase(Pattern pattern, String firstWord) {
    this.pattern = pattern;
    this.firstWord = firstWord;
  }

  /** Null when the keyword holds no word at all (then it can match nothing). */
  static Phrase of(String keyword) {
    Optional<Phrase> known = COMPILED.get(keyword);
    if (known == null) {
      if (COMPILED.size() >= MOST_COMPILED) {
        COMPILED.clear();
      }
      known = Optional.ofNullable(compile(keyword));
      COMPILED.put(keyword, known);
    }
    return known.orElse(null);
  }

  private static Phrase compile(String keyword) {
    List<String> words =
        Arrays.stream(fold(keyword).strip().split(SEPARATOR)).filter(w -> !w.isEmpty()).toList();
    if (words.isEmpty()) {
      return null;
    }
    String body = words.stream().map(Pattern::quote).collect(Collectors.joining(SEPARATOR));
    String first = words.get(0);
    boolean basic = first.chars().noneMatch(c -> Character.isSurrogate((char) c));
    return new Phrase(
        Pattern.compile(
            "(?<!" + WORD_CHARACTER + ")" + body + "(?!" + WORD_CHARACTER + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
        basic ? caseless(first) : null);
  }

  /**
   * The text as phrases are looked for in it: one Unicode form (an accent typed as a separate mark
   * is the accented letter; a no-break space is a space, a ligature its letters), typographic
   * apostrophes made plain.
   */
  static String fold(String text) {
    String composed = Normalizer.normalize(text, Normalizer.Form.NFKC);
    return APOSTROPHES.matcher(composed).replaceAll("'");
  }

  /**
   * A folded text with each letter in one case, character by character (so its length and every
   * position stay): two letters the case-insensitive pattern takes as equal become equal here. A
   * text that does not even contain a phrase's first word this way cannot contain the phrase, and
   * most texts are screened against most keywords without running their patterns at all.
   */
  static String caseless(String folded) {
    char[] letters = folded.toCharArray();
    for (int i = 0; i < letters.length; i++) {
      letters[i] = Character.toLowerCase(Character.toUpperCase(letters[i]));
    }
    return new String(letters);
  }

  /**
   * Whether the phrase occurs in a text already {@link #fold folded}, given also as {@link
   * #caseless} (computed once for all the keywords a text is screened against).
   */
  boolean occursIn(String foldedText, String caselessText) {
    if (firstWord != null && !caselessText.contains(firstWord)) {
      return false;
    }
    return pattern.matcher(foldedText).find();
  }
}
