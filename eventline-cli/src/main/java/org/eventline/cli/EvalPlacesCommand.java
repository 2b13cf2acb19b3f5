package org.eventline.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.eventline.article.Article;
import org.eventline.article.ArticleExtractor;
import org.eventline.eval.GoldPage;
import org.eventline.eval.PlaceScorer;
import org.eventline.geo.Gazetteer;
import org.eventline.geo.Place;
import org.eventline.json.EventJson;
import org.eventline.pipeline.InOrder;
import org.eventline.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "eval-places", mixinStandardHelpOptions = true,
    description = {"Scores location resolution apart from event matching: for every gold event with",
        "a place, finds the sentence holding its fragment and asks the geocoder for the place of the",
        "clause the fragment starts in (the clause's own, else the sentence's, else the previous",
        "sentence's, else the article's focus place). Right when the country",
        "agrees and the place is within 25 km of the gold place; a country-level gold place is right",
        "when the country agrees. Pages are tied to gold by file name."})
final class EvalPlacesCommand implements Callable<Integer> {
  @Option(names = "--gold", required = true, paramLabel = "GOLD", description = "Gold file: JSON or JSON Lines.")
  Path gold;

  @Option(names = "--json", description = "Print every gold place and the totals as JSON.")
  boolean json;

  @Option(names = {"-v", "--verbose"}, description = "List the gold places placed wrong.")
  boolean verbose;

  @Mixin PagesOption pages;
  @Mixin DictionaryOptions dictionaries;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<GoldPage> golds = GoldPage.read(gold);
    Pipeline pipeline = dictionaries.pipeline(err);
    Gazetteer gazetteer = Gazetteer.defaults();
    GoldedPages golded = GoldedPages.match(pages.files(), golds, err);
    List<PlaceScorer.Item> items = new ArrayList<>();
    int[] next = {0};
    InOrder.map(golded.pages(), Runtime.getRuntime().availableProcessors(), p -> analyse(pipeline, p), a -> {
      GoldPage g = golded.golds().get(next[0]++);
      if (a.error() != null) {
        err.println("error: " + a.error());
        items.addAll(PlaceScorer.score(g, List.of(), List.of(), pipeline.geocoder(), gazetteer));
      } else {
        items.addAll(PlaceScorer.score(g, a.analysed().sentences(), a.analysed().events(), pipeline.geocoder(),
            gazetteer));
      }
    });
    long right = items.stream().filter(PlaceScorer.Item::right).count();
    long strict = items.stream().filter(PlaceScorer.Item::strict).count();
    if (json) {
      ObjectNode o = EventJson.MAPPER.createObjectNode();
      o.put("pages", golded.pages().size());
      o.put("gold_places", items.size());
      o.put("right", right);
      o.put("share_right", PlaceScorer.share(items));
      o.put("strict_right", strict);
      o.put("strict_share_right", PlaceScorer.strictShare(items));
      ArrayNode arr = o.putArray("places");
      items.forEach(i -> arr.add(node(i)));
      out.println(o.toPrettyString());
    } else {
      out.printf(Locale.ROOT, "pages %d, gold places %d, right %d, share right %.3f (within %.0f km, right country)%n",
          golded.pages().size(), items.size(), right, PlaceScorer.share(items), PlaceScorer.KM);
      out.printf(Locale.ROOT, "strictly right %d, share %.3f (the fixtures' rule: name or %.0f km, so a city is no gold country)%n",
          strict, PlaceScorer.strictShare(items), PlaceScorer.KM);
      if (verbose) {
        for (PlaceScorer.Item i : items) {
          if (!i.right()) {
            out.println(describe(i));
          }
        }
      }
    }
    out.flush();
    return golded.pages().isEmpty() ? 1 : 0;
  }

  private record Result(Pipeline.Analysed analysed, String error) {}

  private static Result analyse(Pipeline pipeline, Path p) {
    Article article = ArticleExtractor.extract(p);
    if (article.failed()) {
      return new Result(null, article.error());
    }
    try {
      return new Result(pipeline.analyse(article), null);
    } catch (RuntimeException e) {
      return new Result(null, "page " + p + ": analysis failed (" + e + ")");
    }
  }

  private static String describe(PlaceScorer.Item i) {
    Place p = i.place();
    String got = p == null ? "-" : p.text() + " -> " + p.name() + " (" + p.country() + ", " + p.kind() + ", " + p.how() + ")";
    return i.verdict() + ": " + i.file() + " gold " + i.goldName() + " (" + i.goldCountry() + "), got " + got
        + (i.km() == null ? "" : String.format(Locale.ROOT, " %.0f km", i.km())) + " | " + i.fragment();
  }

  private static ObjectNode node(PlaceScorer.Item i) {
    ObjectNode o = EventJson.MAPPER.createObjectNode();
    o.put("file", i.file());
    o.put("fragment", i.fragment());
    o.put("gold_name", i.goldName());
    o.put("gold_country", i.goldCountry());
    o.put("verdict", i.verdict());
    o.put("right", i.right());
    o.put("strict", i.strict());
    Place p = i.place();
    if (p != null) {
      ObjectNode w = o.putObject("place");
      w.put("text", p.text());
      w.put("name", p.name());
      w.put("country", p.country());
      w.put("lat", p.lat());
      w.put("lon", p.lon());
      w.put("kind", p.kind());
      w.put("how", p.how());
    } else {
      o.putNull("place");
    }
    if (i.km() != null) {
      o.put("km", Math.round(i.km() * 10) / 10.0);
    }
    return o;
  }

}
