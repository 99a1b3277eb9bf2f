package ca.gc.engagement.bench;

import java.util.List;

/**
 * One thing a client does, as wrk will do it: the paths (one picked at random per request), who
 * asks (Basic credentials, or the pages' session), what it accepts, a JSON body for a POST, and one
 * more header if any ({@code Cache-Control: no-cache}, {@code If-None-Match: "…"}).
 */
record Operation(
    String name,
    List<String> paths,
    Who who,
    String accept,
    String body,
    boolean countStatements,
    String header) {

  Operation(
      String name,
      List<String> paths,
      Who who,
      String accept,
      String body,
      boolean countStatements) {
    this(name, paths, who, accept, body, countStatements, null);
  }

  /** Who asks: nobody (the ceilings), an API account, or a signed-in desk officer's session. */
  enum Who {
    NOBODY,
    VIEWER,
    OFFICER,
    SESSION
  }

  static Operation get(String name, String path, Who who, String accept) {
    return new Operation(name, List.of(path), who, accept, null, who != Who.NOBODY);
  }

  /** The same operation sending one more header ({@code Name: value}). */
  Operation with(String name, String header) {
    return new Operation(name, paths, who, accept, body, countStatements, header);
  }

  /**
   * Whether it records something: an officer's POST (an API reader's POST, a screening, does not).
   */
  boolean writes() {
    return post() && who == Who.OFFICER;
  }

  boolean post() {
    return body != null;
  }
}
