package ca.gc.engagement.records.entity;

import ca.gc.engagement.refusal.entity.Localized;
import ca.gc.engagement.refusal.entity.Refusal;
import ca.gc.engagement.refusal.entity.Term;
import ca.gc.engagement.refusal.entity.Term.Form;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** A status change the record's lifecycle does not allow; the message names the ones it does. */
public class IllegalTransitionException extends Refusal {

  private static final long serialVersionUID = 1L;

  private final String from;
  private final String to;
  private final List<String> allowed;

  public IllegalTransitionException(
      String kind, Enum<?> from, Enum<?> to, Collection<? extends Enum<?>> allowed) {
    super(
        "ca.gc.engagement.record.transition",
        Term.kind(kind, Form.A),
        Term.of(from),
        Term.of(to),
        options(from, allowed));
    this.from = from.name();
    this.to = to.name();
    this.allowed = allowed.stream().map(Enum::name).toList();
  }

  private static Localized options(Enum<?> from, Collection<? extends Enum<?>> allowed) {
    if (allowed.isEmpty()) {
      return Term.of("ca.gc.engagement.record.transition.final", Term.of(from));
    }
    List<Term> each =
        allowed.stream()
            .sorted(Comparator.comparing(Enum::name))
            .map(status -> Term.of(status))
            .toList();
    return locale -> String.join(", ", each.stream().map(term -> term.in(locale)).toList());
  }

  public String from() {
    return from;
  }

  public String to() {
    return to;
  }

  public List<String> allowed() {
    return allowed;
  }
}
