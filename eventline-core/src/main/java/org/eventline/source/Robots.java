package org.eventline.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules of one host's robots.txt for Eventline (RFC 9309): the group naming "eventline", else
 * the group for "*"; the longest matching rule wins, Allow on a tie; {@code *} and {@code $} work
 * as in the RFC.
 */
final class Robots {
  static final Robots ALLOW_ALL = new Robots(List.of());
  static final Robots DISALLOW_ALL = new Robots(List.of(new Rule(false, "/", Pattern.compile("/.*"))));

  private record Rule(boolean allow, String path, Pattern pattern) {}

  private final List<Rule> rules;

  private Robots(List<Rule> rules) {
    this.rules = rules;
  }

  static Robots parse(String text, String agentToken) {
    List<Rule> mine = new ArrayList<>();
    List<Rule> star = new ArrayList<>();
    boolean forMe = false;
    boolean forStar = false;
    boolean inAgents = false;
    boolean sawMine = false;
    for (String raw : text.split("\r?\n|\r")) {
      String line = raw.replaceAll("#.*", "").strip();
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      if (key.equals("user-agent")) {
        if (!inAgents) {
          forMe = false;
          forStar = false;
        }
        inAgents = true;
        String agent = value.toLowerCase(Locale.ROOT);
        forMe |= agent.equals(agentToken);
        sawMine |= agent.equals(agentToken);
        forStar |= agent.equals("*");
      } else if (key.equals("allow") || key.equals("disallow")) {
        inAgents = false;
        if (value.isEmpty()) {
          continue; // "Disallow:" with no path allows everything
        }
        Rule r = new Rule(key.equals("allow"), value, compile(value));
        if (forMe) {
          mine.add(r);
        }
        if (forStar) {
          star.add(r);
        }
      } else {
        inAgents = false;
      }
    }
    return new Robots(sawMine ? mine : star);
  }

  boolean allows(String pathAndQuery) {
    Rule best = null;
    for (Rule r : rules) {
      if (r.pattern.matcher(pathAndQuery).matches()
          && (best == null || r.path.length() > best.path.length()
              || (r.path.length() == best.path.length() && r.allow))) {
        best = r;
      }
    }
    return best == null || best.allow;
  }

  private static Pattern compile(String path) {
    boolean anchored = path.endsWith("$");
    String p = anchored ? path.substring(0, path.length() - 1) : path;
    StringBuilder re = new StringBuilder();
    String[] parts = p.split("\\*", -1);
    for (int i = 0; i < parts.length; i++) {
      re.append(i > 0 ? ".*" : "").append(Pattern.quote(parts[i]));
    }
    return Pattern.compile(re + (anchored ? "" : ".*"), Pattern.DOTALL);
  }
}
