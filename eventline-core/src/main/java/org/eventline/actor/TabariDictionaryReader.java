package org.eventline.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the public TABARI/PETRARCH dictionary formats (PETRARCH's {@code dictionaries-format.rst})
 * so that users can bring their own actor and agent files.
 *
 * <pre>{@code
 * TabariDictionaryReader dictionary = new TabariDictionaryReader("my.actors.txt");
 * List<ActorEntry> actors = dictionary.readActors(reader);
 * dictionary.warnings(); // ["my.actors.txt line 12: date restriction '>201005011' ..."]
 * }</pre>
 *
 * <p>Real dictionaries have slips; a line that cannot be read is skipped with a warning that
 * says where, rather than failing the whole file.
 *
 * <p>A code closed by a brace ({@code [~LEG}}), a slip found in PETRARCH's own files and
 * documentation, is accepted, and a
 * phrase with no code is skipped. Simplifications, documented because PETRARCH's files use them rarely: a blank inside an
 * agent phrase (PETRARCH: "other words may come between") is read as an underscore; stems
 * (phrases not ending in {@code _}) are read as whole words.
 */
public final class TabariDictionaryReader {
  private static final Pattern AGENT =
      Pattern.compile("^(.+?)\\s*(?:\\{([^}]*)\\})?\\s*\\[([^\\]}]+)[\\]}]");
  private static final Pattern SUBSTITUTION = Pattern.compile("^(![A-Z]+!)\\s*=\\s*(.+)$");

  private final String source;
  private final List<String> warnings = new ArrayList<>();

  /** @param source the file's name, used in entries and warnings */
  public TabariDictionaryReader(String source) {
    this.source = source;
  }

  /** What was skipped, one message per line: file, line number, what was wrong. */
  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  /** Reads an actors file: primary phrases, {@code +}synonyms, tab-indented date restrictions. */
  public List<ActorEntry> readActors(Reader in) throws IOException {
    List<ActorEntry> entries = new ArrayList<>();
    List<String> phrases = new ArrayList<>();
    List<DatedCode> codes = new ArrayList<>();
    BufferedReader lines = new BufferedReader(in);
    int number = 0;
    for (String raw; (raw = lines.readLine()) != null; ) {
      number++;
      String line = stripComment(raw);
      if (line.isBlank()) {
        continue;
      }
      char first = line.charAt(0);
      if (first == '+') {
        phrases.add(phrase(beforeCodes(line.substring(1))));
        codes.addAll(codes(line, number));
      } else if (Character.isWhitespace(first)) {
        codes.addAll(codes(line, number));
      } else {
        flush(entries, phrases, codes);
        phrases.add(phrase(beforeCodes(line)));
        codes.addAll(codes(line, number));
      }
    }
    flush(entries, phrases, codes);
    return entries;
  }

  /** Reads an agents file: {@code PHRASE {plural} [~ROLE]} lines and {@code !X! = a, b} sets. */
  public List<AgentEntry> readAgents(Reader in) throws IOException {
    List<AgentEntry> entries = new ArrayList<>();
    Map<String, List<String>> substitutions = new LinkedHashMap<>();
    BufferedReader lines = new BufferedReader(in);
    int number = 0;
    for (String raw; (raw = lines.readLine()) != null; ) {
      number++;
      String line = stripComment(raw).strip();
      if (line.isEmpty() || line.startsWith("<!--")) {
        continue;
      }
      Matcher sub = SUBSTITUTION.matcher(line);
      if (sub.matches()) {
        substitutions.put(sub.group(1), List.of(sub.group(2).replace(" ", "").split(",")));
        continue;
      }
      Matcher m = AGENT.matcher(line);
      if (!m.find()) {
        warnings.add(source + " line " + number + ": '" + line + "' has no [~CODE]; skipped");
        continue;
      }
      String code = m.group(3).strip();
      boolean suffix = code.startsWith("~");
      String role = code.replace("~", "");
      String root = m.group(1).strip().replace(' ', '_');
      String plural = m.group(2);
      for (String form : expand(root, substitutions)) {
        entries.add(new AgentEntry(phrase(form), role, suffix, source));
        boolean substituted = !form.equals(root);
        if (plural != null) {
          for (String p : plural.strip().split("\\s+")) {
            if (!p.isEmpty()) {
              entries.add(new AgentEntry(phrase(p), role, suffix, source));
            }
          }
        } else if (!substituted && !root.endsWith("_")) {
          entries.add(new AgentEntry(phrase(regularPlural(form)), role, suffix, source));
        }
      }
    }
    return entries;
  }

  /** PETRARCH's regular plurals, with the usual English y/ies distinction added. */
  static String regularPlural(String word) {
    String w = word.toUpperCase(Locale.ROOT);
    if (w.endsWith("Y") && w.length() > 1 && "AEIOU".indexOf(w.charAt(w.length() - 2)) < 0) {
      return word.substring(0, word.length() - 1) + "IES";
    }
    if (w.endsWith("SS") || w.endsWith("SH") || w.endsWith("CH") || w.endsWith("X")) {
      return word + "ES";
    }
    return word + "S";
  }

  private static List<String> expand(String root, Map<String, List<String>> substitutions) {
    for (Map.Entry<String, List<String>> s : substitutions.entrySet()) {
      if (root.contains(s.getKey())) {
        List<String> out = new ArrayList<>();
        for (String value : s.getValue()) {
          out.addAll(expand(root.replace(s.getKey(), value), substitutions));
        }
        return out;
      }
    }
    return List.of(root);
  }

  private void flush(List<ActorEntry> entries, List<String> phrases, List<DatedCode> codes) {
    phrases.removeIf(String::isEmpty);
    if (!phrases.isEmpty()) {
      entries.add(new ActorEntry(phrases, codes, source));
    }
    phrases.clear();
    codes.clear();
  }

  /** The {@code [CODE restriction]} groups of a line; scanned by hand, as it runs on every line. */
  private List<DatedCode> codes(String line, int number) {
    List<DatedCode> out = List.of();
    for (int open = line.indexOf('['); open >= 0; open = line.indexOf('[', open + 1)) {
      int close = line.indexOf(']', open);
      if (close < 0) {
        warnings.add(source + " line " + number + ": '[' without ']'; code skipped");
        break;
      }
      String inside = line.substring(open + 1, close).strip();
      int blank = 0;
      while (blank < inside.length() && !Character.isWhitespace(inside.charAt(blank))) {
        blank++;
      }
      String code = inside.substring(0, blank);
      String restriction = inside.substring(blank).strip();
      if (code.isEmpty()) {
        continue;
      }
      try {
        if (out.isEmpty()) {
          out = new ArrayList<>(1);
        }
        out.add(restricted(code, restriction));
      } catch (RuntimeException e) {
        warnings.add(source + " line " + number + ": date restriction '" + restriction
            + "' is not <date, >date or date-date (YYMMDD or YYYYMMDD); code " + code
            + " skipped, fix the date to use it");
      }
    }
    return out;
  }

  private static DatedCode restricted(String code, String restriction) {
    if (restriction.isEmpty()) {
      return new DatedCode(code, null, null);
    }
    if (restriction.startsWith("<")) {
      return new DatedCode(code, null, date(restriction.substring(1)));
    }
    if (restriction.startsWith(">")) {
      return new DatedCode(code, date(restriction.substring(1)), null);
    }
    int dash = restriction.indexOf('-');
    return new DatedCode(
        code, date(restriction.substring(0, dash)), date(restriction.substring(dash + 1)));
  }

  /**
   * TABARI dates are YYYYMMDD or YYMMDD; a two-digit year below 30 is read as 20YY, since the
   * Phoenix files were written in 2014 and hold office terms back to the early 20th century.
   */
  static LocalDate date(String text) {
    String d = text.strip();
    if (d.length() == 6) {
      int yy = Integer.parseInt(d.substring(0, 2));
      d = (yy < 30 ? "20" : "19") + d;
    }
    if (d.length() != 8) {
      throw new IllegalArgumentException("bad date " + text);
    }
    int month = Math.max(1, Integer.parseInt(d.substring(4, 6)));
    int day = Math.max(1, Integer.parseInt(d.substring(6, 8)));
    LocalDate firstOfMonth = LocalDate.of(Integer.parseInt(d.substring(0, 4)), month, 1);
    return firstOfMonth.withDayOfMonth(Math.min(day, firstOfMonth.lengthOfMonth()));
  }

  private static String beforeCodes(String line) {
    int bracket = line.indexOf('[');
    return bracket < 0 ? line : line.substring(0, bracket);
  }

  /** TABARI phrase words are joined by blanks or underscores; a trailing _ only stops stemming. */
  static String phrase(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    boolean blank = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '_' || Character.isWhitespace(c)) {
        blank = out.length() > 0;
      } else {
        if (blank) {
          out.append(' ');
          blank = false;
        }
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }

  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    String s = hash < 0 ? line : line.substring(0, hash);
    // Older TABARI files use ';' for comments after the code, e.g. "JAMES_BYRNES_  ; CountryInfo".
    int semi = s.indexOf(" ;");
    return (semi < 0 ? s : s.substring(0, semi)).stripTrailing();
  }
}
