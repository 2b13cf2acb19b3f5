package org.eventline.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eventline.actor.ActorMention;
import org.eventline.actor.ActorResolver;
import org.eventline.article.Article;
import org.eventline.article.ArticleExtractor;
import org.eventline.event.AnalysedSentence;
import org.eventline.event.Event;
import org.eventline.event.EventCoder;
import org.eventline.geo.Geocoder;
import org.eventline.nlp.NlpPipeline;
import org.eventline.nlp.Parse;
import org.eventline.nlp.Sentence;

/**
 * The whole flow for one page, composed in one place: page → article → sentences → actors →
 * parses of the sentences that may carry an event → events → their places.
 *
 * <pre>{@code
 * Coded c = Pipeline.shared().code(Path.of("page.html"));
 * c.article().title(); c.events();
 * }</pre>
 *
 * <p>Thread-safe: the models are loaded once and shared; each call works on its own data.
 */
public final class Pipeline {
  private static volatile Pipeline shared;

  private final NlpPipeline nlp;
  private final ActorResolver actors;
  private final EventCoder coder;
  private final Geocoder geocoder;

  private Pipeline(NlpPipeline nlp, ActorResolver actors, EventCoder coder, Geocoder geocoder) {
    this.nlp = nlp;
    this.actors = actors;
    this.coder = coder;
    this.geocoder = geocoder;
  }

  /** The process-wide pipeline; the first call loads CoreNLP and the dictionaries. */
  public static Pipeline shared() {
    Pipeline p = shared;
    if (p == null) {
      synchronized (Pipeline.class) {
        if (shared == null) {
          shared = new Pipeline(NlpPipeline.shared(), ActorResolver.defaults(), EventCoder.defaults(),
              Geocoder.defaults());
        }
        p = shared;
      }
    }
    return p;
  }

  /** A pipeline with the user's own actor dictionaries; the models are shared with {@link #shared()}. */
  public static Pipeline with(ActorResolver actors) {
    return new Pipeline(NlpPipeline.shared(), actors, EventCoder.defaults(), Geocoder.defaults());
  }

  /** Reads, extracts and codes one page file. Never throws for a bad page: see {@link Coded#error()}. */
  public Coded code(Path file) {
    return code(ArticleExtractor.extract(file));
  }

  /** Reads, extracts and codes one page given as bytes. */
  public Coded code(String file, byte[] bytes) {
    return code(ArticleExtractor.extract(file, bytes));
  }

  /** Codes an extracted article. */
  public Coded code(Article article) {
    if (article.failed()) {
      return new Coded(article, List.of(), 0, 0);
    }
    try {
      return codeArticle(article);
    } catch (RuntimeException e) {
      // A page must never stop a run: the failure becomes this article's error.
      Article failed = new Article(article.id(), article.file(), article.url(), article.canonicalUrl(),
          article.title(), article.published(), article.crawled(), article.author(), article.source(),
          article.site(), article.siteStoryId(), article.language(), article.body(),
          "page " + article.file() + ": event coding failed (" + e + "); article kept without events");
      return new Coded(failed, List.of(), 0, 0);
    }
  }

  private Coded codeArticle(Article article) {
    Analysed a = analyse(article);
    return new Coded(article, a.events(), a.sentences().size(), a.parsed());
  }

  /**
   * Codes an extracted, non-failed article and keeps its analysed sentences: for evaluations that
   * look at sentences rather than events (places, actors). Throws where {@link #code(Article)} would
   * turn the failure into the article's error.
   */
  public Analysed analyse(Article article) {
    LocalDate date = article.publishedDay();
    List<Sentence> sentences = new ArrayList<>();
    int titleSentences = 0;
    if (article.title() != null && !article.title().isBlank()) {
      sentences.addAll(nlp.analyse(article.title()));
      titleSentences = sentences.size();
    }
    sentences.addAll(nlp.analyse(article.body()));
    List<List<ActorMention>> mentions = actors.resolveArticle(sentences.stream().map(Sentence::tokens).toList(), date);
    List<AnalysedSentence> analysed = new ArrayList<>(sentences.size());
    int parsed = 0;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      Parse parse = null;
      List<ActorMention> own = outsideCitations(s, mentions.get(i));
      if (coder.mayCarryEvent(s, own)) {
        parse = nlp.parse(s);
        parsed++;
      }
      analysed.add(new AnalysedSentence(i, i < titleSentences, s, own, parse));
    }
    List<Event> events = geocoder.place(coder.code(article, analysed), analysed);
    return new Analysed(article, analysed, events, parsed);
  }

  /** The mentions less those in sources cited in brackets ("(The Jerusalem Post)" is no Israeli actor). */
  private static List<ActorMention> outsideCitations(Sentence s, List<ActorMention> mentions) {
    boolean[] cited = s.citation();
    return mentions.stream().filter(m -> !cited[m.firstToken()]).toList();
  }

  /** The geocoder this pipeline places events with. */
  public Geocoder geocoder() {
    return geocoder;
  }

  /**
   * What coding one page gave.
   *
   * @param sentences how many sentences were analysed
   * @param parsed how many of them were worth a dependency parse
   */
  public record Coded(Article article, List<Event> events, int sentences, int parsed) {
    public String error() {
      return article.error();
    }
  }

  /**
   * One article analysed: its sentences (title first) with actor mentions and parses, and its
   * placed events.
   *
   * @param parsed how many sentences were worth a dependency parse
   */
  public record Analysed(Article article, List<AnalysedSentence> sentences, List<Event> events, int parsed) {}
}
