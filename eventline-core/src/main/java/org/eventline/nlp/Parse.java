package org.eventline.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * A dependency parse of one sentence, with look-ups by head and dependent.
 */
public final class Parse {
  private final Sentence sentence;
  private final List<Dependency> dependencies;
  private final List<List<Dependency>> outgoing;
  private final List<List<Dependency>> incoming;

  public Parse(Sentence sentence, List<Dependency> dependencies) {
    this.sentence = sentence;
    this.dependencies = List.copyOf(dependencies);
    int n = sentence.tokens().size();
    this.outgoing = new ArrayList<>(n);
    this.incoming = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      outgoing.add(new ArrayList<>());
      incoming.add(new ArrayList<>());
    }
    for (Dependency d : dependencies) {
      if (d.governor() >= 0) {
        outgoing.get(d.governor()).add(d);
      }
      incoming.get(d.dependent()).add(d);
    }
  }

  public Sentence sentence() {
    return sentence;
  }

  public List<Dependency> dependencies() {
    return dependencies;
  }

  public Token token(int i) {
    return sentence.tokens().get(i);
  }

  /** Dependencies headed by token {@code i}. */
  public List<Dependency> children(int i) {
    return outgoing.get(i);
  }

  /** Dependencies in which token {@code i} is the dependent (enhanced graphs allow several). */
  public List<Dependency> heads(int i) {
    return incoming.get(i);
  }

  /** Children of {@code i} whose relation is {@code relation} or starts with {@code relation + ":"}. */
  public List<Integer> children(int i, String relation) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : outgoing.get(i)) {
      if (d.relation().equals(relation) || d.base().equals(relation)) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /**
   * The dependency by which {@code dependent} hangs from {@code governor} (-1 for the root), the first
   * of them in an enhanced graph; null when it does not hang from it.
   */
  public Dependency between(int governor, int dependent) {
    for (Dependency d : incoming.get(dependent)) {
      if (d.governor() == governor) {
        return d;
      }
    }
    return null;
  }

  /** The first head of {@code i} in the basic tree sense (non-root), or -1. */
  public int head(int i) {
    for (Dependency d : incoming.get(i)) {
      if (d.governor() >= 0 && !d.relation().equals("ref")) {
        return d.governor();
      }
    }
    return -1;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (Dependency d : dependencies) {
      b.append(d.relation()).append('(')
          .append(d.governor() < 0 ? "ROOT" : token(d.governor()).word()).append('-').append(d.governor())
          .append(", ").append(token(d.dependent()).word()).append('-').append(d.dependent()).append(")\n");
    }
    return b.toString();
  }
}
