package org.eventline.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The event patterns and light verbs of {@code patterns.txt}, indexed by lemma. */
final class EventLexicon {
  private final Map<String, List<EventPattern>> verbs = new HashMap<>();
  private final Map<String, List<EventPattern>> nouns = new HashMap<>();
  private final Set<String> lightVerbs = new HashSet<>();
  private final Set<EventType> dyadic = java.util.EnumSet.noneOf(EventType.class);
  private final Set<String> actNouns = new HashSet<>();
  private final Set<String> mutual = new HashSet<>();

  static EventLexicon load(InputStream in, String name) {
    EventLexicon lex = new EventLexicon();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        try {
          lex.add(line.split("\\s+"));
        } catch (RuntimeException e) {
          throw new IllegalArgumentException(name + ":" + n + ": " + e.getMessage() + " in '" + line + "'", e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Comparator<EventPattern> specificFirst = Comparator.comparingInt(EventPattern::specificity).reversed();
    lex.verbs.values().forEach(l -> l.sort(specificFirst));
    lex.nouns.values().forEach(l -> l.sort(specificFirst));
    return lex;
  }

  private void add(String[] f) {
    if (f[0].equals("act")) {
      addLemmas(actNouns, f);
      return;
    }
    if (f[0].equals("mutual")) {
      addLemmas(mutual, f);
      return;
    }
    if (f[0].equals("dyadic")) {
      for (int i = 1; i < f.length; i++) {
        dyadic.add(EventType.valueOf(f[i]));
      }
      return;
    }
    if (f[0].equals("light")) {
      lightVerbs.add(f[1].toLowerCase(Locale.ROOT));
      return;
    }
    boolean noun = switch (f[0]) {
      case "noun" -> true;
      case "verb" -> false;
      default -> throw new IllegalArgumentException("word class must be verb, noun or light, not " + f[0]);
    };
    String lemma = f[1].toLowerCase(Locale.ROOT);
    Set<String> objects = Set.of();
    Set<String> notObjects = Set.of();
    Set<String> adverbs = Set.of();
    Set<String> preps = Set.of();
    Set<String> aims = Set.of();
    String particle = null;
    boolean needs = false;
    String cameo = null;
    EventType type = null;
    String mode = null;
    for (int i = 2; i < f.length; i++) {
      String field = f[i];
      if (field.startsWith("obj!=")) {
        notObjects = words(field.substring(5));
      } else if (field.startsWith("obj=")) {
        objects = words(field.substring(4));
      } else if (field.startsWith("adv=")) {
        adverbs = words(field.substring(4));
      } else if (field.startsWith("prt=")) {
        particle = field.substring(4);
      } else if (field.startsWith("to=")) {
        preps = words(field.substring(3));
      } else if (field.startsWith("aim=")) {
        aims = words(field.substring(4));
      } else if (field.equals("needs=to")) {
        needs = true;
      } else if (field.chars().allMatch(Character::isDigit)) {
        cameo = field;
      } else if (Character.isUpperCase(field.charAt(0))) {
        String[] tm = field.split("/", 2);
        type = EventType.valueOf(tm[0]);
        mode = tm.length > 1 ? tm[1] : null;
      } else {
        throw new IllegalArgumentException("unknown field " + field);
      }
    }
    if (cameo == null) {
      throw new IllegalArgumentException("no CAMEO code");
    }
    EventPattern p = new EventPattern(noun, lemma, objects, notObjects, adverbs, particle, preps, needs, aims, cameo, type, mode);
    (noun ? nouns : verbs).computeIfAbsent(lemma, k -> new ArrayList<>()).add(p);
  }

  /** The lemmas of a list line ("act move decision ..."), after its keyword. */
  private static void addLemmas(Set<String> into, String[] f) {
    for (int i = 1; i < f.length; i++) {
      into.add(f[i].toLowerCase(Locale.ROOT));
    }
  }

  private static Set<String> words(String list) {
    return Set.of(list.toLowerCase(Locale.ROOT).split("\\|"));
  }

  List<EventPattern> verbPatterns(String lemma) {
    return verbs.getOrDefault(lemma, List.of());
  }

  List<EventPattern> nounPatterns(String lemma) {
    return nouns.getOrDefault(lemma, List.of());
  }

  /** True for nouns that name an act ("the move") and so stand for its doer as a target. */
  boolean isActNoun(String lemma) {
    return actNouns.contains(lemma);
  }

  /** True for acts whose parties, named together, act on each other ("X and Y clash"). */
  boolean isMutual(String lemma) {
    return mutual.contains(lemma);
  }

  /** True for types coded only when a target is found. */
  boolean needsTarget(EventType type) {
    return dyadic.contains(type);
  }

  boolean isLightVerb(String lemma) {
    return lightVerbs.contains(lemma);
  }

  boolean isEventWord(String lemma, String pos) {
    return pos.startsWith("VB") ? verbs.containsKey(lemma) : pos.startsWith("NN") && nouns.containsKey(lemma);
  }

  int size() {
    return verbs.values().stream().mapToInt(List::size).sum() + nouns.values().stream().mapToInt(List::size).sum();
  }
}
