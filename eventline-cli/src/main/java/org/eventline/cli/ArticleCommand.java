package org.eventline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.eventline.article.Article;
import org.eventline.article.ArticleExtractor;
import org.eventline.json.EventJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "article", mixinStandardHelpOptions = true,
    description = {"Extracts the article of each page: title, dates, source, URL, body.",
        "Prints one JSON object per page (JSON Lines); a page that cannot be read gets an \"error\".",
        "Exit status 1 when any page failed."})
final class ArticleCommand implements Callable<Integer> {
  @Mixin PagesOption pages;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int failed = 0;
    for (Path p : pages.files()) {
      Article a = ArticleExtractor.extract(p);
      out.println(EventJson.article(a).toString());
      if (a.failed()) {
        failed++;
        err.println("error: " + a.error());
      }
    }
    out.flush();
    return failed == 0 ? 0 : 1;
  }
}
