package ca.gc.engagement.api.kept;

import ca.gc.engagement.query.boundary.ChangeClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The answers kept on this node, by who asked what ({@link Question}), at most {@link #BUDGET}
 * bytes of them, the least recently given dropped first. An answer is given again only while
 * nothing on file has changed since it was computed, on any node ({@link ChangeClock}); one that is
 * no longer current is dropped when next asked for.
 *
 * <p>Why keep whole answers: other departments' systems poll the same lists, and an answer that is
 * computed again costs the screening of every record on the page, the loading of each, and the
 * writing of the JSON, for bytes that have not changed (docs/benchmarks.md). Why per caller: a
 * caller's name, roles and clearance are all the answer depends on besides the records, so no
 * answer is ever given to anyone but the caller it was computed for (decision 0027).
 */
@ApplicationScoped
public class KeptAnswers {

  /** The most bytes of answers kept: a few thousand pages of 20 meetings. */
  static final long BUDGET = 32L * 1024 * 1024;

  @Inject ChangeClock clock;

  private final Map<Question, Answer> answers = new LinkedHashMap<>(256, 0.75f, true);
  private long bytes;

  /** The kept answer to the question, if it is still current. */
  Optional<Answer> current(Question question) {
    Answer answer;
    synchronized (this) {
      answer = answers.get(question);
    }
    if (answer == null) {
      return Optional.empty();
    }
    if (clock.unchangedSince(answer.since())) {
      return Optional.of(answer);
    }
    forget(question, answer);
    return Optional.empty();
  }

  /** The moment to take before computing an answer that is to be kept. */
  long now() {
    return clock.now();
  }

  synchronized void keep(Question question, Answer answer) {
    if (answer.body().length > BUDGET / 64) {
      return;
    }
    Answer before = answers.put(question, answer);
    bytes += answer.body().length - (before == null ? 0 : before.body().length);
    var eldest = answers.entrySet().iterator();
    while (bytes > BUDGET && eldest.hasNext()) {
      bytes -= eldest.next().getValue().body().length;
      eldest.remove();
    }
  }

  private synchronized void forget(Question question, Answer answer) {
    if (answers.remove(question, answer)) {
      bytes -= answer.body().length;
    }
  }

  synchronized int size() {
    return answers.size();
  }
}
