package org.eventline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eventline.eval.GoldPage;

/**
 * The pages of an evaluation paired with their gold, tied by file name; pages without gold are
 * named in a warning and left out. Shared by {@code eval} and {@code eval-places}.
 *
 * @param pages the pages that have gold, in input order
 * @param golds the gold of each page, at the same index
 * @param unmatched how many pages had no gold
 */
record GoldedPages(List<Path> pages, List<GoldPage> golds, int unmatched) {
  static GoldedPages match(List<Path> files, List<GoldPage> golds, PrintWriter err) {
    List<Path> pages = new ArrayList<>();
    List<GoldPage> goldOfPage = new ArrayList<>();
    int unmatched = 0;
    for (Path p : files) {
      GoldPage g = goldFor(golds, p);
      if (g == null) {
        err.println("warning: no gold for page " + p + "; skipped (gold is matched by file name)");
        unmatched++;
        continue;
      }
      pages.add(p);
      goldOfPage.add(g);
    }
    return new GoldedPages(pages, goldOfPage, unmatched);
  }

  private static GoldPage goldFor(List<GoldPage> golds, Path page) {
    String name = page.getFileName() == null ? page.toString() : page.getFileName().toString();
    for (GoldPage g : golds) {
      if (g.file().equals(name) || page.toString().endsWith(g.file())) {
        return g;
      }
    }
    return null;
  }
}
