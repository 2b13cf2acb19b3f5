package org.eventline.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eventline.nlp.Token;

/**
 * Finds the actors of a sentence: the front door of this package.
 *
 * <pre>{@code
 * List<ActorMention> found = ActorResolver.defaults().resolve(tokens, LocalDate.of(2016, 6, 25));
 * // "the Russian foreign minister visited Damascus" -> RUSGOV (government), SYRGOV (government)
 * }</pre>
 *
 * <p>Users add their own TABARI/PETRARCH files with {@link #builder()}; files added later
 * override earlier ones phrase by phrase. Conventions (see the resource README): an agent with no
 * country gets the country part {@code ---} ("terrorists" is {@code ---UAF}); a person CoreNLP
 * found that no dictionary knows is {@code ---PER}, kind person; a leading "the" is part of the
 * mention's text.
 */
public final class ActorResolver {
  /** The country part of a code whose country is not known, as in PETRARCH's output. */
  public static final String UNKNOWN_COUNTRY = "---";

  private final Lexicon lexicon;
  private final CodeReader codes;

  private ActorResolver(Lexicon lexicon, CodeReader codes) {
    this.lexicon = lexicon;
    this.codes = codes;
  }

  /** The resolver over the dictionaries shipped with Eventline, loaded once per JVM. */
  public static ActorResolver defaults() {
    return DefaultHolder.INSTANCE;
  }

  /** Starts from the shipped dictionaries; add files with the builder's methods. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The actor mentions of one sentence, in order.
   *
   * @param sentence the tokens of one sentence
   * @param articleDate the date the article speaks of, to pick office holders' codes; may be null
   */
  public List<ActorMention> resolve(List<Token> sentence, LocalDate articleDate) {
    return new SentenceResolver(lexicon, codes, sentence, articleDate).resolve();
  }

  /**
   * The actor mentions of every sentence of one article. A person no dictionary knows, named in
   * short elsewhere ("Trump"), takes the actor of the fullest mention of the same person in the
   * article ("US President Donald Trump": USAGOV), wherever in the article that one stands.
   */
  public List<List<ActorMention>> resolveArticle(List<List<Token>> sentences, LocalDate articleDate) {
    List<List<ActorMention>> out = new ArrayList<>(sentences.size());
    Map<String, Actor> people = new HashMap<>();
    for (List<Token> s : sentences) {
      List<ActorMention> found = resolve(s, articleDate);
      out.add(found);
      for (ActorMention m : found) {
        if (m.actor().kind() == ActorKind.PERSON && !m.actor().code().startsWith(UNKNOWN_COUNTRY)) {
          people.putIfAbsent(surname(m.actor().name()), m.actor());
        }
      }
    }
    if (people.isEmpty()) {
      return out;
    }
    for (int i = 0; i < out.size(); i++) {
      List<ActorMention> linked = new ArrayList<>(out.get(i).size());
      for (ActorMention m : out.get(i)) {
        Actor known = m.actor().code().equals(SentenceResolver.UNKNOWN_PERSON) ? people.get(surname(m.actor().name())) : null;
        linked.add(known == null ? m : new ActorMention(m.text(), known, m.firstToken(), m.lastToken(), m.headToken(),
            m.start(), m.end()));
      }
      out.set(i, linked);
    }
    return out;
  }

  private static String surname(String name) {
    String[] words = name.trim().split("\\s+");
    return words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
  }

  /** Number of distinct dictionary phrases, for diagnostics. */
  public int phraseCount() {
    return lexicon.size();
  }

  private static final class DefaultHolder {
    static final ActorResolver INSTANCE = new Builder().build();
  }

  /** Collects dictionaries: the shipped ones first, then the user's, later ones winning. */
  public static final class Builder {
    private static final String[] AGENT_FILES = {"phoenix.agents.txt", "eventline.agents.txt"};
    private static final String[] ACTOR_FILES = {
      "phoenix-countries.actors.txt", "phoenix-international.actors.txt",
      "phoenix-milnonstate.actors.txt", "eventline-groups.actors.txt",
      "eventline-people.actors.txt"
    };

    // In file order, so that the lexicon is built the same way on every run
    private final Map<String, Country> countries = new LinkedHashMap<>();
    private final Map<String, ActorKind> roles = new HashMap<>();
    private final List<AgentEntry> agents = new ArrayList<>();
    private final List<ActorEntry> actors = new ArrayList<>();
    private final List<String> ignored = new ArrayList<>();

    private Builder() {
      read("countries.tsv", this::countries);
      read("roles.tsv", this::roles);
      for (String f : AGENT_FILES) {
        read(f, in -> agents.addAll(new TabariDictionaryReader(f).readAgents(in)));
      }
      for (String f : ACTOR_FILES) {
        read(f, in -> actors.addAll(new TabariDictionaryReader(f).readActors(in)));
      }
      read("eventline-ignore.txt", in -> forEachLine(in, "eventline-ignore.txt",
          (line, n) -> ignored.add(line.strip())));
    }

    /** Drops a phrase from the dictionaries, e.g. a common word an imported file codes. */
    public Builder ignore(String phrase) {
      ignored.add(phrase);
      return this;
    }

    /** Adds agent entries, e.g. from {@link TabariDictionaryReader#readAgents}. */
    public Builder agents(List<AgentEntry> entries) {
      agents.addAll(entries);
      return this;
    }

    /** Adds actor entries, e.g. from {@link TabariDictionaryReader#readActors}. */
    public Builder actors(List<ActorEntry> entries) {
      actors.addAll(entries);
      return this;
    }

    public ActorResolver build() {
      Lexicon lexicon = new Lexicon();
      // Order matters: a later sense of the same type replaces an earlier one for a phrase.
      // A leading "the" is dropped from every phrase: the resolver adds it to a mention itself,
      // and "the UN" must not hide the longer "UN Security Council" that starts one word later.
      for (AgentEntry a : agents) {
        lexicon.add(withoutThe(a.phrase()), new Sense.Agent(a));
      }
      for (ActorEntry a : actors) {
        for (String p : a.phrases()) {
          lexicon.add(withoutThe(p), new Sense.Named(a));
        }
      }
      ignored.forEach(lexicon::remove);
      // Countries come last and are never ignored: they are Eventline's own, curated data.
      for (Country c : countries.values()) {
        c.names().forEach(n -> lexicon.add(withoutThe(n), new Sense.StateName(c)));
        c.metonyms().forEach(n -> lexicon.add(withoutThe(n), new Sense.Metonym(c)));
        c.adjectives().forEach(n -> lexicon.add(n, new Sense.Adjective(c)));
        c.plurals().forEach(n -> lexicon.add(n, new Sense.Plural(c)));
      }
      return new ActorResolver(lexicon, new CodeReader(Map.copyOf(countries), Map.copyOf(roles)));
    }

    private void countries(Reader in) throws IOException {
      forEachLine(in, "countries.tsv", (line, n) -> {
        Country c = Country.parse(line, "countries.tsv", n);
        countries.put(c.code(), c);
      });
    }

    private void roles(Reader in) throws IOException {
      forEachLine(in, "roles.tsv", (line, n) -> {
        String[] f = line.split("\t");
        roles.put(f[0].strip(), ActorKind.of(f[1]));
      });
    }

    private static String withoutThe(String phrase) {
      return phrase.regionMatches(true, 0, "the ", 0, 4) ? phrase.substring(4) : phrase;
    }

    private interface LineHandler {
      void line(String line, int number);
    }

    private interface ReaderHandler {
      void read(Reader in) throws IOException;
    }

    private static void forEachLine(Reader in, String source, LineHandler handler)
        throws IOException {
      BufferedReader lines = new BufferedReader(in);
      int n = 0;
      for (String line; (line = lines.readLine()) != null; ) {
        n++;
        if (!line.isBlank() && !line.startsWith("#")) {
          handler.line(line, n);
        }
      }
    }

    private static void read(String resource, ReaderHandler handler) {
      try (InputStream in = ActorResolver.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("actor dictionary " + resource
              + " is missing from the classpath (org/eventline/actor/); rebuild eventline-core");
        }
        handler.read(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("reading actor dictionary " + resource, e);
      }
    }
  }
}
