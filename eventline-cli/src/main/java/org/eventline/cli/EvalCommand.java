package org.eventline.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.eventline.eval.GoldPage;
import org.eventline.eval.Score;
import org.eventline.eval.Scorer;
import org.eventline.json.EventJson;
import org.eventline.pipeline.InOrder;
import org.eventline.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Codes pages and scores the events against gold annotations",
        "(format and matching rules: shared/fixtures/README.md): recall on required gold events,",
        "precision of asserted events, F1, and status errors (a negated or hypothetical gold event",
        "reported as asserted). Pages are tied to gold by file name."})
final class EvalCommand implements Callable<Integer> {
  @Option(names = "--gold", required = true, paramLabel = "GOLD", description = "Gold file: JSON or JSON Lines.")
  Path gold;

  @Option(names = "--json", description = "Print the scores as JSON instead of a table.")
  boolean json;

  @Option(names = {"-v", "--verbose"}, description = "List missed gold events, unmatched asserted events and matched events placed wrong.")
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
    List<Score> scores = new ArrayList<>();
    GoldedPages golded = GoldedPages.match(pages.files(), golds, err);
    int[] next = {0};
    InOrder.map(golded.pages(), Runtime.getRuntime().availableProcessors(), pipeline::code, c -> {
      if (c.error() != null) {
        err.println("error: " + c.error());
      }
      scores.add(Scorer.score(golded.golds().get(next[0]++), c.events()));
    });
    Score total = Score.total(scores);
    if (json) {
      ObjectNode o = EventJson.MAPPER.createObjectNode();
      ArrayNode arr = o.putArray("pages");
      scores.forEach(s -> arr.add(node(s)));
      o.set("total", node(total));
      out.println(o.toPrettyString());
    } else {
      out.printf("%-36s %8s %7s %7s %9s %8s %9s %6s %7s%n",
          "page", "required", "matched", "recall", "asserted", "correct", "precision", "F1", "status-errors");
      for (Score s : scores) {
        row(out, s);
      }
      if (scores.size() > 1) {
        row(out, total);
      }
      if (verbose) {
        out.println();
        total.misses().forEach(m -> out.println("missed: " + m));
        total.falsePositives().forEach(m -> out.println("unmatched: " + m));
        total.misplaced().forEach(m -> out.println("misplaced: " + m));
      }
    }
    out.flush();
    return golded.unmatched() == 0 || !scores.isEmpty() ? 0 : 1;
  }

  private static void row(PrintWriter out, Score s) {
    String name = s.file().length() > 36 ? "..." + s.file().substring(s.file().length() - 33) : s.file();
    out.printf("%-36s %8d %7d %7.3f %9d %8d %9.3f %6.3f %7d%n", name, s.required(), s.requiredMatched(),
        s.recall(), s.assertedProduced(), s.assertedCorrect(), s.precision(), s.f1(), s.statusErrors());
  }

  private static ObjectNode node(Score s) {
    ObjectNode o = EventJson.MAPPER.createObjectNode();
    o.put("file", s.file());
    o.put("required", s.required());
    o.put("required_matched", s.requiredMatched());
    o.put("recall", s.recall());
    o.put("asserted_produced", s.assertedProduced());
    o.put("asserted_correct", s.assertedCorrect());
    o.put("precision", s.precision());
    o.put("f1", s.f1());
    o.put("status_errors", s.statusErrors());
    o.put("places_scored", s.placesScored());
    o.put("places_right", s.placesRight());
    ArrayNode misses = o.putArray("missed");
    s.misses().forEach(misses::add);
    ArrayNode fps = o.putArray("unmatched");
    s.falsePositives().forEach(fps::add);
    ArrayNode misplaced = o.putArray("misplaced");
    s.misplaced().forEach(misplaced::add);
    return o;
  }

}
