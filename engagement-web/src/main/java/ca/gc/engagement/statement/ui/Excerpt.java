package ca.gc.engagement.statement.ui;

/** The beginning of a statement's text for a list, cut at a word; the whole is on its page. */
final class Excerpt {

  /** How much of the text a list shows. */
  static final int LENGTH = 160;

  private Excerpt() {}

  static String of(String text) {
    if (text == null || text.length() <= LENGTH) {
      return text;
    }
    int cut = text.lastIndexOf(' ', LENGTH);
    return text.substring(0, cut > 0 ? cut : LENGTH) + " …";
  }
}
