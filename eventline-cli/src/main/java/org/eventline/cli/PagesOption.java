package org.eventline.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eventline.source.PageFiles;
import picocli.CommandLine.Parameters;

/** The PAGE... arguments shared by commands that read pages. */
final class PagesOption {
  @Parameters(paramLabel = "PAGE", arity = "1..*",
      description = "An .html/.htm page, a scraped .txt page, or a folder of them.")
  List<Path> pages = new ArrayList<>();

  List<Path> files() {
    return PageFiles.expand(pages);
  }
}
