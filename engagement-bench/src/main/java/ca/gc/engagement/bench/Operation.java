package ca.gc.engagement.bench;

import java.util.List;

/**
 * One thing a client does, as wrk will do it: the paths (one picked at random per request), who
 * asks (Basic credentials, or the pages' session), what it accepts, and a JSON body for a POST.
 */
record Operation(
    String name, List<String> paths, Who who, String accept, String body, boolean countStatements) {

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

  boolean post() {
    return body != null;
  }
}
