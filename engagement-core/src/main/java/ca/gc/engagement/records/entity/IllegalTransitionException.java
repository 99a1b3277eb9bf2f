package ca.gc.engagement.records.entity;

import jakarta.ejb.ApplicationException;
import java.util.Collection;
import java.util.stream.Collectors;

/** A status change the record's lifecycle does not allow; the message names the ones it does. */
@ApplicationException(rollback = true)
public class IllegalTransitionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String from;
  private final String to;
  private final java.util.List<String> allowed;

  public IllegalTransitionException(
      String kind, Enum<?> from, Enum<?> to, Collection<? extends Enum<?>> allowed) {
    super(message(kind, from, to, allowed));
    this.from = from.name();
    this.to = to.name();
    this.allowed = allowed.stream().map(Enum::name).toList();
  }

  private static String message(
      String kind, Enum<?> from, Enum<?> to, Collection<? extends Enum<?>> allowed) {
    String options =
        allowed.isEmpty()
            ? "none: " + from + " is final"
            : allowed.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
    return (startsWithAVowel(kind) ? "An " : "A ")
        + kind
        + " cannot go from "
        + from
        + " to "
        + to
        + ". Allowed from "
        + from
        + ": "
        + options
        + ".";
  }

  /** "An agreement", "A meeting": the kinds are English nouns; none starts with a silent h. */
  private static boolean startsWithAVowel(String kind) {
    return !kind.isEmpty() && "aeiou".indexOf(Character.toLowerCase(kind.charAt(0))) >= 0;
  }

  public String from() {
    return from;
  }

  public String to() {
    return to;
  }

  public java.util.List<String> allowed() {
    return allowed;
  }
}
