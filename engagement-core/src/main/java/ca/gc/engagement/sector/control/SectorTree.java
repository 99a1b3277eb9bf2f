package ca.gc.engagement.sector.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The sector tree as it stood when it was read: which sector is within which. Immutable, built from
 * (code, parent) pairs, so screening and validation work on a snapshot without a database. A sector
 * is within itself and within each of its ancestors; a carve-out that covers a sector therefore
 * covers everything below it.
 */
public final class SectorTree {

  /** One sector and the code of the sector it sits within (null at the top). */
  public record Node(String code, String parent) {

    public Node {
      Objects.requireNonNull(code, "code");
    }

    public static Node top(String code) {
      return new Node(code, null);
    }

    public static Node under(String parent, String code) {
      return new Node(code, Objects.requireNonNull(parent, "parent"));
    }
  }

  private static final SectorTree EMPTY = new SectorTree(List.of());

  private final Map<String, String> parents;
  private final Map<String, List<String>> children;

  private SectorTree(Collection<Node> nodes) {
    Map<String, String> parentOf = new HashMap<>();
    for (Node node : nodes) {
      if (parentOf.containsKey(node.code())) {
        throw new IllegalArgumentException("Sector " + node.code() + " appears twice");
      }
      parentOf.put(node.code(), node.parent());
    }
    Map<String, List<String>> childrenOf = new HashMap<>();
    for (Node node : nodes) {
      if (node.parent() == null) {
        continue;
      }
      if (!parentOf.containsKey(node.parent())) {
        throw new IllegalArgumentException(
            "Sector " + node.code() + " is under " + node.parent() + ", which is not in the tree");
      }
      childrenOf.computeIfAbsent(node.parent(), p -> new ArrayList<>()).add(node.code());
    }
    childrenOf.values().forEach(list -> list.sort(null));
    this.parents = Collections.unmodifiableMap(parentOf);
    this.children = Collections.unmodifiableMap(childrenOf);
    for (String code : parents.keySet()) {
      ancestorsAndSelf(code); // fails on a cycle
    }
  }

  public static SectorTree of(Collection<Node> nodes) {
    return new SectorTree(List.copyOf(nodes));
  }

  public static SectorTree of(Node... nodes) {
    return of(List.of(nodes));
  }

  public static SectorTree empty() {
    return EMPTY;
  }

  public boolean contains(String code) {
    return parents.containsKey(code);
  }

  /** Every code in the tree, in alphabetical order. */
  public Set<String> codes() {
    return Collections.unmodifiableSet(new TreeSet<>(parents.keySet()));
  }

  public Optional<String> parentOf(String code) {
    return Optional.ofNullable(parents.get(code));
  }

  /** The sectors at the top of the tree, in alphabetical order. */
  public List<String> roots() {
    return parents.entrySet().stream()
        .filter(e -> e.getValue() == null)
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  /** The sectors directly within this one, in alphabetical order. */
  public List<String> childrenOf(String code) {
    return List.copyOf(children.getOrDefault(code, List.of()));
  }

  /**
   * The sector itself, then its parent, up to the top of the tree. An unknown code has no ancestors
   * it knows of: just itself.
   */
  public List<String> ancestorsAndSelf(String code) {
    List<String> line = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String at = code; at != null; at = parents.get(at)) {
      if (!seen.add(at)) {
        throw new IllegalArgumentException("The sectors " + seen + " form a cycle");
      }
      line.add(at);
    }
    return List.copyOf(line);
  }

  /** Whether {@code code} is {@code ancestor} itself or somewhere below it. */
  public boolean isWithin(String code, String ancestor) {
    return code != null && ancestor != null && ancestorsAndSelf(code).contains(ancestor);
  }

  /** The sector and everything below it, at any depth; just the code for a leaf or unknown code. */
  public Set<String> descendantsAndSelf(String code) {
    Set<String> found = new LinkedHashSet<>();
    Deque<String> pending = new ArrayDeque<>();
    pending.add(code);
    while (!pending.isEmpty()) {
      String next = pending.removeFirst();
      if (found.add(next)) {
        pending.addAll(children.getOrDefault(next, List.of()));
      }
    }
    return Collections.unmodifiableSet(found);
  }

  /**
   * The codes the tree does not have, in alphabetical order; nulls are no codes and are skipped.
   */
  public Set<String> unknown(Collection<String> codes) {
    Set<String> unknown = new TreeSet<>();
    if (codes != null) {
      codes.stream().filter(Objects::nonNull).filter(c -> !contains(c)).forEach(unknown::add);
    }
    return Collections.unmodifiableSet(unknown);
  }

  /**
   * Whether {@code code} may be placed under {@code parent} (null: at the top) without making a
   * cycle: the new parent must not be the sector itself or one of its descendants.
   */
  public boolean canPlace(String code, String parent) {
    return parent == null || !isWithin(parent, code);
  }
}
