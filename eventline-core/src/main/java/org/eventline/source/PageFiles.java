package org.eventline.source;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns the PAGE arguments of a command into page files: a file stands for itself (even when
 * missing, so that the extractor reports it), a folder for the pages below it, in name order.
 * Links are not followed, so a link loop cannot trap a walk.
 */
public final class PageFiles {
  /** The extensions of pages Eventline reads. */
  public static final Set<String> PAGE_EXTENSIONS = Set.of("html", "htm", "xhtml", "txt");

  private PageFiles() {}

  /** Expands the given paths; unreadable folders become a single entry that fails when read. */
  public static List<Path> expand(List<Path> paths) {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p, new FileVisitOption[0])) {
          walk.filter(Files::isRegularFile).filter(PageFiles::isPage).sorted().forEach(out::add);
        } catch (IOException | RuntimeException e) {
          out.add(p); // reading it as a page gives a clear error for this path
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }

  static boolean isPage(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot > 0 && PAGE_EXTENSIONS.contains(name.substring(dot + 1));
  }
}
