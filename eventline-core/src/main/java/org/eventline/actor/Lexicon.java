package org.eventline.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eventline.nlp.Token;

/**
 * All dictionary phrases in one word trie (as PETRARCH stores them), each ending in its senses.
 * A phrase added again with a sense of the same type replaces the earlier one, so files read later
 * override files read earlier.
 */
final class Lexicon {
  /** A dictionary match over whole tokens {@code first..last}, inclusive. */
  record Match(int first, int last, List<Sense> senses) {
    <T extends Sense> T sense(Class<T> type) {
      for (Sense s : senses) {
        if (type.isInstance(s)) {
          return type.cast(s);
        }
      }
      return null;
    }
  }

  private static final class Node {
    Map<String, Node> next;
    List<Sense> senses;
  }

  private final Node root = new Node();
  private int phrases;

  void add(String phrase, Sense sense) {
    List<String> units = Units.split(phrase);
    if (units.isEmpty()) {
      return;
    }
    Node node = root;
    for (String unit : units) {
      if (node.next == null) {
        node.next = new HashMap<>(4);
      }
      node = node.next.computeIfAbsent(unit, k -> new Node());
    }
    if (node.senses == null) {
      node.senses = new ArrayList<>(1);
      phrases++;
    }
    node.senses.removeIf(s -> s.getClass() == sense.getClass());
    node.senses.add(sense);
  }

  /** Forgets a phrase and all its senses. */
  void remove(String phrase) {
    Node node = root;
    for (String unit : Units.split(phrase)) {
      node = node.next == null ? null : node.next.get(unit);
      if (node == null) {
        return;
      }
    }
    if (node.senses != null) {
      node.senses = null;
      phrases--;
    }
  }

  int size() {
    return phrases;
  }

  /** The longest match starting at token {@code start} that ends on a token boundary, or null. */
  Match longest(Units units, List<Token> sentence, int start) {
    int from = start < units.firstUnitOf.length ? units.firstUnitOf[start] : -1;
    if (from < 0) {
      return null;
    }
    Node node = root;
    Match best = null;
    for (int i = from; i < units.words.size() && node.next != null; i++) {
      node = node.next.get(units.words.get(i));
      if (node == null) {
        break;
      }
      if (node.senses != null && units.endsToken(i)) {
        int last = units.tokenOf.get(i);
        List<Sense> senses = plausible(node.senses, sentence, start, last);
        if (!senses.isEmpty()) {
          best = new Match(start, last, senses);
        }
      }
    }
    return best;
  }

  /**
   * Names are written with capitals: a country or named actor must have a capital letter in its
   * span ("the Kremlin", "al-Nusra"), and a name of three letters or fewer must be all capitals
   * ("US" but not "us", "WHO" but not "who", "IS" but not "is"). Role words match in any case.
   */
  private static List<Sense> plausible(List<Sense> senses, List<Token> sentence, int first, int last) {
    StringBuilder text = new StringBuilder();
    for (int t = first; t <= last; t++) {
      text.append(sentence.get(t).word());
    }
    String s = text.toString();
    boolean capital = !s.equals(s.toLowerCase(java.util.Locale.ROOT));
    long letters = s.chars().filter(Character::isLetter).count();
    boolean nameLike = capital && (letters > 3 || s.equals(s.toUpperCase(java.util.Locale.ROOT)));
    if (nameLike) {
      return senses;
    }
    List<Sense> out = new ArrayList<>(1);
    for (Sense sense : senses) {
      if (sense instanceof Sense.Agent) {
        out.add(sense);
      }
    }
    return out;
  }
}
